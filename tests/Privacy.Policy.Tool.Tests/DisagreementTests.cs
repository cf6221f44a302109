using System;
using System.IO;
using MisterVoip.Helpdesk;
using Xunit;

namespace Privacy.Policy.Tool.Tests;

/// <summary>
/// The company publishes one statement: when the services say different things about a purpose, a recipient, the
/// controller or a type, the merge writes nothing, lists every disagreement naming both sources and exits 1. Files it
/// cannot read or settings that are not valid exit 2, naming the file and the setting.
/// </summary>
public sealed class DisagreementTests
{
    [Fact]
    public void A_purpose_declared_with_two_legal_bases_fails_naming_both_assemblies_and_both_bases()
    {
        using var run = new ToolRun();
        string billing = Catalog("Acme.Billing", new PurposeDeclaration(Purpose.Security, "Security", LegalBasis.LegitimateInterest) { Interest = "Misbruik tegengaan" });
        string portal = Catalog("Acme.Portal", new PurposeDeclaration(Purpose.Security, "Security", LegalBasis.Contract));

        int exit = run.Merge(settings: [], catalogs: [billing, portal]);

        Assert.Equal(1, exit);
        Assert.Contains("Security", run.Error, StringComparison.Ordinal);
        Assert.Contains("LegitimateInterest in Acme.Billing", run.Error, StringComparison.Ordinal);
        Assert.Contains("Contract in Acme.Portal", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Misbruik", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.Out), "nothing is written when the services disagree");
    }

    [Fact]
    public void A_purpose_one_service_declares_and_another_leaves_to_its_built_in_basis_fails()
    {
        using var run = new ToolRun();
        string billing = Catalog("Acme.Billing", new PurposeDeclaration(Purpose.Marketing, "Marketing", LegalBasis.LegitimateInterest) { Interest = "Klanten informeren" });
        var member = new PersonalDataMember("Email", Category.Contact, Purpose.Marketing, "P1Y", DataFormat.EmailAddress, RedactionKind.Mask, true);
        string portal = run.Write("portal.privacy-catalog.json", new PersonalDataCatalog("Acme.Portal", [new PersonalDataDescriptor("Acme.Portal.Login", [member])]).ToJson());

        int exit = run.Merge(settings: [], catalogs: [billing, portal]);

        Assert.Equal(1, exit);
        Assert.Contains("LegitimateInterest in Acme.Billing", run.Error, StringComparison.Ordinal);
        Assert.Contains("Consent in Acme.Portal", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_purpose_declared_alike_merges()
    {
        using var run = new ToolRun();
        string billing = Catalog("Acme.Billing", new PurposeDeclaration(Purpose.Security, "Security", LegalBasis.LegitimateInterest) { Interest = "Misbruik tegengaan" });
        string portal = Catalog("Acme.Portal", new PurposeDeclaration(Purpose.Security, "Security", LegalBasis.LegitimateInterest) { Interest = "Misbruik tegengaan" });

        Assert.Equal(0, run.Merge(settings: [], catalogs: [billing, portal]));
    }

    [Fact]
    public void A_recipient_declared_twice_differently_fails_naming_it_and_both_files()
    {
        using var run = new ToolRun();
        string helpdesk = run.Write("helpdesk.json", File.ReadAllText(ToolRun.HelpdeskSettings).Replace(
            "\"Name\": \"HelpWijzer BV\"", "\"Name\": \"Reparatiedienst Randstad BV\"", StringComparison.Ordinal));

        int exit = run.Merge(settings: [ToolRun.MisterVoipSettings, helpdesk]);

        Assert.Equal(1, exit);
        Assert.Contains("Recipient 'Reparatiedienst Randstad BV'", run.Error, StringComparison.Ordinal);
        Assert.Contains(ToolRun.MisterVoipSettings, run.Error, StringComparison.Ordinal);
        Assert.Contains(helpdesk, run.Error, StringComparison.Ordinal);
        Assert.Contains("Description", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ticket system", run.Error, StringComparison.Ordinal); // the setting's value
    }

    [Fact]
    public void Controller_settings_that_differ_fail_and_every_disagreement_is_listed()
    {
        using var run = new ToolRun();
        string helpdesk = run.Write("helpdesk.json", File.ReadAllText(ToolRun.HelpdeskSettings)
            .Replace("\"Name\": \"Mister Voip Abonnementen BV\"", "\"Name\": \"Mister Voip Helpdesk BV\"", StringComparison.Ordinal)
            .Replace("\"StatementVersion\": \"2026.11\"", "\"StatementVersion\": \"2026.12\"", StringComparison.Ordinal));

        int exit = run.Merge(settings: [ToolRun.MisterVoipSettings, helpdesk]);

        Assert.Equal(1, exit);
        Assert.Contains("PrivacyPolicy:Controller:Name differs", run.Error, StringComparison.Ordinal);
        Assert.Contains("PrivacyPolicy:Controller:StatementVersion differs", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Helpdesk BV", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_described_differently_by_two_catalogs_fails()
    {
        using var run = new ToolRun();
        string copy = run.Write("copy.privacy-catalog.json", HelpdeskPolicy.Catalog.ToJson()
            .Replace("\"assembly\": \"MisterVoip.Helpdesk\"", "\"assembly\": \"MisterVoip.Helpdesk2\"", StringComparison.Ordinal)
            .Replace("\"category\": \"Correspondence\"", "\"category\": \"Usage\"", StringComparison.Ordinal));

        int exit = run.Merge(catalogs: [run.MisterVoipCatalog, run.HelpdeskCatalog, copy]);

        Assert.Equal(1, exit);
        Assert.Contains("Type MisterVoip.Helpdesk.HelpdeskTicket is described differently by MisterVoip.Helpdesk and MisterVoip.Helpdesk2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_described_alike_by_two_catalogs_is_stated_once()
    {
        using var run = new ToolRun();
        string copy = run.Write("copy.privacy-catalog.json", HelpdeskPolicy.Catalog.ToJson()
            .Replace("\"assembly\": \"MisterVoip.Helpdesk\"", "\"assembly\": \"MisterVoip.Helpdesk2\"", StringComparison.Ordinal));
        Assert.Equal(0, run.Merge(catalogs: [run.MisterVoipCatalog, run.HelpdeskCatalog]));
        string once = run.ReadOut("record-of-processing.json");

        Assert.Equal(0, run.Merge(catalogs: [run.MisterVoipCatalog, run.HelpdeskCatalog, copy]));

        Assert.Equal(once, run.ReadOut("record-of-processing.json"));
    }

    [Theory]
    [InlineData("missing.privacy-catalog.json", null, "not found")]
    [InlineData("broken.privacy-catalog.json", "{ \"format\": ", "not valid JSON")]
    [InlineData("other.privacy-catalog.json", "{ \"format\": \"privacy-policy/catalog\", \"version\": 2 }", "$.version")]
    public void An_unreadable_catalog_exits_2_naming_the_file(string file, string? text, string reason)
    {
        using var run = new ToolRun();
        string path = text is null ? Path.Combine(run.Folder, file) : run.Write(file, text);

        int exit = run.Merge(catalogs: [run.MisterVoipCatalog, path]);

        Assert.Equal(2, exit);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_setting_exits_2_naming_the_setting_and_the_file()
    {
        using var run = new ToolRun();
        string helpdesk = run.Write("helpdesk.json", File.ReadAllText(ToolRun.HelpdeskSettings).Replace("\"2027-12-31\"", "\"31-12-2027\"", StringComparison.Ordinal));

        int exit = run.Merge(settings: [ToolRun.MisterVoipSettings, helpdesk]);

        Assert.Equal(2, exit);
        Assert.Contains(helpdesk, run.Error, StringComparison.Ordinal);
        Assert.Contains("PrivacyPolicy:Recipients:0:ProcessingAgreementUntil", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("31-12-2027", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_settings_file_without_the_section_or_that_is_not_json_exits_2()
    {
        using var run = new ToolRun();
        Assert.Equal(2, run.Merge(settings: [run.Write("empty.json", "{ \"Logging\": {} }")]));
        Assert.Contains("no \"PrivacyPolicy\" section", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, run.Merge(settings: [run.Write("broken.json", "{ \"PrivacyPolicy\": ")]));
        Assert.Contains("not valid JSON", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], 2)]
    [InlineData(new[] { "--help" }, 0)]
    [InlineData(new[] { "merge", "--help" }, 0)]
    [InlineData(new[] { "publish" }, 2)]
    [InlineData(new[] { "merge", "a.privacy-catalog.json" }, 2)] // no --out
    [InlineData(new[] { "merge", "--out", "x" }, 2)] // no catalog
    [InlineData(new[] { "merge", "--check", "--out", "x", "a.json" }, 2)] // --check without --published
    [InlineData(new[] { "merge", "--frobnicate", "--out", "x", "a.json" }, 2)]
    [InlineData(new[] { "merge", "--out" }, 2)]
    public void Usage_errors_exit_2_and_help_exits_0(string[] args, int expected)
    {
        using var run = new ToolRun();
        Assert.Equal(expected, run.Run(args));
        Assert.Contains("privacy-policy", expected == 0 ? run.Output : run.Error, StringComparison.Ordinal);
    }

    /// <summary>A catalog of one small type, whose assembly declares <paramref name="declaration"/>.</summary>
    private static string Catalog(string assembly, PurposeDeclaration declaration)
    {
        var member = new PersonalDataMember("Email", Category.Contact, declaration.Purpose, "P1Y", DataFormat.EmailAddress, RedactionKind.Mask, true) { Declarations = [declaration] };
        var catalog = new PersonalDataCatalog(assembly, [new PersonalDataDescriptor(assembly + ".Login", [member])]) { Declarations = [declaration] };
        string path = Path.Combine(Path.GetTempPath(), "privacy-policy-tool-tests", Guid.NewGuid().ToString("N") + ".privacy-catalog.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, catalog.ToJson());
        return path;
    }
}
