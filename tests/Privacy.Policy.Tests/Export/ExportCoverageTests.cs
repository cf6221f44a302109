using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Json.Schema;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Generated;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>
/// Completeness of a subject-access export (GDPR art. 15(1)): every catalog type with a <c>[DataSubject]</c> is added
/// or declared not held before the export completes, and the document says which types it covers.
/// </summary>
public sealed class ExportCoverageTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    /// <summary>Two subject types (calls, sessions) and a type without a [DataSubject] (a ticket).</summary>
    private static readonly PersonalDataCatalog Catalog = new("Coverage.Tests", [Descriptor<CallRecord>(), Descriptor<InternetSession>(), Descriptor<SupportTicket>()]);

    [Fact]
    public async Task Completing_without_a_covered_subject_type_fails_naming_it_and_never_the_subject()
    {
        using var stream = new MemoryStream();
        await using SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234");
        export.MustCover([Catalog]);
        export.Add([GeneratedRedactTests.Call()]);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(async () => await export.CompleteAsync());

        Assert.Contains(Descriptor<InternetSession>().TypeName, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Descriptor<CallRecord>().TypeName, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Descriptor<SupportTicket>().TypeName, refused.Message, StringComparison.Ordinal); // no [DataSubject]
        Assert.DoesNotContain("C-100234", refused.Message, StringComparison.Ordinal);

        // Nothing was completed: the export is still open, and adding the missing type completes it.
        export.Add<InternetSession>([]);
        await export.CompleteAsync();
        using JsonDocument document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(
            [Descriptor<CallRecord>().TypeName, Descriptor<InternetSession>().TypeName],
            document.RootElement.GetProperty("coverage").GetProperty("types").EnumerateArray().Select(type => type.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task The_generated_catalog_of_an_assembly_is_covered_type_by_type()
    {
        using var stream = new MemoryStream();
        await using SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234");
        export.MustCover([Privacy.Policy.Generated.AssemblyPersonalDataCatalog.Catalog]);
        export.Add([GeneratedRedactTests.Call()]);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(async () => await export.CompleteAsync());

        Assert.Contains(Descriptor<InternetSession>().TypeName, refused.Message, StringComparison.Ordinal);
        Assert.Contains(Descriptor<GuidSubjectRecord>().TypeName, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Descriptor<CallRecord>().TypeName + ",", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_type_declared_not_held_completes_the_export_and_appears_with_its_reason_in_a_valid_document()
    {
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234"))
        {
            export.MustCover([Catalog]);
            export.Add([GeneratedRedactTests.Call()]);
            export.NotHeld<InternetSession>("Geen internetabonnement / no internet subscription");
            await export.CompleteAsync();
        }

        using JsonDocument document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        JsonElement coverage = document.RootElement.GetProperty("coverage");
        Assert.Equal(["Coverage.Tests"], coverage.GetProperty("catalogs").EnumerateArray().Select(name => name.GetString()));
        JsonElement notHeld = coverage.GetProperty("types").EnumerateArray().Single(type => type.GetProperty("status").GetString() == "notHeld");
        Assert.Equal(Descriptor<InternetSession>().TypeName, notHeld.GetProperty("type").GetString());
        Assert.Equal("Geen internetabonnement / no internet subscription", notHeld.GetProperty("reason").GetString());
        JsonElement added = coverage.GetProperty("types").EnumerateArray().Single(type => type.GetProperty("status").GetString() == "added");
        Assert.Equal(Descriptor<CallRecord>().TypeName, added.GetProperty("type").GetString());
        Assert.False(added.TryGetProperty("reason", out _));

        EvaluationResults results = SubjectAccessExportTests.Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 }).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))));

        // The page the person reads says so too, the reason HTML-encoded.
        string html = SubjectAccessHtml.Render(document.RootElement.GetRawText());
        Assert.Contains("Internet session: niet over u bewaard <span class=\"en\">· none held about you</span> (Geen internetabonnement / no internet subscription)", html, StringComparison.Ordinal);
        Assert.Contains("Call record: opgenomen", html, StringComparison.Ordinal);

        // The schema holds the section to its shape: a type declared not held without a reason, or an unknown status, is invalid.
        string json = document.RootElement.GetRawText();
        Assert.False(SubjectAccessExportTests.Schema.Value.Evaluate(JsonDocument.Parse(json.Replace(",\"reason\":", ",\"why\":", StringComparison.Ordinal)).RootElement).IsValid);
        Assert.False(SubjectAccessExportTests.Schema.Value.Evaluate(JsonDocument.Parse(json.Replace("\"notHeld\"", "\"forgotten\"", StringComparison.Ordinal)).RootElement).IsValid);
    }

    [Fact]
    public async Task A_type_declared_not_held_may_not_also_have_records()
    {
        using var stream = new MemoryStream();
        await using SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234");
        export.Add([GeneratedRedactTests.Call()]);
        Assert.Throws<InvalidOperationException>(() => export.NotHeld<CallRecord>("none"));

        export.NotHeld<InternetSession>("none");
        Assert.Throws<InvalidOperationException>(() => export.Add([new InternetSession { CustomerId = "C-100234", UserName = "jan1970" }]));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await export.CompleteAsync());
    }

    [Fact]
    public async Task An_export_that_does_not_opt_in_completes_as_before_and_lists_what_it_holds()
    {
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = TestPolicies.Create(Now).BeginExport(stream, "C-100234"))
        {
            export.Add([GeneratedRedactTests.Call()]);
            await export.CompleteAsync();
        }

        using JsonDocument document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        JsonElement coverage = document.RootElement.GetProperty("coverage");
        Assert.Equal(0, coverage.GetProperty("catalogs").GetArrayLength());
        Assert.Equal(Descriptor<CallRecord>().TypeName, coverage.GetProperty("types")[0].GetProperty("type").GetString());
        Assert.True(SubjectAccessExportTests.Schema.Value.Evaluate(document.RootElement).IsValid);
    }

    private static PersonalDataDescriptor Descriptor<T>()
        where T : IPersonalData<T>
        => T.Descriptor;
}
