using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Xunit;

namespace Privacy.Policy.PackageTests;

/// <summary>
/// One package carries everything: the runtime in lib/, the analyzers and code fixes in analyzers/. Both packages come
/// with a symbols package whose PDBs lead a debugger to the sources in the public repository at the built commit.
/// </summary>
public class PackageLayoutTests : IClassFixture<PackedPackage>
{
    private const string PublicRepository = "https://github.com/privacy-policy/privacy-policy";

    /// <summary>The kind of a portable PDB's custom debug information that holds the SourceLink JSON.</summary>
    private static readonly Guid s_sourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

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
        Assert.Contains("buildTransitive/Privacy.Policy.targets", entries);
        Assert.Contains("build/catalog/Privacy.Policy.CatalogWriter.dll", entries);
        Assert.Contains("build/catalog/Privacy.Policy.CatalogWriter.runtimeconfig.json", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal) && e.Contains("Generators", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Ef_core_package_targets_net8_and_net10_and_has_a_readme()
    {
        using ZipArchive archive = ZipFile.OpenRead(_package.PathOf("Privacy.Policy.EntityFrameworkCore", "nupkg"));
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
                "Microsoft.Extensions.Configuration.Abstractions",
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

    [Theory]
    [InlineData("Privacy.Policy")]
    [InlineData("Privacy.Policy.EntityFrameworkCore")]
    public void Symbols_package_holds_a_pdb_for_each_assembly(string id)
    {
        string[] assemblies = Entries(_package.PathOf(id, "nupkg")).Where(e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal)).ToArray();
        string symbols = _package.PathOf(id, "snupkg");
        Assert.True(File.Exists(symbols), "No symbols package at " + symbols);
        string[] pdbs = Entries(symbols).Where(e => e.EndsWith(".pdb", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(assemblies);
        Assert.Equal(assemblies.Select(a => a[..^".dll".Length] + ".pdb").Order(), pdbs.Order());
    }

    [Theory]
    [InlineData("Privacy.Policy")]
    [InlineData("Privacy.Policy.EntityFrameworkCore")]
    public void Nuspec_names_the_public_repository_and_the_built_commit(string id)
    {
        using ZipArchive archive = ZipFile.OpenRead(_package.PathOf(id, "nupkg"));
        using Stream stream = archive.GetEntry(id + ".nuspec")!.Open();
        XDocument nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        XElement repository = metadata.Element(ns + "repository") ?? throw new Xunit.Sdk.XunitException("The nuspec has no <repository>:\n" + metadata);

        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Equal(PublicRepository, (string?)repository.Attribute("url"));
        Assert.Equal(_package.Commit, (string?)repository.Attribute("commit"));
        Assert.Equal(PublicRepository, (string?)metadata.Element(ns + "projectUrl"));
    }

    [Theory]
    [InlineData("Privacy.Policy", "src/Privacy.Policy/IPrivacyPolicy.cs")]
    [InlineData("Privacy.Policy.EntityFrameworkCore", "src/Privacy.Policy.EntityFrameworkCore/RetentionSweepReport.cs")]
    public void Symbols_map_each_source_file_to_the_public_repository_at_the_built_commit(string id, string sourceFile)
    {
        using ZipArchive archive = ZipFile.OpenRead(_package.PathOf(id, "snupkg"));
        ZipArchiveEntry[] pdbs = archive.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(pdbs);

        foreach (ZipArchiveEntry pdb in pdbs)
        {
            // The metadata reader needs a seekable stream; a zip entry's is not.
            using var buffer = new MemoryStream();
            using (Stream entry = pdb.Open())
            {
                entry.CopyTo(buffer);
            }

            buffer.Position = 0;
            using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(buffer);
            MetadataReader reader = provider.GetMetadataReader();
            Dictionary<string, string> sourceLink = ReadSourceLink(reader) ?? throw new Xunit.Sdk.XunitException($"{pdb.FullName} in {id}.snupkg carries no SourceLink.");
            string document = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).SingleOrDefault(n => n.Replace('\\', '/').EndsWith("/" + sourceFile, StringComparison.Ordinal))
                ?? throw new Xunit.Sdk.XunitException($"{pdb.FullName} has no document {sourceFile}.");

            Assert.Equal($"https://raw.githubusercontent.com/privacy-policy/privacy-policy/{_package.Commit}/{sourceFile}", MapToUrl(sourceLink, document));
        }
    }

    private static string[] Entries(string package)
    {
        using ZipArchive archive = ZipFile.OpenRead(package);
        return archive.Entries.Select(e => e.FullName).ToArray();
    }

    private static Dictionary<string, string>? ReadSourceLink(MetadataReader reader)
    {
        foreach (CustomDebugInformationHandle handle in reader.CustomDebugInformation)
        {
            CustomDebugInformation information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == s_sourceLinkKind)
            {
                string json = Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
                using JsonDocument sourceLink = JsonDocument.Parse(json);
                return sourceLink.RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            }
        }

        return null;
    }

    /// <summary>Applies SourceLink's rule: a key ending in <c>*</c> maps every path it prefixes, the rest replacing the value's <c>*</c>.</summary>
    private static string? MapToUrl(Dictionary<string, string> sourceLink, string document)
    {
        foreach ((string key, string value) in sourceLink)
        {
            if (key.EndsWith('*') && document.StartsWith(key[..^1], StringComparison.Ordinal))
            {
                return value[..^1] + document[(key.Length - 1)..].Replace('\\', '/');
            }

            if (key == document)
            {
                return value;
            }
        }

        return null;
    }
}
