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
    public void Ef_core_package_targets_net8_and_net10_and_has_a_readme()
    {
        using ZipArchive archive = ZipFile.OpenRead(_package.EntityFrameworkCorePackagePath);
        string[] entries = archive.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("lib/net8.0/Privacy.Policy.EntityFrameworkCore.dll", entries);
        Assert.Contains("lib/net10.0/Privacy.Policy.EntityFrameworkCore.dll", entries);
        Assert.Contains("README.md", entries);

        using var stream = archive.GetEntry("Privacy.Policy.EntityFrameworkCore.nuspec")!.Open();
        XDocument nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);

        // Each target depends on the EF Core of its own generation.
        string RelationalVersion(string framework) => (string)metadata.Descendants(ns + "group")
            .Single(g => ((string)g.Attribute("targetFramework")!).StartsWith(framework, System.StringComparison.OrdinalIgnoreCase))
            .Elements(ns + "dependency").Single(d => (string)d.Attribute("id")! == "Microsoft.EntityFrameworkCore.Relational").Attribute("version")!;
        Assert.StartsWith("8.0.", RelationalVersion("net8.0"), System.StringComparison.Ordinal);
        Assert.StartsWith("10.0.", RelationalVersion("net10.0"), System.StringComparison.Ordinal);
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

        // Telemetry.Abstractions flows whole: the SDK gives consumers its analyzers (Microsoft.Gen.Logging) even when the
        // nuspec excludes them, so its buildTransitive targets, which switch the built-in logging generator off, must
        // flow too, or every [LoggerMessage] method in a consumer is implemented twice (CS0757).
        Assert.All(
            metadata.Descendants(ns + "dependency").Where(d => (string)d.Attribute("id")! == "Microsoft.Extensions.Telemetry.Abstractions"),
            dependency =>
            {
                string include = (string?)dependency.Attribute("include") ?? "All";
                string exclude = (string?)dependency.Attribute("exclude") ?? string.Empty;
                Assert.True(include == "All" && exclude.Length == 0, $"include=\"{include}\" exclude=\"{exclude}\"");
            });
    }
}
