using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Tests.Generated;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>
/// Issue 16, item 3: a restricted subject's data is kept but not processed (GDPR art. 18(1)), and the subject is told
/// before the restriction is lifted (art. 18(3)). The access export, JSON and HTML, says so when the registered
/// <see cref="ISubjectProcessingLimits"/> says the subject is restricted, and says "not restricted" only when a
/// register answered.
/// </summary>
public sealed class RestrictionExportTests
{
    private const string Subject = "C-100234";

    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    [Fact]
    public async Task A_restricted_subjects_export_says_so_with_art_18_and_is_valid()
    {
        var limits = new InMemorySubjectProcessingLimits();
        limits.Restrict(Subject);
        limits.Restrict("C-999999"); // someone else's restriction changes nothing for this export

        (JsonElement root, string html) = await ExportAsync(limits);

        Assert.True(root.GetProperty("restricted").GetBoolean());
        JsonElement restriction = root.GetProperty("restriction");
        Assert.Contains("art. 18(1)", restriction.GetProperty("article").GetString(), StringComparison.Ordinal);
        Assert.Contains("18(3)", restriction.GetProperty("article").GetString(), StringComparison.Ordinal);
        Assert.Contains("artikel 18, lid 1", restriction.GetProperty("nl").GetString(), StringComparison.Ordinal);
        Assert.Contains("art. 18(3)", restriction.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.True(SubjectAccessExportTests.Schema.Value.Evaluate(root).IsValid);

        Assert.Contains("Beperking van de verwerking <span class=\"en\">· Restriction of processing</span></h2>", html, StringComparison.Ordinal);
        Assert.Contains("De verwerking van uw gegevens is beperkt", html, StringComparison.Ordinal);
        Assert.Contains("The processing of your data is restricted", html, StringComparison.Ordinal);

        // The schema holds the note to its shape: restricted without a language fails.
        string json = root.GetRawText().Replace("\"en\":\"The processing", "\"fr\":\"The processing", StringComparison.Ordinal);
        Assert.False(SubjectAccessExportTests.Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Fact]
    public async Task An_unrestricted_subjects_export_says_not_restricted_and_has_no_note()
    {
        var limits = new InMemorySubjectProcessingLimits();
        limits.Restrict(Subject);
        limits.LiftRestriction(Subject);
        limits.Restrict("C-999999");

        (JsonElement root, string html) = await ExportAsync(limits);

        Assert.False(root.GetProperty("restricted").GetBoolean());
        Assert.False(root.TryGetProperty("restriction", out _));
        Assert.DoesNotContain("Restriction of processing</span></h2>", html, StringComparison.Ordinal);
        Assert.True(SubjectAccessExportTests.Schema.Value.Evaluate(root).IsValid);
    }

    [Fact]
    public async Task Without_a_register_the_export_claims_nothing_about_restriction()
    {
        (JsonElement root, _) = await ExportAsync(limits: null);

        Assert.False(root.TryGetProperty("restricted", out _));
        Assert.False(root.TryGetProperty("restriction", out _));
    }

    [Fact]
    public async Task A_portability_export_of_a_restricted_subject_says_so_too()
    {
        var limits = new InMemorySubjectProcessingLimits();
        limits.Restrict(Subject);

        (JsonElement root, _) = await ExportAsync(limits, portability: true);

        Assert.Equal("portability", root.GetProperty("mode").GetString());
        Assert.True(root.GetProperty("restricted").GetBoolean());
        Assert.True(SubjectAccessExportTests.Schema.Value.Evaluate(root).IsValid);
    }

    private static async Task<(JsonElement Root, string Html)> ExportAsync(ISubjectProcessingLimits? limits, bool portability = false)
    {
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now));
        if (limits is not null)
        {
            services.AddSingleton(limits);
        }

        IPrivacyPolicy policy = services
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = TestRedactors.KeyId;
                options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
            })
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();

        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = policy.BeginExport(stream, Subject))
        {
            if (portability)
            {
                export.ForPortability();
            }

            export.Add([GeneratedRedactTests.Call()]);
            await export.CompleteAsync();
        }

        string json = Encoding.UTF8.GetString(stream.ToArray());
        using JsonDocument document = JsonDocument.Parse(json);
        return (document.RootElement.Clone(), SubjectAccessHtml.Render(json));
    }
}
