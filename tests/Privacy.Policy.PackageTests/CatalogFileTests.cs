using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Privacy.Policy.PackageTests;

/// <summary>
/// A consumer of the package gets its catalog beside its assembly after each build
/// (<c>&lt;Name&gt;.privacy-catalog.json</c>, format privacy-policy/catalog version 1), unless it opts out with
/// <c>PrivacyPolicyWriteCatalog</c>; <c>dotnet clean</c> removes it.
/// </summary>
public class CatalogFileTests : IClassFixture<PackedPackage>
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <AssemblyName>Billing.Service</AssemblyName>
            OPT_OUT
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Privacy.Policy" Version="$(PrivacyPolicyVersion)" />
          </ItemGroup>
        </Project>
        """;

    private const string Domain = """
        using Privacy.Policy;

        namespace Billing;

        public partial class Invoice
        {
            [DataSubject]
            public string CustomerId { get; set; } = "KLANT-0042";

            [PersonalData(Category.Payment, Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
            public string Iban { get; set; } = "NL91ABNA0417164300";
        }
        """;

    private readonly PackedPackage _package;

    public CatalogFileTests(PackedPackage package) => _package = package;

    [Fact]
    public void Build_writes_the_catalog_beside_the_assembly_unless_the_project_opts_out()
    {
        string consumer = _package.CreateConsumer("Catalog", new Dictionary<string, string>
        {
            ["Consumer.csproj"] = Project.Replace("OPT_OUT", "<PrivacyPolicyWriteCatalog>false</PrivacyPolicyWriteCatalog>", StringComparison.Ordinal),
            ["Domain.cs"] = Domain,
        });
        string output = Path.Combine(consumer, "bin", "Release", "net10.0");
        string catalog = Path.Combine(output, "Billing.Service.privacy-catalog.json");

        DotNet.Result optedOut = DotNet.Run(consumer, "build", "-c", "Release", "-nologo", "-warnaserror");
        Assert.True(optedOut.ExitCode == 0, "The consumer should build:\n" + optedOut.Output);
        Assert.True(File.Exists(Path.Combine(output, "Billing.Service.dll")), "no assembly in " + output);
        Assert.False(File.Exists(catalog), "PrivacyPolicyWriteCatalog=false should write no catalog");

        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), File.ReadAllText(Path.Combine(consumer, "Consumer.csproj")).Replace("<PrivacyPolicyWriteCatalog>false</PrivacyPolicyWriteCatalog>", string.Empty, StringComparison.Ordinal));
        DotNet.Result build = DotNet.Run(consumer, "build", "-c", "Release", "-nologo", "-warnaserror");
        Assert.True(build.ExitCode == 0, "The consumer should build:\n" + build.Output);
        Assert.True(File.Exists(catalog), "no catalog beside the assembly:\n" + string.Join("\n", Directory.GetFiles(output)) + "\n" + build.Output);

        string text = File.ReadAllText(catalog);
        using (JsonDocument document = JsonDocument.Parse(text))
        {
            JsonElement root = document.RootElement;
            Assert.Equal("privacy-policy/catalog", root.GetProperty("format").GetString());
            Assert.Equal(1, root.GetProperty("version").GetInt32());
            Assert.Equal("Billing.Service", root.GetProperty("assembly").GetString());
            JsonElement invoice = Assert.Single(root.GetProperty("types").EnumerateArray());
            Assert.Equal("Billing.Invoice", invoice.GetProperty("type").GetString());
            Assert.Equal(["CustomerId", "Iban"], invoice.GetProperty("members").EnumerateArray().Select(member => member.GetProperty("name").GetString()));
        }

        Assert.Contains("\n  \"format\"", text, StringComparison.Ordinal); // indented for review
        Assert.DoesNotContain("KLANT-0042", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NL91ABNA0417164300", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output, "Privacy.Policy.CatalogWriter*"));

        DotNet.Result clean = DotNet.Run(consumer, "clean", "-c", "Release", "-nologo");
        Assert.True(clean.ExitCode == 0, "dotnet clean failed:\n" + clean.Output);
        Assert.False(File.Exists(catalog), "dotnet clean should remove the catalog (FileWrites)");
    }

    [Fact]
    public void The_packed_writer_writes_nothing_for_an_assembly_without_a_catalog_and_fails_naming_a_bad_input()
    {
        string folder = Path.Combine(_package.Root, "writer-" + Guid.NewGuid().ToString("n")[..8]);
        using (ZipArchive archive = ZipFile.OpenRead(_package.PackagePath))
        {
            foreach (ZipArchiveEntry entry in archive.Entries.Where(entry => entry.FullName.StartsWith("build/catalog/", StringComparison.Ordinal)))
            {
                Directory.CreateDirectory(folder);
                entry.ExtractToFile(Path.Combine(folder, entry.Name));
            }
        }

        string writer = Path.Combine(folder, "Privacy.Policy.CatalogWriter.dll");
        string output = Path.Combine(folder, "out", "catalog.json");

        // The writer's own assembly has no personal data: exit 0, no file.
        DotNet.Result none = DotNet.Run(folder, "exec", writer, writer, output);
        Assert.True(none.ExitCode == 0, "An assembly without a catalog is no error:\n" + none.Output);
        Assert.False(File.Exists(output), "nothing should be written for an assembly without a catalog");

        string missing = Path.Combine(folder, "Missing.dll");
        DotNet.Result absent = DotNet.Run(folder, "exec", writer, missing, output);
        Assert.Equal(2, absent.ExitCode);
        Assert.Contains(missing, absent.Output, StringComparison.Ordinal);

        string text = Path.Combine(folder, "NotAnAssembly.dll");
        File.WriteAllText(text, "not a portable executable");
        DotNet.Result bad = DotNet.Run(folder, "exec", writer, text, output);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains(text, bad.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
