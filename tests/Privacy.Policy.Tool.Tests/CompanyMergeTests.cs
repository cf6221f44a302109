using System;
using System.IO;
using System.Linq;
using MisterVoip;
using MisterVoip.Helpdesk;
using NodaTime;
using Privacy.Policy.Processing;
using Privacy.Policy.Tool.Output;
using Privacy.Policy.Tool.Settings;
using Xunit;

namespace Privacy.Policy.Tool.Tests;

/// <summary>
/// The company's statement and record, merged from the two sample services (MisterVoip and its helpdesk), against the
/// files published under samples/Company/published. Set PRIVACY_POLICY_UPDATE_BASELINES=1 to rewrite them after an
/// intended change; changes.md of the run shows what changed.
/// </summary>
public sealed class CompanyMergeTests
{
    private static readonly string[] Documents =
    [
        CompanyDocuments.DutchStatement, CompanyDocuments.EnglishStatement, CompanyDocuments.RecordMarkdown, CompanyDocuments.RecordJson,
    ];

    [Fact]
    public void The_merged_output_matches_the_published_files()
    {
        using var run = new ToolRun();
        bool update = Environment.GetEnvironmentVariable("PRIVACY_POLICY_UPDATE_BASELINES") == "1";
        int exit = run.Merge(published: ToolRun.Published);
        Assert.True(exit == 0, run.Error);

        if (update)
        {
            Directory.CreateDirectory(ToolRun.Published);
            foreach (string file in Documents)
            {
                File.Copy(Path.Combine(run.Out, file), Path.Combine(ToolRun.Published, file), overwrite: true);
            }
        }

        foreach (string file in Documents)
        {
            string published = Path.Combine(ToolRun.Published, file);
            Assert.True(File.Exists(published), $"{file} is not published: run the tests with PRIVACY_POLICY_UPDATE_BASELINES=1 to write it.");
            Assert.Equal(File.ReadAllText(published).ReplaceLineEndings("\n"), run.ReadOut(file));
        }

        if (!update)
        {
            string changes = run.ReadOut(CompanyDocuments.Changes);
            Assert.Equal(Documents.Length, changes.Split("No changes.").Length - 1);
            Assert.Contains("No changes against the published version.", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_merged_statement_holds_both_services_and_the_helpdesk_recipient()
    {
        using var run = new ToolRun();
        Assert.Equal(0, run.Merge());

        string dutch = run.ReadOut(CompanyDocuments.DutchStatement);
        string english = run.ReadOut(CompanyDocuments.EnglishStatement);
        string record = run.ReadOut(CompanyDocuments.RecordMarkdown);
        foreach (string text in new[] { dutch, english, record })
        {
            Assert.Contains("HelpWijzer BV", text, StringComparison.Ordinal); // the helpdesk's processor
            Assert.Contains("Reparatiedienst Randstad BV", text, StringComparison.Ordinal); // MisterVoip's
        }

        Assert.Contains("Customer service", english, StringComparison.Ordinal); // the helpdesk's service area
        Assert.Contains("Klantenservice", dutch, StringComparison.Ordinal);
        Assert.Contains("Calls", english, StringComparison.Ordinal); // MisterVoip's
        Assert.Contains("after the ticket was closed", english, StringComparison.Ordinal);
        Assert.Contains("na het sluiten van de melding", dutch, StringComparison.Ordinal);

        string json = run.ReadOut(CompanyDocuments.RecordJson);
        Assert.Contains("MisterVoip.Helpdesk.HelpdeskTicket", json, StringComparison.Ordinal);
        Assert.Contains("MisterVoip.Domain.CallDetailRecord", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_fails_after_a_change_and_changes_md_shows_the_changed_lines()
    {
        using var run = new ToolRun();

        // A developer shortens the helpdesk's retention in code; the build writes the new catalog.
        string changed = File.ReadAllText(run.HelpdeskCatalog).Replace("\"P1Y\"", "\"P6M\"", StringComparison.Ordinal);
        Assert.NotEqual(File.ReadAllText(run.HelpdeskCatalog), changed);
        File.WriteAllText(run.HelpdeskCatalog, changed);

        int exit = run.Merge(published: ToolRun.Published, check: true);

        Assert.Equal(1, exit);
        Assert.Contains("--check", run.Error, StringComparison.Ordinal);
        Assert.Contains(CompanyDocuments.EnglishStatement, run.Error, StringComparison.Ordinal);
        string changes = run.ReadOut(CompanyDocuments.Changes);
        string[] lines = changes.Split('\n');
        Assert.Contains(lines, line => line.StartsWith('-') && line.Contains("1 year", StringComparison.Ordinal) && line.Contains("closed", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith('+') && line.Contains("6 months", StringComparison.Ordinal) && line.Contains("closed", StringComparison.Ordinal));
        Assert.Contains("```diff", changes, StringComparison.Ordinal);
        Assert.Contains("@@ -", changes, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_passes_when_nothing_changed()
    {
        using var run = new ToolRun();
        Assert.Equal(0, run.Merge(published: ToolRun.Published, check: true));
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Without_a_published_version_every_file_is_new()
    {
        using var run = new ToolRun();
        Assert.Equal(0, run.Merge());
        string changes = run.ReadOut(CompanyDocuments.Changes);
        Assert.Equal(Documents.Length, changes.Split("New file.").Length - 1);
        Assert.Contains("No published version was given", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void MisterVoips_settings_file_says_what_its_code_says()
    {
        PrivacyPolicyOptions fromFile = SettingsFile.Load(ToolRun.MisterVoipSettings).Options;
        foreach (StatementLanguage language in new[] { StatementLanguage.Dutch, StatementLanguage.English })
        {
            Assert.Equal(MisterVoipPolicy.Statement().ToMarkdown(language), PrivacyStatement.Create([MisterVoipPolicy.Catalog], fromFile).ToMarkdown(language));
        }

        Assert.Equal(MisterVoipPolicy.Record().ToJson(), RecordOfProcessingActivities.Create([MisterVoipPolicy.Catalog], fromFile).ToJson());
    }

    [Fact]
    public void No_personal_value_reaches_a_catalog_or_an_output()
    {
        var ticket = new HelpdeskTicket
        {
            CustomerNumber = "MV-734512",
            ContactEmail = "j.jansen@example.nl",
            ContactPhone = "+31612345678",
            LineNumber = "+31201234567",
            Subject = "Geen kiestoon sinds dinsdag",
            Created = Instant.FromUtc(2026, 3, 4, 5, 6),
        };
        string[] values = [ticket.CustomerNumber, ticket.ContactEmail, ticket.ContactPhone, ticket.LineNumber, ticket.Subject, "2026-03-04"];

        using var run = new ToolRun();
        Assert.Equal(0, run.Merge());

        string[] texts = [File.ReadAllText(run.HelpdeskCatalog), .. Documents.Append(CompanyDocuments.Changes).Select(run.ReadOut), run.Output, run.Error];
        foreach (string value in values)
        {
            Assert.All(texts, text => Assert.DoesNotContain(value, text, StringComparison.Ordinal));
        }

        // The catalog describes the ticket: its type and members are there, with no value.
        Assert.Contains("\"ContactEmail\"", texts[0], StringComparison.Ordinal);
    }
}
