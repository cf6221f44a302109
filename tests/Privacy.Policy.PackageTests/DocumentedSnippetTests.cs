using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Privacy.Policy.Testing;
using Xunit;

namespace Privacy.Policy.PackageTests;

/// <summary>
/// The documented snippets compile with exactly the packages they name: each test reads a page's marked blocks
/// (<c>&lt;!-- quick-start: ... --&gt;</c>), builds them as a consumer of the packed package with those package
/// references and nothing else, with warnings as errors, and runs it.
/// </summary>
public class DocumentedSnippetTests : IClassFixture<PackedPackage>
{
    private static readonly Dictionary<string, string> Key = new()
    {
        ["Privacy__Pseudonymization__Key"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
    };

    private readonly PackedPackage _package;

    public DocumentedSnippetTests(PackedPackage package) => _package = package;

    [Fact]
    public void Readme_quick_start_shows_its_error_then_builds_and_runs_with_exactly_the_packages_it_names()
    {
        DocumentedSnippets page = DocumentedSnippets.Read(RepositoryPaths.Combine("README.md"), "quick-start");
        IReadOnlyList<XElement> references = page.PackageReferences(_package.Version, DocumentedVersion());
        Assert.Contains(references, r => (string?)r.Attribute("Include") == "Privacy.Policy");
        string domain = Single(page, "Domain.cs").Text;
        string consumer = _package.CreateConsumer("QuickStart", new Dictionary<string, string>
        {
            ["Consumer.csproj"] = DocumentedSnippets.ConsumerProject(references),
            ["Domain.cs"] = domain,
            ["Program.cs"] = Single(page, "Program.cs").Text,
            ["appsettings.json"] = Single(page, "appsettings.json").Text,
        });

        // Step 3: the build stops at the unclassified member, with the error the page shows.
        DotNet.Result unclassified = DotNet.Run(consumer, "build", "-c", "Release", "-nologo", "-warnaserror", "-clp:NoSummary");
        Assert.True(unclassified.ExitCode != 0, "The annotated type should not build before the fix:\n" + unclassified.Output);
        string shown = string.Join(" ", Single(page, "error").Lines.Select(l => l.Trim()).Where(l => l.Length > 0));
        Assert.True(unclassified.Output.Contains(shown, StringComparison.Ordinal), $"Expected the error the page shows:\n{shown}\nThe build printed:\n{unclassified.Output}");

        // Step 4: the fix replaces the member it ends with.
        File.WriteAllText(Path.Combine(consumer, "Domain.cs"), ApplyFix(domain, Single(page, "Domain.cs, fix")));

        DotNet.Result build = DotNet.Run(consumer, "build", "-c", "Release", "-nologo", "-warnaserror");
        Assert.True(build.ExitCode == 0, "The quick start should build with the packages it names:\n" + build.Output);
        DotNet.Result run = DotNet.Run(consumer, Key, "run", "-c", "Release", "-nologo", "--no-build");
        Assert.True(run.ExitCode == 0, "The quick start should run:\n" + run.Output);

        // What the page says the program prints: ToString hides personal data, the redacted copy carries a pseudonym.
        string[] printed = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("CallRecord { CustomerId = ***, CallStart = 2026-03-14T15:09:26Z, InvoicedAt = 2026-04-01T09:00:00Z, CalledNumber = ***, TariffPlanId = 42 }", printed);
        Assert.Contains(printed, line => Regex.IsMatch(line, "^ps:2026-11:[A-Za-z0-9_-]{22}$"));
        Assert.DoesNotContain("C-42", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("4567", run.Output, StringComparison.Ordinal);

        // Strict binding: a misspelt setting in appsettings.json stops start-up, naming the key.
        string settings = File.ReadAllText(Path.Combine(consumer, "appsettings.json"));
        File.WriteAllText(Path.Combine(consumer, "appsettings.json"), settings.Replace("\"Pseudonymization\"", "\"Pseudonymisation\"", StringComparison.Ordinal));
        DotNet.Result misspelt = DotNet.Run(consumer, Key, "run", "-c", "Release", "-nologo", "--no-build");
        Assert.True(misspelt.ExitCode != 0, "A misspelt setting should stop start-up:\n" + misspelt.Output);
        Assert.Contains("Privacy:Pseudonymisation", misspelt.Output, StringComparison.Ordinal);

        // The code-only form, put in place of the binding, builds with the same packages and prints the same.
        string program = Single(page, "Program.cs").Text;
        const string binding = "builder.Services.AddPrivacyPolicy(builder.Configuration.GetSection(\"Privacy\"));\n";
        Assert.Contains(binding, program, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), program.Replace(binding, Single(page, "Program.cs, code-only").Text, StringComparison.Ordinal));
        File.Delete(Path.Combine(consumer, "appsettings.json"));
        DotNet.Result codeOnly = DotNet.Run(consumer, Key, "run", "-c", "Release", "-nologo", "-warnaserror");
        Assert.True(codeOnly.ExitCode == 0, "The code-only form should build and run:\n" + codeOnly.Output);
        Assert.Contains(codeOnly.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), line => Regex.IsMatch(line, "^ps:2026-11:[A-Za-z0-9_-]{22}$"));
    }

    [Fact]
    public void Redaction_page_logging_set_up_builds_and_logs_redacted_with_exactly_the_packages_it_names()
    {
        DocumentedSnippets page = DocumentedSnippets.Read(RepositoryPaths.Combine("docs", "redaction.md"), "logging");
        IReadOnlyList<XElement> references = page.PackageReferences(_package.Version, DocumentedVersion());
        Assert.Contains(references, r => (string?)r.Attribute("Include") == "Privacy.Policy");

        // The page logs the README's CallRecord, as it stands after the Quick start's fix.
        DocumentedSnippets readme = DocumentedSnippets.Read(RepositoryPaths.Combine("README.md"), "quick-start");
        string consumer = _package.CreateConsumer("LoggingPage", new Dictionary<string, string>
        {
            ["Consumer.csproj"] = DocumentedSnippets.ConsumerProject(references),
            ["Domain.cs"] = ApplyFix(Single(readme, "Domain.cs").Text, Single(readme, "Domain.cs, fix")),
            ["CallLog.cs"] = Single(page, "CallLog.cs").Text,
            ["Program.cs"] = Single(page, "Program.cs").Text,
        });

        DotNet.Result build = DotNet.Run(consumer, "build", "-c", "Release", "-nologo", "-warnaserror");
        Assert.True(build.ExitCode == 0, "The logging set-up should build with the packages it names:\n" + build.Output);
        var key = new Dictionary<string, string> { ["PRIVACY_PSEUDONYMIZATION_KEY"] = Key["Privacy__Pseudonymization__Key"] };
        DotNet.Result run = DotNet.Run(consumer, key, "run", "-c", "Release", "-nologo", "--no-build");
        Assert.True(run.ExitCode == 0, "The logging set-up should run:\n" + run.Output);

        Assert.True(run.Output.Contains("\"Message\":\"Call ended\"", StringComparison.Ordinal), run.Output);
        Assert.True(run.Output.Contains("\"call.TariffPlanId\":42", StringComparison.Ordinal), run.Output);
        Assert.True(Regex.IsMatch(run.Output, "\"call.CalledNumber\":\"ps:2026-11:[A-Za-z0-9_-]{22}\""), run.Output);
        Assert.DoesNotContain("C-42", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("4567", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Documented_package_versions_are_the_ones_the_repository_pins()
    {
        ILookup<string, string> pinned = XDocument.Load(RepositoryPaths.Combine("Directory.Packages.props"))
            .Descendants("PackageVersion").ToLookup(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);
        string own = DocumentedVersion();
        var named = new List<(string Id, string Version, string Where)>();

        string readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = readme.IndexOf("\n## Packages\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "The README should have a Packages section.");
        int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        foreach (Match match in Regex.Matches(readme[start..(end < 0 ? readme.Length : end)], @"`(?<id>[A-Z][\w.]+)`\s+(?<version>\d+\.\d+\.\d+)"))
        {
            named.Add((match.Groups["id"].Value, match.Groups["version"].Value, "README.md, Packages"));
        }

        foreach ((string[] path, string tag) in new[] { (new[] { "README.md" }, "quick-start"), (new[] { "docs", "redaction.md" }, "logging") })
        {
            foreach (DocumentedSnippets.Snippet block in DocumentedSnippets.Read(RepositoryPaths.Combine(path), tag).Marked("packages"))
            {
                foreach (XElement reference in XElement.Parse("<ItemGroup>" + block.Text + "</ItemGroup>").Elements("PackageReference"))
                {
                    named.Add(((string)reference.Attribute("Include")!, (string)reference.Attribute("Version")!, string.Join('/', path)));
                }
            }
        }

        Assert.True(named.Count >= 10, $"Expected the README and the redaction page to name their packages; found {named.Count}.");
        Assert.All(named, n => Assert.True(
            n.Id.StartsWith("Privacy.Policy", StringComparison.Ordinal) ? n.Version == own : pinned[n.Id].Contains(n.Version),
            $"{n.Where} names {n.Id} {n.Version}; Directory.Packages.props pins {string.Join(" or ", pinned[n.Id].DefaultIfEmpty("nothing"))}."));
    }

    private static DocumentedSnippets.Snippet Single(DocumentedSnippets page, string what)
    {
        DocumentedSnippets.Snippet[] blocks = page.Marked(what).ToArray();
        return blocks.Length == 1 ? blocks[0] : throw new InvalidDataException($"Expected one block marked '{what}', found {blocks.Length}.");
    }

    /// <summary>Replaces the line the fix's last line declares (found once in the source) with the whole fix.</summary>
    private static string ApplyFix(string source, DocumentedSnippets.Snippet fix)
    {
        string member = fix.Lines.Last(l => l.Trim().Length > 0).Trim();
        string[] lines = source.Split('\n');
        int[] at = lines.Select((line, index) => (line, index)).Where(l => l.line.Trim() == member).Select(l => l.index).ToArray();
        Assert.True(at.Length == 1, $"The fix's member '{member}' should be in the type once; found it {at.Length} times.");
        string indent = lines[at[0]][..(lines[at[0]].Length - lines[at[0]].TrimStart().Length)];
        return string.Join('\n', lines.Take(at[0]).Concat(fix.Lines.Select(l => indent + l)).Concat(lines.Skip(at[0] + 1)));
    }

    private static string DocumentedVersion()
        => XDocument.Load(RepositoryPaths.Combine("Directory.Build.props")).Descendants("Version").Single().Value;
}
