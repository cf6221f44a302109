using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using MisterVoip;
using MisterVoip.Domain;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>
/// A portability export (GDPR art. 20) holds only what the person provided and what is processed on consent or a
/// contract (art. 20(1)(a)); an access export (art. 15) holds everything exportable.
/// </summary>
public sealed class PortabilityExportTests
{
    private const string Subject = "MV-000042";

    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 11, 0);

    private static readonly IPrivacyPolicy Policy = MisterVoipPolicy.Create(new FakeClock(Now));

    [Fact]
    public async Task Only_provided_members_on_consent_or_contract_are_written_and_the_mode_says_portability()
    {
        JsonElement root = await ExportAsync(portability: true);
        Assert.Equal("portability", root.GetProperty("mode").GetString());

        // Given on the contract: kept. Kept only for the tax authority (a legal obligation): left out.
        Assert.Equal(["CustomerNumber", "BilledName", "BillingAddress"], Members(root, nameof(Invoice)));
        Assert.Equal(["CustomerNumber", "BilledName", "BillingAddress"], Values(root, nameof(Invoice)));

        // A profile the controller derived (Marketing) and notes it wrote (Correspondence): left out, though on consent
        // or contract; the number the person gave for a call back stays.
        Assert.Equal(["CustomerNumber"], Members(root, nameof(MarketingProfile)));
        Assert.Equal(["CustomerNumber"], Values(root, nameof(MarketingProfile)));
        Assert.Equal(["CustomerNumber", "CallbackNumber"], Members(root, nameof(SupportTicket)));
        Assert.Equal(["CustomerNumber", "CallbackNumber"], Values(root, nameof(SupportTicket)));

        // Only listed members have a keptUntil.
        JsonElement invoice = RecordType(root, nameof(Invoice));
        Assert.DoesNotContain("InvoiceDate", invoice.GetProperty("records")[0].GetProperty("keptUntil").EnumerateObject().Select(p => p.Name));
        Assert.Contains("BilledName", invoice.GetProperty("records")[0].GetProperty("keptUntil").EnumerateObject().Select(p => p.Name));
        Assert.True(SubjectAccessExportTests.Schema.Value.Evaluate(root).IsValid);
    }

    [Fact]
    public async Task An_access_export_keeps_every_exportable_member_and_says_access()
    {
        JsonElement root = await ExportAsync(portability: false);
        Assert.Equal("access", root.GetProperty("mode").GetString());
        Assert.Contains("InvoiceDate", Values(root, nameof(Invoice)));
        Assert.Contains("Notes", Values(root, nameof(SupportTicket)));
        Assert.Contains("Interests", Values(root, nameof(MarketingProfile)));
    }

    [Fact]
    public void Portability_is_chosen_before_records_are_added()
    {
        using SubjectAccessExport export = Policy.BeginExport(Stream.Null, Subject);
        export.Add([Ticket()]);
        Assert.Throws<InvalidOperationException>(() => export.ForPortability());
    }

    private static async Task<JsonElement> ExportAsync(bool portability)
    {
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = Policy.BeginExport(stream, Subject))
        {
            if (portability)
            {
                export.ForPortability();
            }

            export.Add([new Invoice { CustomerNumber = Subject, InvoiceDate = new LocalDate(2026, 10, 31), BilledName = "Jan de Vries", BillingAddress = "Dorpsstraat 1, 1234 AB Ergens", AmountEuro = 12.5m }]);
            export.Add([new MarketingProfile { CustomerNumber = Subject, Interests = "glasvezel", ConsentGiven = Now - Duration.FromDays(30), LastUpdated = Now }]);
            export.Add([Ticket()]);
            await export.CompleteAsync();
        }

        using JsonDocument document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        return document.RootElement.Clone();
    }

    private static SupportTicket Ticket() => new() { CustomerNumber = Subject, Opened = Now - Duration.FromDays(2), Notes = "Klant belde over storing", CallbackNumber = "0612345678" };

    private static JsonElement RecordType(JsonElement root, string type)
        => root.GetProperty("recordTypes").EnumerateArray().Single(entry => entry.GetProperty("type").GetString()!.EndsWith("." + type, StringComparison.Ordinal));

    private static string[] Members(JsonElement root, string type)
        => [.. RecordType(root, type).GetProperty("members").EnumerateArray().Select(member => member.GetProperty("name").GetString()!)];

    private static string[] Values(JsonElement root, string type)
        => [.. RecordType(root, type).GetProperty("records")[0].GetProperty("values").EnumerateObject().Select(value => value.Name)];
}
