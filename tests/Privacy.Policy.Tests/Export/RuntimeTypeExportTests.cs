using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>
/// Records added as their base type (<c>Add&lt;Base&gt;(derived)</c>) are listed under their own type: the record
/// type's members and each record's <c>keptUntil</c> come from the runtime type's descriptor, so an override's
/// retention and the derived type's own members are shown as that type declares them (GDPR art. 15(1)(d)).
/// </summary>
public sealed class RuntimeTypeExportTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);
    private static readonly Instant ContractEnded = Instant.FromUtc(2026, 10, 29, 11, 0);

    private static DispatchBusinessAccount Business() => new() { ContractEnded = ContractEnded, Email = "jan.devries@example.nl", Iban = "NL91ABNA0417164300", Phone = "06 11223344" };

    private static DispatchAccount Plain() => new() { ContractEnded = ContractEnded, Email = "piet.jansen@example.nl", Iban = "NL02RABO0123456789" };

    public enum Route
    {
        Add,
        AddAsyncCollection,
        AddAsyncEnumerable,
    }

    [Theory]
    [InlineData(Route.Add)]
    [InlineData(Route.AddAsyncCollection)]
    [InlineData(Route.AddAsyncEnumerable)]
    public async Task A_derived_record_added_as_its_base_type_is_listed_and_dated_as_its_own_type(Route route)
    {
        using JsonDocument throughBase = await ExportAsync<DispatchAccount>([Business()], route);
        using JsonDocument asItself = await ExportAsync<DispatchBusinessAccount>([Business()], route);

        JsonElement entry = Assert.Single(throughBase.RootElement.GetProperty("recordTypes").EnumerateArray());
        Assert.Equal("Privacy.Policy.Tests.Domain.DispatchBusinessAccount", entry.GetProperty("type").GetString());

        // The override keeps the IBAN seven years for bookkeeping; the e-mail is for billing; the phone is the derived type's own.
        Dictionary<string, JsonElement> members = entry.GetProperty("members").EnumerateArray().ToDictionary(member => member.GetProperty("name").GetString()!);
        Assert.Equal(["Email", "Iban", "Phone"], members.Keys.Order());
        Assert.Equal("P7Y", members["Iban"].GetProperty("retention").GetString());
        Assert.Equal(["Billing"], members["Email"].GetProperty("purposes").EnumerateArray().Select(purpose => purpose.GetString()));

        JsonElement keptUntil = Assert.Single(entry.GetProperty("records").EnumerateArray()).GetProperty("keptUntil");
        Assert.Equal(["Email", "Iban", "Phone"], keptUntil.EnumerateObject().Select(member => member.Name).Order());
        Assert.Equal(2033, DateTimeOffset.Parse(keptUntil.GetProperty("Iban").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Year);

        // Exactly what adding it as its own type writes.
        Assert.Equal(
            Assert.Single(asItself.RootElement.GetProperty("recordTypes").EnumerateArray()).GetRawText(),
            entry.GetRawText());
        Assert.Equal(
            asItself.RootElement.GetProperty("purposes").GetRawText(),
            throughBase.RootElement.GetProperty("purposes").GetRawText());
    }

    [Fact]
    public async Task Records_of_several_types_added_as_the_base_type_get_an_entry_each_time_the_type_changes()
    {
        // A subclass without generated code of its own is its nearest generated base's record.
        var subclass = new PlainDispatchAccount { ContractEnded = ContractEnded, Email = "kees@example.nl", Iban = "NL02RABO0123456780" };
        using JsonDocument document = await ExportAsync<DispatchAccount>([Plain(), Business(), Business(), subclass], Route.Add);

        JsonElement[] entries = document.RootElement.GetProperty("recordTypes").EnumerateArray().ToArray();
        Assert.Equal(
            ["DispatchAccount", "DispatchBusinessAccount", "DispatchAccount"],
            entries.Select(entry => entry.GetProperty("type").GetString()!.Split('.')[^1]));
        Assert.Equal([1, 2, 1], entries.Select(entry => entry.GetProperty("records").GetArrayLength()));

        // The base's own records keep the base's one-year IBAN.
        JsonElement baseIban = entries[0].GetProperty("members").EnumerateArray().Single(member => member.GetProperty("name").GetString() == "Iban");
        Assert.Equal("P1Y", baseIban.GetProperty("retention").GetString());
        Assert.Equal(2027, DateTimeOffset.Parse(entries[0].GetProperty("records")[0].GetProperty("keptUntil").GetProperty("Iban").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Year);
        Assert.False(entries[0].GetProperty("records")[0].GetProperty("keptUntil").TryGetProperty("Phone", out _));

        // No records still give the added type its entry.
        using JsonDocument empty = await ExportAsync<DispatchAccount>([], Route.Add);
        JsonElement entry = Assert.Single(empty.RootElement.GetProperty("recordTypes").EnumerateArray());
        Assert.Equal("Privacy.Policy.Tests.Domain.DispatchAccount", entry.GetProperty("type").GetString());
        Assert.Equal(0, entry.GetProperty("records").GetArrayLength());
    }

    private static async Task<JsonDocument> ExportAsync<T>(T[] records, Route route)
        where T : IPersonalData<T>
    {
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-1"))
        {
            switch (route)
            {
                case Route.Add:
                    export.Add(records);
                    break;
                case Route.AddAsyncCollection:
                    await export.AddAsync(records);
                    break;
                default:
                    await export.AddAsync(AsAsync(records));
                    break;
            }

            await export.CompleteAsync();
        }

        return JsonDocument.Parse(stream.ToArray());
    }

    private static async IAsyncEnumerable<T> AsAsync<T>(T[] records)
    {
        foreach (T record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
