using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Generation;

/// <summary>
/// The generated catalog carries its JSON (format privacy-policy/catalog, version 1) as
/// <c>[assembly: AssemblyMetadata("Privacy.Policy.Catalog", ...)]</c>, which the build writes beside the assembly, and
/// lists the assembly's purpose declarations in <c>PersonalDataCatalog.Declarations</c>.
/// </summary>
public sealed class CatalogMetadataTests
{
    private const string Source = """
        using Privacy.Policy;

        [assembly: ProcessingPurpose(MisterVoip.Shop.Purposes.Loyalty, LegalBasis.Consent,
            Name = "Loyalty", Dutch = "Spaarprogramma \"Punten\"", English = "Loyalty scheme")]

        namespace MisterVoip.Shop;

        public static class Purposes
        {
            public const Purpose Loyalty = (Purpose)(1 << 17);
        }

        [ServiceArea("Winkel", "Shop")]
        public partial class Customer
        {
            [DataSubject]
            public string CustomerId { get; set; } = "KLANT-SECRET-0042";

            [PersonalData(Category.Contact, Purposes = Purpose.Support | Purposes.Loyalty, Retention = "P2Y",
                          Format = DataFormat.EmailAddress, Redaction = RedactionKind.Mask)]
            public string Email { get; set; } = "jan.jansen@voorbeeld.nl";

            [PersonalData(Category.Credentials)]
            public string? Password { get; set; } = "hunter2-initial-value";

            [NotPersonalData]
            public string Plan { get; set; } = "Basis-Abonnement-Waarde";
        }

        public partial class Order
        {
            [PersonalData(Category.Payment, Purposes = Purpose.Billing, Format = DataFormat.Iban)]
            public string? Iban { get; set; } = "NL91ABNA0417164300";
        }
        """;

    private static readonly string[] Values = ["KLANT-SECRET-0042", "jan.jansen@voorbeeld.nl", "hunter2-initial-value", "Basis-Abonnement-Waarde", "NL91ABNA0417164300"];

    [Fact]
    public void The_catalog_json_is_emitted_as_assembly_metadata_and_describes_every_type_and_member()
    {
        using JsonDocument document = JsonDocument.Parse(CatalogJson(Load(Source)));
        JsonElement root = document.RootElement;

        Assert.Equal("privacy-policy/catalog", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.StartsWith("CatalogMetadata", root.GetProperty("assembly").GetString(), StringComparison.Ordinal);

        JsonElement[] types = root.GetProperty("types").EnumerateArray().ToArray();
        Assert.Equal(["MisterVoip.Shop.Customer", "MisterVoip.Shop.Order"], types.Select(type => type.GetProperty("type").GetString()));

        JsonElement customer = types[0];
        Assert.Equal("CustomerId", customer.GetProperty("dataSubjectMember").GetString());
        Assert.Equal("Winkel", customer.GetProperty("serviceArea").GetProperty("dutch").GetString());
        Assert.False(customer.TryGetProperty("retentionAnchorMember", out _), "an absent anchor is omitted");
        Assert.False(customer.TryGetProperty("retentionStart", out _), "the default start is omitted");

        JsonElement[] members = customer.GetProperty("members").EnumerateArray().ToArray();
        Assert.Equal(["CustomerId", "Email", "Password"], members.Select(member => member.GetProperty("name").GetString()));
        foreach (JsonElement member in members)
        {
            foreach (string property in new[] { "category", "format", "redaction" })
            {
                Assert.Equal(JsonValueKind.String, member.GetProperty(property).ValueKind);
            }

            Assert.Equal(JsonValueKind.Array, member.GetProperty("declarations").ValueKind);
        }

        JsonElement email = members[1];
        Assert.Equal("Contact", email.GetProperty("category").GetString());
        Assert.Equal("EmailAddress", email.GetProperty("format").GetString());
        Assert.Equal("Mask", email.GetProperty("redaction").GetString());
        Assert.Equal("P2Y", email.GetProperty("retention").GetString());
        Assert.Equal((int)Purpose.Support | (1 << 17), email.GetProperty("purposes").GetInt32());
        Assert.Equal(["Support", "Loyalty"], email.GetProperty("declarations").EnumerateArray().Select(declaration => declaration.GetProperty("name").GetString()));

        JsonElement password = members[2];
        Assert.False(password.GetProperty("exportable").GetBoolean());
        Assert.False(password.TryGetProperty("retention", out _), "a member without retention has none written");
        Assert.Empty(password.GetProperty("declarations").EnumerateArray());
        AssertNoNulls(root);
    }

    [Fact]
    public void A_company_purpose_is_written_as_its_flag_with_its_name()
    {
        using JsonDocument document = JsonDocument.Parse(CatalogJson(Load(Source)));

        JsonElement declaration = Assert.Single(document.RootElement.GetProperty("declarations").EnumerateArray());
        Assert.Equal(1 << 17, declaration.GetProperty("purpose").GetInt32());
        Assert.Equal("Loyalty", declaration.GetProperty("name").GetString());
        Assert.Equal("Consent", declaration.GetProperty("legalBasis").GetString());
        Assert.Equal("Spaarprogramma \"Punten\"", declaration.GetProperty("dutch").GetString());
        Assert.False(declaration.TryGetProperty("interest", out _), "a declaration without an interest has none written");
        Assert.False(declaration.TryGetProperty("requirement", out _), "the default requirement is omitted");
    }

    [Fact]
    public void The_catalog_json_holds_no_value_the_code_assigns()
    {
        string json = CatalogJson(Load(Source));

        Assert.All(Values, value => Assert.DoesNotContain(value, json, StringComparison.Ordinal));
        using JsonDocument document = JsonDocument.Parse(json);
        var strings = new List<string>();
        CollectStrings(document.RootElement, strings);
        Assert.NotEmpty(strings);
        HashSet<string> package = PackageStrings();
        string assemblyName = document.RootElement.GetProperty("assembly").GetString()!;
        Assert.All(strings, text => Assert.True(
            package.Contains(text) || text == assemblyName || Source.Replace("\\\"", "\"", StringComparison.Ordinal).Contains(text, StringComparison.Ordinal),
            $"the catalog holds \"{text}\", which is no name or attribute text"));
    }

    [Fact]
    public void The_generated_catalog_lists_the_assemblys_declarations()
    {
        Assembly assembly = Load(Source);
        var catalog = (PersonalDataCatalog)assembly.GetType("Privacy.Policy.Generated.AssemblyPersonalDataCatalog", throwOnError: true)!
            .GetProperty("Catalog", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        PurposeDeclaration declaration = Assert.Single(catalog.Declarations);
        Assert.Equal((Purpose)(1 << 17), declaration.Purpose);
        Assert.Equal("Loyalty", declaration.Name);
        Assert.Equal(LegalBasis.Consent, declaration.LegalBasis);
        Assert.Equal("Loyalty scheme", declaration.English);
        Assert.Equal(2, catalog.Descriptors.Count);
    }

    [Fact]
    public void A_catalog_without_declarations_omits_them_and_lists_none()
    {
        Assembly assembly = Load(GeneratorSamples.Record);
        var catalog = (PersonalDataCatalog)assembly.GetType("Privacy.Policy.Generated.AssemblyPersonalDataCatalog", throwOnError: true)!
            .GetProperty("Catalog", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        using JsonDocument document = JsonDocument.Parse(CatalogJson(assembly));

        Assert.Empty(catalog.Declarations);
        Assert.False(document.RootElement.TryGetProperty("declarations", out _));
        JsonElement call = Assert.Single(document.RootElement.GetProperty("types").EnumerateArray());
        Assert.Equal("EndOfYear", call.GetProperty("retentionStart").GetString());
        Assert.Equal("na het einde van het \"gespreksjaar\"", call.GetProperty("retentionAnchorText").GetProperty("dutch").GetString());
    }

    private static string CatalogJson(Assembly assembly)
    {
        AssemblyMetadataAttribute attribute = Assert.Single(assembly.GetCustomAttributes<AssemblyMetadataAttribute>(), metadata => metadata.Key == "Privacy.Policy.Catalog");
        Assert.NotNull(attribute.Value);
        return attribute.Value!;
    }

    private static Assembly Load(string source)
    {
        Compilation compilation = GeneratorHarness.Compile(source).WithAssemblyName("CatalogMetadata" + Guid.NewGuid().ToString("N"));
        (Compilation output, _) = GeneratorHarness.Run(compilation);
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;

        // A context of its own: the module initializer that registers the catalog runs only when code touches it.
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(image);
    }

    /// <summary>The strings a catalog may hold besides the consumer's attributes and names: the format, names of enum members and the package's built-in wording.</summary>
    private static HashSet<string> PackageStrings()
    {
        var strings = new HashSet<string>(StringComparer.Ordinal) { "privacy-policy/catalog", "MisterVoip.Shop.Customer", "MisterVoip.Shop.Order" };
        foreach (Type vocabulary in new[] { typeof(Category), typeof(DataFormat), typeof(RedactionKind), typeof(LegalBasis), typeof(Purpose), typeof(RetentionStart), typeof(ProvisionRequirement) })
        {
            strings.UnionWith(Enum.GetNames(vocabulary));
        }

        foreach (Purpose purpose in Enum.GetValues<Purpose>())
        {
            var member = new PersonalDataMember("Probe", Category.Contact, purpose, null, DataFormat.Unspecified, RedactionKind.Erase, exportable: true);
            foreach (PurposeDeclaration declaration in member.Declarations)
            {
                strings.UnionWith(new[] { declaration.Interest, declaration.EnglishInterest, declaration.Dutch, declaration.English }.OfType<string>());
            }
        }

        return strings;
    }

    private static void CollectStrings(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    CollectStrings(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    CollectStrings(item, strings);
                }

                break;
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
        }
    }

    private static void AssertNoNulls(JsonElement element)
    {
        Assert.NotEqual(JsonValueKind.Null, element.ValueKind);
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                AssertNoNulls(property.Value);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                AssertNoNulls(item);
            }
        }
    }
}
