using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Generated;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>What a review of export, erasure and retention found; each must stay fixed.</summary>
public sealed class ReviewFindingsExportTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 1, 12, 0);

    [Fact]
    public async Task Collections_of_plain_values_are_exported_as_arrays_and_objects()
    {
        var counters = new Counters
        {
            Ints = [1, 2],
            Totals = new Dictionary<int, decimal> { [7] = 1.5m },
            Moments = [Instant.FromUtc(2026, 1, 1, 0, 0)],
            Tiers = [Tier.Gold],
            ByMoment = new Dictionary<Instant, string> { [Instant.FromUtc(2026, 1, 1, 0, 0)] = "a", [Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMilliseconds(1)] = "b" },
            Ratio = 0.1f,
            Day = new DateOnly(1980, 2, 3),
            Total = Duration.FromDays(200_000),
        };

        JsonElement values = (await ExportAsync(export => export.Add([counters]))).RootElement.GetProperty("recordTypes")[0].GetProperty("records")[0].GetProperty("values");

        Assert.Equal([1, 2], values.GetProperty("Ints").EnumerateArray().Select(item => item.GetInt32()));
        Assert.Equal(1.5m, values.GetProperty("Totals").GetProperty("7").GetDecimal());
        Assert.Equal("2026-01-01T00:00:00Z", values.GetProperty("Moments")[0].GetString());
        Assert.Equal("Gold", values.GetProperty("Tiers")[0].GetString());
        Assert.Equal(["2026-01-01T00:00:00Z", "2026-01-01T00:00:00.001Z"], values.GetProperty("ByMoment").EnumerateObject().Select(property => property.Name));
        Assert.Equal("0.1", values.GetProperty("Ratio").GetRawText());
        Assert.Equal("1980-02-03", values.GetProperty("Day").GetString());
        Assert.Equal("P200000D", values.GetProperty("Total").GetString());
    }

    [Fact]
    public async Task A_derived_value_exported_through_its_base_type_shows_its_own_members()
    {
        JsonElement values = (await ExportAsync(export => export.Add(new BaseContact[] { new DerivedContact { Email = "e@example.nl", Phone = "0612345678" } })))
            .RootElement.GetProperty("recordTypes")[0].GetProperty("records")[0].GetProperty("values");

        Assert.Equal("e@example.nl", values.GetProperty("Email").GetString());
        Assert.Equal("0612345678", values.GetProperty("Phone").GetString());
    }

    [Fact]
    public async Task After_an_add_fails_part_way_the_export_refuses_to_go_on()
    {
        using var stream = new MemoryStream();
        await using SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234");

        Assert.Throws<IOException>(() => export.Add(Failing()));
        Assert.Throws<InvalidOperationException>(() => export.Add([GeneratedRedactTests.Call()]));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await export.CompleteAsync());

        static IEnumerable<CallRecord> Failing()
        {
            yield return GeneratedRedactTests.Call();
            throw new IOException("the database went away");
        }
    }

    [Fact]
    public void Erasing_a_dictionary_erases_its_keys_too()
    {
        var calls = new CallsByNumber { Calls = new Dictionary<string, CallRecord> { ["+31 6 1234 5678"] = GeneratedRedactTests.Call() } };

        ErasureResult<CallsByNumber> result = TestPolicies.Create(Now).Erase(calls);

        Assert.Empty(result.Value.Calls);
    }

    [Fact]
    public void A_nested_value_under_a_legal_obligation_is_kept_whole_and_the_anchor_as_long_as_the_longest()
    {
        var invoice = new Invoice
        {
            Booked = new LocalDate(2024, 3, 10),
            Amount = "12.50",
            Settlement = new Payment { Iban = "NL91ABNA0417164300", CardNumber = "4111 1111 1111 1111", PaidAt = Instant.FromUtc(2024, 3, 11, 9, 0) },
        };

        ErasureResult<Invoice> result = TestPolicies.Create(Instant.FromUtc(2026, 6, 1, 0, 0)).Erase(invoice);

        Assert.Equal("4111 1111 1111 1111", result.Value.Settlement!.Value.CardNumber); // kept whole: Settlement is under the obligation
        Instant sevenYears = Instant.FromUtc(2031, 12, 31, 23, 0);
        Assert.Equal(sevenYears, result.Retained.Single(member => member.Member == "Booked").Until);
        Assert.DoesNotContain(result.Erased, member => member.StartsWith("Settlement", StringComparison.Ordinal));
    }

    [Fact]
    public void Retention_in_the_autumns_repeated_hour_never_ends_before_its_anchor()
    {
        Instant at = Instant.FromUtc(2026, 10, 25, 1, 10); // 02:10 CET, the second time the clock shows 02:10
        RetentionDecision decision = TestPolicies.Create(at).EvaluateRetention(new ShortSession { At = at, Ip = "192.0.2.1" });

        Assert.Equal(RetentionAction.Keep, decision.Action);
        Assert.True(decision.NextChangeAt > at);
    }

    private static async Task<JsonDocument> ExportAsync(Action<SubjectAccessExport> add)
    {
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234"))
        {
            add(export);
            await export.CompleteAsync();
        }

        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
