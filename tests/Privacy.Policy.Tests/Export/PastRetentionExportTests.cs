using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Generated;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>Values still held past their retention are flagged in the export (GDPR art. 15(1)(d), 5(1)(e)).</summary>
public sealed class PastRetentionExportTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    [Fact]
    public async Task A_member_kept_until_before_the_export_is_flagged_and_one_still_in_retention_is_not()
    {
        CallRecord old = GeneratedRedactTests.Call() with { CallStart = Instant.FromUtc(2018, 3, 14, 15, 9) };
        CallRecord recent = GeneratedRedactTests.Call();

        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234"))
        {
            export.Add([old, recent]);
            await export.CompleteAsync();
        }

        using JsonDocument document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        JsonElement[] records = [.. document.RootElement.GetProperty("recordTypes")[0].GetProperty("records").EnumerateArray()];
        Assert.Contains("CalledNumber", Flagged(records[0]));     // seven years from 2018: ran out in 2025
        Assert.DoesNotContain("CalledNumber", Flagged(records[1])); // seven years from 2026: still kept

        // Exactly the members whose keptUntil lies before producedAt are flagged, in each record.
        foreach (JsonElement record in records)
        {
            string[] expected = [.. record.GetProperty("keptUntil").EnumerateObject()
                .Where(member => InstantPattern.ExtendedIso.Parse(member.Value.GetString()!).Value < Now)
                .Select(member => member.Name)];
            Assert.Equal(expected, Flagged(record));
        }

        Assert.True(SubjectAccessExportTests.Schema.Value.Evaluate(document.RootElement).IsValid);

        string html = SubjectAccessHtml.Render(document.RootElement.GetRawText());
        Assert.Contains("2025-03-14T15:09:00Z (bewaartermijn verstreken", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2033-03-14T15:09:26Z (bewaartermijn verstreken", html, StringComparison.Ordinal);
    }

    private static string[] Flagged(JsonElement record)
        => record.TryGetProperty("pastRetention", out JsonElement flagged) ? [.. flagged.EnumerateArray().Select(name => name.GetString()!)] : [];
}
