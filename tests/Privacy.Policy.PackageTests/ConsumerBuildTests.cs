using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Privacy.Policy.PackageTests;

/// <summary>
/// A project in another service adds one PackageReference and gets the analyzers: the build refuses unclassified
/// personal data, bad retention periods and non-partial types, and accepts them once they are fixed.
/// </summary>
public class ConsumerBuildTests : IClassFixture<PackedPackage>
{
    private readonly PackedPackage _package;

    public ConsumerBuildTests(PackedPackage package) => _package = package;

    [Fact]
    public void Unclassified_consumer_fails_with_each_diagnostic_at_its_member()
    {
        string consumer = _package.CreateConsumer("Unclassified");
        DotNet.Result build = DotNet.Run(consumer, "build", "-nologo", "-clp:NoSummary");

        Assert.True(build.ExitCode != 0, "The build should fail:\n" + build.Output);
        string[] source = File.ReadAllLines(Path.Combine(consumer, "Domain.cs"));

        AssertReported(build.Output, source, "PRIV001", "error", "public int TariffPlanId", "Member 'TariffPlanId' of 'CallRecord' is not classified");
        AssertReported(build.Output, source, "PRIV001", "error", "public string DebtorName", "namespace 'Telecom.Billing' is strict");
        AssertReported(build.Output, source, "PRIV002", "error", "Retention = \"7 years\"", "Retention \"7 years\" of 'Invoice.Iban'");
        AssertReported(build.Output, source, "PRIV003", "error", "public class Subscriber", "'Subscriber' must be declared partial");
        AssertReported(build.Output, source, "PRIV004", "error", "public double Score", "[DataSubject] needs a string, Guid or integer member");
        AssertReported(build.Output, source, "PRIV005", "warning", "Format = DataFormat.Imsi, Redaction = RedactionKind.Pseudonymize", "a pseudonym is text");
        AssertReported(build.Output, source, "PRIV006", "warning", "[Microsoft.Extensions.Logging.LogProperties] CallRecord call", "[LogProperties] would log every member of 'CallRecord' in clear");
        AssertReported(build.Output, source, "PRIV013", "warning", "[PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]", "'Subscriber.Email' is personal data without a purpose");
    }

    [Fact]
    public void Classified_consumer_builds_without_privacy_diagnostics()
    {
        string consumer = _package.CreateConsumer("Classified");
        DotNet.Result build = DotNet.Run(consumer, "build", "-nologo", "-warnaserror");

        Assert.True(build.ExitCode == 0, "The build should succeed:\n" + build.Output);
        Assert.DoesNotContain("PRIV0", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_redacts_prints_and_logs_through_the_packed_generator()
    {
        string consumer = _package.CreateConsumer("Redacting");
        DotNet.Result run = DotNet.Run(consumer, "run", "-c", "Release", "-nologo");

        Assert.True(run.ExitCode == 0, "The consumer should build and run:\n" + run.Output);
        Assert.Contains("redacted.CalledNumber=+31*******78", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"redacted\.CustomerId=ps:2026-11:[A-Za-z0-9_-]{22}\r?\n", run.Output);
        Assert.Contains("redacted.CallStart=2026-11-29T00:00:00Z", run.Output, StringComparison.Ordinal);
        Assert.Contains("ToString=CallRecord { CustomerId = ***, CallStart = 2026-11-29T00:00:00Z, CalledNumber = +31*******78, TariffPlanId = 7 }", run.Output, StringComparison.Ordinal);
        Assert.Contains("Descriptor=CustomerId:Pseudonymize,CallStart:Mask,CalledNumber:Mask", run.Output, StringComparison.Ordinal);
        Assert.Contains("log.call.CalledNumber=+31*******78", run.Output, StringComparison.Ordinal);
        Assert.Contains("log.call.TariffPlanId=7", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("C-42", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_with_only_the_package_and_a_logger_factory_builds_and_logs_loggermessage_methods()
    {
        // Privacy.Policy + Microsoft.Extensions.Logging and nothing else: a plain [LoggerMessage] must build (once
        // Microsoft.Gen.Logging and the built-in generator both implemented it: CS0757), and our type logged as a
        // plain parameter is formatted by its generated ToString.
        string consumer = _package.CreateConsumer("Logging");
        DotNet.Result build = DotNet.Run(consumer, "build", "-c", "Release", "-nologo", "-warnaserror");
        Assert.True(build.ExitCode == 0, "The consumer should build:\n" + build.Output);

        foreach (string framework in new[] { "net8.0", "net10.0" })
        {
            DotNet.Result run = DotNet.Run(consumer, "run", "-c", "Release", "-nologo", "--no-build", "--framework", framework);
            Assert.True(run.ExitCode == 0, $"The consumer should run on {framework}:\n" + run.Output);
            Assert.Contains("message=Service started with 3 workers", run.Output, StringComparison.Ordinal);
            Assert.Contains("log.Workers=3", run.Output, StringComparison.Ordinal);
            Assert.Contains("message=Call ended: CallRecord { CustomerId = ***, CallStart = 2026-11-29T00:00:00Z, CalledNumber = +31*******78, TariffPlanId = 7 }", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("12345678", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("C-42", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("13:37", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Consumer_with_the_packages_the_readme_names_logs_our_types_redacted()
    {
        string consumer = _package.CreateConsumer("RedactedLogging");
        DotNet.Result build = DotNet.Run(consumer, "build", "-c", "Release", "-nologo", "-warnaserror");
        Assert.True(build.ExitCode == 0, "The consumer should build:\n" + build.Output);

        DotNet.Result run = DotNet.Run(consumer, "run", "-c", "Release", "-nologo", "--no-build");
        Assert.True(run.ExitCode == 0, "The consumer should run:\n" + run.Output);
        Assert.Contains("message=Service started with 3 workers", run.Output, StringComparison.Ordinal);
        Assert.Contains("message=Call ended", run.Output, StringComparison.Ordinal);
        Assert.Contains("log.call.CalledNumber=+31*******78", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"log\.call\.CustomerId=ps:2026-11:[A-Za-z0-9_-]{22}\r?\n", run.Output);
        Assert.Contains("log.call.TariffPlanId=7", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("C-42", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("13:37", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_discloses_audits_and_writes_its_statement_through_the_packed_package()
    {
        string consumer = _package.CreateConsumer("Disclosing");
        DotNet.Result run = DotNet.Run(consumer, "run", "-c", "Release", "-nologo");

        Assert.True(run.ExitCode == 0, "The consumer should build and run:\n" + run.Output);
        Assert.Contains("disclosed.Imei=352099001761481", run.Output, StringComparison.Ordinal);
        Assert.Contains("disclosed.Address=[]", run.Output, StringComparison.Ordinal);
        Assert.Contains("disclosed.CustomerId=[]", run.Output, StringComparison.Ordinal);
        Assert.Contains("disclosed.Model=Fairphone 5", run.Output, StringComparison.Ordinal);
        Assert.Contains("refused=PurposeNotDeclared: Disclosure to 'Reparatiedienst BV' for Marketing refused", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"audit=True\|Reparatiedienst BV\|Support\|Imei\|ps:2026-11:[A-Za-z0-9_-]{22}\r?\n", run.Output);
        Assert.Matches(@"audit=False\|Reparatiedienst BV\|Marketing\|\|ps:2026-11:", run.Output);
        Assert.Contains("| Technical identifiers: device number (IMEI) | Carrying calls and internet traffic; Repairs and support | Performance of the contract | As long as the purpose needs it | Reparatiedienst BV |", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("C-42", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kerkstraat", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_sweeps_its_database_through_the_packed_ef_core_package()
    {
        string consumer = _package.CreateConsumer("Sweeping");
        DotNet.Result run = DotNet.Run(consumer, "run", "-c", "Release", "-nologo");

        Assert.True(run.ExitCode == 0, "The consumer should build and run:\n" + run.Output);
        Assert.Contains("deleted=1", run.Output, StringComparison.Ordinal);
        Assert.Contains("erased.CallingNumber=1", run.Output, StringComparison.Ordinal);
        Assert.Contains("row 1: calling='0612345678' called='0201234567'", run.Output, StringComparison.Ordinal);
        Assert.Contains("row 2: calling='' called='0201234567'", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("row 3:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_on_net8_sweeps_its_database_through_the_packed_ef_core_package_on_ef_core_8()
    {
        // The consumer targets net8.0 with EF Core 8 (Sqlite 8.0.34), so it compiles and restores against the EF
        // package's lib/net8.0; it rolls forward to the .NET 10 runtime (RollForward=Major in its project file), as
        // this machine has no .NET 8 runtime.
        string consumer = _package.CreateConsumer("SweepingNet8");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumers", "Sweeping", "Program.cs"), Path.Combine(consumer, "Program.cs")); // the net10.0 consumer's scenario
        DotNet.Result run = DotNet.Run(consumer, "run", "-c", "Release", "-nologo");

        Assert.True(run.ExitCode == 0, "The consumer should build and run:\n" + run.Output);
        string assets = File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json"));
        Assert.Contains("\"Microsoft.EntityFrameworkCore.Relational/8.0.34\"", assets, StringComparison.Ordinal);
        Assert.Contains("lib/net8.0/Privacy.Policy.EntityFrameworkCore.dll", assets, StringComparison.Ordinal);
        Assert.Contains("deleted=1", run.Output, StringComparison.Ordinal);
        Assert.Contains("erased.CallingNumber=1", run.Output, StringComparison.Ordinal);
        Assert.Contains("row 1: calling='0612345678' called='0201234567'", run.Output, StringComparison.Ordinal);
        Assert.Contains("row 2: calling='' called='0201234567'", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("row 3:", run.Output, StringComparison.Ordinal);
    }

    private static void AssertReported(string output, string[] source, string id, string severity, string code, string message)
    {
        int line = LineOf(source, code);
        var pattern = new Regex($@"Domain\.cs\({line},\d+\): {severity} {id}: (?<message>[^\r\n]*)");
        Match match = pattern.Match(output);
        Assert.True(match.Success, $"Expected {severity} {id} at Domain.cs line {line} ({code}); the build printed:\n{output}");
        Assert.Contains(message, match.Groups["message"].Value, StringComparison.Ordinal);
    }

    private static int LineOf(string[] source, string code)
    {
        int[] lines = source.Select((text, index) => (text, index)).Where(l => l.text.Contains(code, StringComparison.Ordinal)).Select(l => l.index + 1).ToArray();
        return lines.Length == 1 ? lines[0] : throw new InvalidOperationException($"Expected '{code}' once in the consumer's source, found it {lines.Length} times.");
    }
}
