using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using MisterVoip;
using Privacy.Policy.Processing;
using Xunit;

namespace Privacy.Policy.Tests.Classification;

/// <summary>
/// The catalog's JSON (format privacy-policy/catalog, version 1): what the build writes for each service and what the
/// company-wide merge reads. Reading what was written gives back a catalog that writes the same JSON and renders the
/// same statement and record; reading anything else fails naming the JSON path, never a value.
/// </summary>
public sealed class PersonalDataCatalogJsonTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "privacy-catalog-1.schema.json"))));

    public static TheoryData<string> LoadedAssemblies()
    {
        var data = new TheoryData<string>();
        foreach (PersonalDataCatalog catalog in AllCatalogs())
        {
            data.Add(catalog.AssemblyName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LoadedAssemblies))]
    public void A_generated_catalog_reads_back_to_the_same_json_and_matches_the_schema(string assembly)
    {
        PersonalDataCatalog catalog = AllCatalogs().Single(c => c.AssemblyName == assembly);
        string json = catalog.ToJson();

        PersonalDataCatalog read = PersonalDataCatalog.FromJson(json);

        Assert.Equal(json, read.ToJson());
        Assert.Equal(catalog.Descriptors.Count, read.Descriptors.Count);
        AssertValid(json);
    }

    /// <summary>
    /// The generator writes the catalog into the assembly's metadata (what the build copies to
    /// <c>&lt;Name&gt;.privacy-catalog.json</c>) with its own JSON writer; the runtime writes it from the registered
    /// descriptors. Both must say the same thing, or the company's statement would differ from the service's.
    /// </summary>
    [Theory]
    [MemberData(nameof(LoadedAssemblies))]
    public void The_catalog_the_build_embeds_says_what_the_runtime_catalog_says(string assembly)
    {
        PersonalDataCatalog catalog = AllCatalogs().Single(c => c.AssemblyName == assembly);
        string embedded = AppDomain.CurrentDomain.GetAssemblies()
            .Single(loaded => loaded.GetName().Name == assembly)
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "Privacy.Policy.Catalog")
            .Value!;

        JsonNode? fromBuild = JsonNode.Parse(embedded);
        JsonNode? fromRuntime = JsonNode.Parse(catalog.ToJson());

        Assert.True(
            JsonNode.DeepEquals(fromBuild, fromRuntime),
            $"The embedded catalog of {assembly} differs from the runtime's:\n{fromBuild?.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}\n---\n{fromRuntime?.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
        AssertValid(embedded);
        Assert.Equal(JsonNode.Parse(embedded)!.ToJsonString(), JsonNode.Parse(PersonalDataCatalog.FromJson(embedded).ToJson())!.ToJsonString());
    }

    [Fact]
    public void The_sample_catalog_read_back_renders_the_same_statement_and_record()
    {
        PersonalDataCatalog original = MisterVoipPolicy.Catalog;
        PersonalDataCatalog read = PersonalDataCatalog.FromJson(original.ToJson());
        var options = new PrivacyPolicyOptions();
        MisterVoipPolicy.Configure(options);

        foreach (StatementLanguage language in new[] { StatementLanguage.Dutch, StatementLanguage.English })
        {
            Assert.Equal(PrivacyStatement.Create([original], options).ToMarkdown(language), PrivacyStatement.Create([read], options).ToMarkdown(language));
        }

        Assert.Equal(RecordOfProcessingActivities.Create([original], options).ToMarkdown(), RecordOfProcessingActivities.Create([read], options).ToMarkdown());
        Assert.Equal(RecordOfProcessingActivities.Create([original], options).ToJson(), RecordOfProcessingActivities.Create([read], options).ToJson());
    }

    [Fact]
    public void The_written_json_holds_the_sample_as_the_format_says()
    {
        JsonNode root = JsonNode.Parse(MisterVoipPolicy.Catalog.ToJson())!;
        Assert.Equal("privacy-policy/catalog", (string?)root["format"]);
        Assert.Equal(1, (int?)root["version"]);
        Assert.Equal("MisterVoip", (string?)root["assembly"]);

        JsonArray types = root["types"]!.AsArray();
        List<string> names = types.Select(type => (string)type!["type"]!).ToList();
        Assert.Equal(names.OrderBy(name => name, StringComparer.Ordinal), names);

        JsonNode ticket = types.Single(type => (string?)type!["type"] == "MisterVoip.Domain.SupportTicket")!;
        Assert.Equal("CustomerNumber", (string?)ticket["dataSubjectMember"]);
        Assert.Equal("after the ticket was opened", (string?)ticket["retentionAnchorText"]!["english"]);
        Assert.Null(ticket["retentionStart"]); // AtAnchor is the default: left out, never null
        JsonNode number = ticket["members"]![0]!;
        Assert.Equal("Identity", (string?)number["category"]);
        Assert.Equal((int)Purpose.Support, (int?)number["purposes"]);
        Assert.Equal("Pseudonymize", (string?)number["redaction"]);
        Assert.Equal("Support", (string?)number["declarations"]![0]!["name"]);
        Assert.Equal("Contract", (string?)number["declarations"]![0]!["legalBasis"]);
    }

    [Fact]
    public void Assembly_declarations_and_member_retention_moments_survive_the_round_trip()
    {
        var company = new PurposeDeclaration((Purpose)(1 << 16), "NetworkPlanning", LegalBasis.LegitimateInterest)
        {
            Interest = "Het netwerk plannen",
            EnglishInterest = "Planning the network",
            Requirement = ProvisionRequirement.None,
        };
        var security = new PurposeDeclaration(Purpose.Security, "Security", LegalBasis.LegitimateInterest) { Dutch = "Misbruik", English = "Abuse", Requirement = ProvisionRequirement.Contractual };
        var member = new PersonalDataMember("CalledNumber", Category.Usage, Purpose.Security | (Purpose)(1 << 16), "P6M", DataFormat.PhoneNumber, RedactionKind.Mask, true)
        {
            RetentionFrom = "InvoicedAt",
            RetentionFromStart = RetentionStart.EndOfYear,
            RetentionFromText = new RetentionAnchorText("na de factuurdatum", "after the invoice date"),
            Declarations = [security, company],
        };
        var descriptor = new PersonalDataDescriptor("Acme.Call", [member], "CustomerId", "StartedAt", RetentionStart.EndOfMonth,
            new ServiceArea("Bellen", "Calls"), new RetentionAnchorText("na het gesprek", "after the call"), ["Email"]);
        var catalog = new PersonalDataCatalog("Acme", [descriptor]) { Declarations = [security, company] };

        PersonalDataCatalog read = PersonalDataCatalog.FromJson(catalog.ToJson());

        Assert.Equal(["Security", "NetworkPlanning"], read.Declarations.Select(d => d.Name));
        Assert.Equal("Planning the network", read.Declarations[1].EnglishInterest);
        Assert.Equal(ProvisionRequirement.Contractual, read.Declarations[0].Requirement);
        PersonalDataDescriptor type = Assert.Single(read.Descriptors);
        Assert.Equal(new ServiceArea("Bellen", "Calls"), type.ServiceArea);
        Assert.Equal(RetentionStart.EndOfMonth, type.RetentionStart);
        Assert.Equal(["Email"], type.UnclassifiedMembers);
        PersonalDataMember called = Assert.Single(type.Members);
        Assert.Equal("InvoicedAt", called.RetentionFrom);
        Assert.Equal(RetentionStart.EndOfYear, called.RetentionFromStart);
        Assert.Equal("after the invoice date", called.RetentionFromText!.English);
        Assert.Equal([LegalBasis.LegitimateInterest], called.LegalBases);
        Assert.Equal(catalog.ToJson(), read.ToJson());
        AssertValid(read.ToJson());
    }

    /// <summary>A value added to a vocabulary enum must be added to the schema too, or catalogs using it fail validation.</summary>
    [Fact]
    public void The_schema_lists_every_name_of_the_vocabulary_enums()
    {
        JsonNode member = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "privacy-catalog-1.schema.json")))!
            .AsObject().Select(pair => pair.Value).OfType<JsonObject>().SelectMany(Descendants)
            .First(node => node["properties"]?["format"] is not null && node["properties"]?["redaction"] is not null)["properties"]!;

        Assert.Equal(Enum.GetNames<Category>().Order(), Names(member["category"]!).Order());
        Assert.Equal(Enum.GetNames<DataFormat>().Order(), Names(member["format"]!).Order());
        Assert.Equal(Enum.GetNames<RedactionKind>().Order(), Names(member["redaction"]!).Order());

        static IEnumerable<string> Names(JsonNode property) => property["enum"]!.AsArray().Select(name => name!.GetValue<string>());

        static IEnumerable<JsonObject> Descendants(JsonObject node)
            => new[] { node }.Concat(node.Select(pair => pair.Value).OfType<JsonObject>().SelectMany(Descendants));
    }

    [Property(MaxTest = 200)]
    public Property Random_member_sets_read_back_to_the_same_json()
        => Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            PersonalDataCatalog catalog = RandomCatalog(new Random(seed));
            string json = catalog.ToJson();
            return PersonalDataCatalog.FromJson(json).ToJson() == json && Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement).IsValid;
        });

    [Theory]
    [InlineData("format", "\"privacy-policy/export\"", "$.format")]
    [InlineData("version", "2", "$.version")]
    [InlineData("types[0].members[0].category", "\"Usagee\"", "$.types[0].members[0].category")]
    [InlineData("types[0].members[0].category", "\"6\"", "$.types[0].members[0].category")]
    [InlineData("types[0].members[0].redaction", "\"mask\"", "$.types[0].members[0].redaction")]
    [InlineData("types[0].members[0].purposes", "512", "$.types[0].members[0].purposes")]
    [InlineData("types[0].members[0].declarations[0].purpose", "3", "$.types[0].members[0].declarations[0].purpose")]
    [InlineData("types[0].members[0].declarations[0].legalBasis", "\"Vital\"", "$.types[0].members[0].declarations[0].legalBasis")]
    [InlineData("types[0].retentionStart", "\"EndOfWeek\"", "$.types[0].retentionStart")]
    [InlineData("types[0].members[0].declarations[0].purpose", "128", "$.types[0].members[0]")] // a purpose the member is not processed for
    public void A_wrong_value_fails_naming_its_path_not_the_value(string property, string replacement, string path)
    {
        JsonNode root = JsonNode.Parse(SmallCatalog().ToJson())!;
        Set(root, property, JsonNode.Parse(replacement));

        FormatException exception = Assert.Throws<FormatException>(() => PersonalDataCatalog.FromJson(root.ToJsonString()));

        Assert.StartsWith(path + " ", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(replacement.Trim('"'), exception.Message.Replace(path, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("types[0].members[0]", "category")]
    [InlineData("types[0].members[0]", "declarations")]
    [InlineData("types[0].members[0]", "exportable")]
    [InlineData("types[0]", "type")]
    [InlineData("", "types")]
    [InlineData("", "assembly")]
    public void A_missing_required_property_fails_naming_it(string parent, string property)
    {
        JsonNode root = JsonNode.Parse(SmallCatalog().ToJson())!;
        JsonObject owner = (parent.Length == 0 ? root : Find(root, parent)).AsObject();
        owner.Remove(property);

        FormatException exception = Assert.Throws<FormatException>(() => PersonalDataCatalog.FromJson(root.ToJsonString()));

        Assert.Equal($"{(parent.Length == 0 ? "$" : "$." + parent)}.{property} is missing.", exception.Message);
    }

    [Fact]
    public void Text_that_is_not_json_fails_with_a_format_exception()
        => Assert.Throws<FormatException>(() => PersonalDataCatalog.FromJson("{ \"format\": "));

    internal static PersonalDataCatalog RandomCatalog(Random random)
    {
        Category[] categories = Enum.GetValues<Category>();
        DataFormat[] formats = Enum.GetValues<DataFormat>();
        RedactionKind[] redactions = [RedactionKind.Erase, RedactionKind.Mask, RedactionKind.Pseudonymize];
        string?[] retentions = [null, "P6M", "P1Y", "P7Y", "PT48H"];
        var types = new List<PersonalDataDescriptor>();
        for (int t = random.Next(0, 4); t > 0; t--)
        {
            var members = new List<PersonalDataMember>();
            for (int m = random.Next(0, 5); m > 0; m--)
            {
                Purpose purposes = (Purpose)(random.Next(0, 1 << 9) | (random.Next(2) == 0 ? 0 : 1 << random.Next(16, 31)));
                var declarations = new List<PurposeDeclaration>();
                for (int bit = 0; bit < 31; bit++)
                {
                    var flag = (Purpose)(1 << bit);
                    if ((purposes & flag) != 0 && random.Next(3) > 0)
                    {
                        declarations.Add(new PurposeDeclaration(flag, "Purpose" + bit, (LegalBasis)random.Next(1, 5))
                        {
                            Interest = random.Next(2) == 0 ? null : "belang \"" + bit + "\" één",
                            English = random.Next(2) == 0 ? null : "purpose <" + bit + ">",
                            Requirement = (ProvisionRequirement)random.Next(0, 4),
                        });
                    }
                }

                bool from = random.Next(2) == 0;
                members.Add(new PersonalDataMember("Member" + m, categories[random.Next(categories.Length)], purposes, retentions[random.Next(retentions.Length)],
                    formats[random.Next(formats.Length)], redactions[random.Next(redactions.Length)], random.Next(2) == 0)
                {
                    RetentionFrom = from ? "Closed" : null,
                    RetentionFromStart = from ? (RetentionStart)random.Next(0, 4) : RetentionStart.AtAnchor,
                    RetentionFromText = from && random.Next(2) == 0 ? new RetentionAnchorText("na sluiten", "after closing") : null,
                    Declarations = declarations,
                });
            }

            types.Add(new PersonalDataDescriptor("Acme.Type" + random.Next(0, 1000), members,
                random.Next(2) == 0 ? "Member1" : null, random.Next(2) == 0 ? "Opened" : null, (RetentionStart)random.Next(0, 4),
                random.Next(2) == 0 ? null : new ServiceArea("Gebied", "Area"),
                random.Next(2) == 0 ? null : new RetentionAnchorText("na openen", "after opening"),
                random.Next(3) == 0 ? ["Email", "PhoneNumber"] : null));
        }

        return new PersonalDataCatalog("Acme", types.OrderBy(type => type.TypeName, StringComparer.Ordinal).ToArray());
    }

    private static PersonalDataCatalog SmallCatalog()
    {
        var member = new PersonalDataMember("Email", Category.Contact, Purpose.Support, "P1Y", DataFormat.EmailAddress, RedactionKind.Mask, true);
        return new PersonalDataCatalog("Acme", [new PersonalDataDescriptor("Acme.Ticket", [member], retentionStart: RetentionStart.EndOfDay)]);
    }

    private static IEnumerable<PersonalDataCatalog> AllCatalogs()
    {
        _ = MisterVoipPolicy.Catalog; // loads the sample, so its catalog is registered
        return PersonalDataCatalog.Loaded;
    }

    private static void AssertValid(string json)
    {
        EvaluationResults result = Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    private static JsonNode Find(JsonNode root, string path)
    {
        JsonNode node = root;
        foreach (string part in path.Split('.'))
        {
            int bracket = part.IndexOf('[', StringComparison.Ordinal);
            node = bracket < 0 ? node[part]! : node[part[..bracket]]![int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return node;
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        int dot = path.LastIndexOf('.');
        JsonNode parent = dot < 0 ? root : Find(root, path[..dot]);
        string last = dot < 0 ? path : path[(dot + 1)..];
        int bracket = last.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            parent[last] = value;
        }
        else
        {
            parent[last[..bracket]]![int.Parse(last[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
    }
}
