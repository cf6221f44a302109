using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Privacy.Policy.Tests.Disclosure;
using Privacy.Policy.Tests.Generated;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>
/// The export names the recipients the subject's data was actually disclosed to (GDPR art. 15(1)(c)), from the
/// disclosure audit: only this subject's allowed disclosures, member names and never values.
/// </summary>
public sealed class DisclosuresExportTests
{
    [Fact]
    public async Task Only_the_subjects_allowed_disclosures_are_written_with_member_names_and_no_values()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = DisclosurePolicies.Create();
        Domain.CallRecord call = GeneratedRedactTests.Call();
        policy.Disclose(call, DisclosurePolicies.RepairService, Purpose.Support);
        policy.Disclose(call with { CustomerId = "C-999999" }, DisclosurePolicies.Carrier, Purpose.Shipping); // another subject
        Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(call, DisclosurePolicies.FormerCarrier, Purpose.Shipping)); // refused
        Assert.Equal(3, audit.Records.Count);

        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = policy.BeginExport(stream, "C-100234"))
        {
            export.Add([call]);
            export.DisclosedTo(audit.Records);
            await export.CompleteAsync();
        }

        string json = Encoding.UTF8.GetString(stream.ToArray());
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement disclosure = Assert.Single(document.RootElement.GetProperty("disclosures").EnumerateArray());
        Assert.Equal(DisclosurePolicies.RepairService, disclosure.GetProperty("recipient").GetString());
        Assert.Equal("DeclaredPurpose", disclosure.GetProperty("basis").GetString());
        Assert.Equal("Support", disclosure.GetProperty("purpose").GetString());
        Assert.Equal("2026-11-29T11:00:00Z", disclosure.GetProperty("at").GetString());
        Assert.Equal(typeof(Domain.CallRecord).FullName, disclosure.GetProperty("type").GetString());
        Assert.Equal(["ForwardedTo"], disclosure.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToArray());
        Assert.True(SubjectAccessExportTests.Schema.Value.Evaluate(document.RootElement).IsValid);

        // The disclosures section holds no value: the disclosed number appears once, in the record's own values.
        Assert.DoesNotContain("0687654321", disclosure.GetRawText(), StringComparison.Ordinal);

        string html = SubjectAccessHtml.Render(json);
        Assert.Contains("Aan wie uw gegevens zijn verstrekt", html, StringComparison.Ordinal);
        Assert.Contains(DisclosurePolicies.RepairService, html, StringComparison.Ordinal);
        string section = html[html.IndexOf("Aan wie uw gegevens zijn verstrekt", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains(DisclosurePolicies.RepairService, section, StringComparison.Ordinal);
        Assert.DoesNotContain(DisclosurePolicies.Carrier, section, StringComparison.Ordinal);
    }

    /// <summary>The example in docs/export-format.md, as written there: a sink registered beside the policy, its whole log passed.</summary>
    [Fact]
    public async Task The_documented_audit_log_example_compiles_and_writes_the_subjects_disclosures()
    {
        var services = new ServiceCollection().AddSingleton<NodaTime.IClock>(new NodaTime.Testing.FakeClock(DisclosurePolicies.Now));
        services.AddSingleton<AuditLog>().AddSingleton<IDisclosureAuditSink>(provider => provider.GetRequiredService<AuditLog>());
        using ServiceProvider provider = services.AddPrivacyPolicy(options =>
        {
            options.Pseudonymization.KeyId = Redaction.TestRedactors.KeyId;
            options.Pseudonymization.Key = Convert.ToBase64String(Redaction.TestRedactors.Key);
            DisclosurePolicies.DeclareRecipients(options);
        }).BuildServiceProvider();
        IPrivacyPolicy policy = provider.GetRequiredService<IPrivacyPolicy>();
        AuditLog auditLog = provider.GetRequiredService<AuditLog>();
        policy.Disclose(GeneratedRedactTests.Call(), DisclosurePolicies.RepairService, Purpose.Support);

        using var output = new MemoryStream();
        const string subject = "C-100234";
        await using (SubjectAccessExport export = policy.BeginExport(output, subject).DisclosedTo(auditLog.Records))
        {
            await export.CompleteAsync();
        }

        using JsonDocument document = JsonDocument.Parse(output.ToArray());
        Assert.Equal(DisclosurePolicies.RepairService, Assert.Single(document.RootElement.GetProperty("disclosures").EnumerateArray()).GetProperty("recipient").GetString());
    }

    [Fact]
    public async Task Without_audit_records_the_section_is_absent()
    {
        (IPrivacyPolicy policy, _) = DisclosurePolicies.Create();
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = policy.BeginExport(stream, "C-100234"))
        {
            export.DisclosedTo([]);
            await export.CompleteAsync();
        }

        using JsonDocument document = JsonDocument.Parse(stream.ToArray());
        Assert.False(document.RootElement.TryGetProperty("disclosures", out _));
    }

    [Fact]
    public async Task A_record_that_names_no_subject_or_another_subjects_id_in_clear_is_left_out()
    {
        (IPrivacyPolicy policy, _) = DisclosurePolicies.Create();
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = policy.BeginExport(stream, "C-100234"))
        {
            export.DisclosedTo(
            [
                new DisclosureAuditRecord(DisclosurePolicies.Now, "Someone BV", Purpose.Support, DisclosureBasis.DeclaredPurpose, "T", ["A"], null, null, null),
                new DisclosureAuditRecord(DisclosurePolicies.Now, "Someone BV", Purpose.Support, DisclosureBasis.DeclaredPurpose, "T", ["A"], "C-100234", null, null),
            ]);
            await export.CompleteAsync();
        }

        using JsonDocument document = JsonDocument.Parse(stream.ToArray());
        Assert.False(document.RootElement.TryGetProperty("disclosures", out _));
    }
}

/// <summary>The audit sink of docs/export-format.md's example.</summary>
public sealed class AuditLog : IDisclosureAuditSink
{
    public System.Collections.Generic.List<DisclosureAuditRecord> Records { get; } = new();

    public void Record(DisclosureAuditRecord record) => Records.Add(record);
}
