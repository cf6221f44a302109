using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace Privacy.Policy.PackageTests;

/// <summary>One package carries everything: the runtime in lib/, the analyzers and code fixes in analyzers/.</summary>
public class PackageLayoutTests : IClassFixture<PackedPackage>
{
    private readonly PackedPackage _package;

    public PackageLayoutTests(PackedPackage package) => _package = package;

    [Fact]
    public void Package_holds_runtime_analyzers_props_and_readme()
    {
        using ZipArchive archive = ZipFile.OpenRead(_package.PackagePath);
        string[] entries = archive.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("lib/net8.0/Privacy.Policy.dll", entries);
        Assert.Contains("lib/net10.0/Privacy.Policy.dll", entries);
        Assert.Contains("lib/net8.0/Privacy.Policy.xml", entries);
        Assert.Contains("analyzers/dotnet/roslyn4.8/cs/Privacy.Policy.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/roslyn4.8/cs/Privacy.Policy.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/Privacy.Policy.props", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal) && e.Contains("Generators", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Nuspec_declares_licence_readme_and_only_runtime_dependencies()
    {
        using ZipArchive archive = ZipFile.OpenRead(_package.PackagePath);
        using var stream = archive.GetEntry("Privacy.Policy.nuspec")!.Open();
        XDocument nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        string[] dependencies = metadata.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).Distinct().OrderBy(d => d).ToArray();
        Assert.Equal(
            [
                "Microsoft.Extensions.Compliance.Abstractions",
                "Microsoft.Extensions.DependencyInjection.Abstractions",
                "Microsoft.Extensions.Options",
                "Microsoft.Extensions.Telemetry.Abstractions",
                "NodaTime",
            ],
            dependencies);

        // Telemetry.Abstractions is there for ITagCollector only: its logging generator must not enter consumers' builds.
        Assert.All(
            metadata.Descendants(ns + "dependency").Where(d => (string)d.Attribute("id")! == "Microsoft.Extensions.Telemetry.Abstractions"),
            dependency =>
            {
                string include = (string?)dependency.Attribute("include") ?? "All";
                string exclude = (string?)dependency.Attribute("exclude") ?? string.Empty;
                Assert.True(exclude.Contains("Analyzers", System.StringComparison.Ordinal) || (include != "All" && !include.Contains("Analyzers", System.StringComparison.Ordinal)), $"include=\"{include}\" exclude=\"{exclude}\"");
            });
    }
}
