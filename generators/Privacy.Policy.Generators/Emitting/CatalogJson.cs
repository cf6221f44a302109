using System.Linq;
using Privacy.Policy.Generators.Model;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// The catalog as JSON, format <c>privacy-policy/catalog</c> version 1 (docs/catalog.md): what the descriptors say,
/// from the same model, so the file the build writes and the catalog the assembly registers agree. It describes types
/// only: every string in it is a name or text from an attribute, never a value.
/// </summary>
internal static class CatalogJson
{
    /// <summary>The key of the <c>[assembly: AssemblyMetadata]</c> that carries the JSON, which the build's writer reads.</summary>
    public const string MetadataKey = "Privacy.Policy.Catalog";

    public const string FormatName = "privacy-policy/catalog";

    public const int FormatVersion = 1;

    public static string Write(string assemblyName, EquatableArray<PersonalDataType> types, DeclaredPurposes purposes)
    {
        var json = new JsonBuilder();
        json.StartObject();
        json.String("format", FormatName);
        json.Number("version", FormatVersion);
        json.String("assembly", assemblyName);
        if (purposes.Declared.Count > 0)
        {
            json.Name("declarations");
            json.StartArray();
            foreach (DeclaredPurpose declaration in purposes.Declared)
            {
                WriteDeclaration(json, declaration);
            }

            json.EndArray();
        }

        json.Name("types");
        json.StartArray();
        foreach (PersonalDataType type in types)
        {
            WriteType(json, type, purposes.InForce);
        }

        json.EndArray();
        json.EndObject();
        return json.ToString();
    }

    private static void WriteType(JsonBuilder json, PersonalDataType type, EquatableArray<DeclaredPurpose> purposes)
    {
        json.StartObject();
        json.String("type", type.DisplayName);
        WriteText(json, "serviceArea", type.ServiceAreaDutch, type.ServiceAreaEnglish);
        json.OptionalString("dataSubjectMember", type.DataSubjectMember);
        json.OptionalString("retentionAnchorMember", type.RetentionAnchorMember);
        if (type.RetentionStart != 0)
        {
            json.String("retentionStart", ((RetentionStart)type.RetentionStart).ToString());
        }

        WriteText(json, "retentionAnchorText", type.RetentionAnchorDutch, type.RetentionAnchorEnglish);
        string[] unclassified = type.InheritedMembers.Concat(type.Members).Where(member => member.IsUnclassified).Select(member => member.Name).ToArray();
        if (unclassified.Length > 0)
        {
            json.Name("unclassifiedMembers");
            json.StartArray();
            foreach (string name in unclassified)
            {
                json.String(name);
            }

            json.EndArray();
        }

        json.Name("members");
        json.StartArray();
        foreach (DataMember member in DescriptorEmitter.DescribedMembers(type))
        {
            WriteMember(json, member, purposes);
        }

        json.EndArray();
        json.EndObject();
    }

    private static void WriteMember(JsonBuilder json, DataMember member, EquatableArray<DeclaredPurpose> purposes)
    {
        json.StartObject();
        json.String("name", member.Name);
        json.String("category", ((Category)member.Category).ToString());
        json.Number("purposes", member.Purposes);
        json.OptionalString("retention", member.Retention);
        json.String("format", ((DataFormat)member.Format).ToString());
        json.String("redaction", ((RedactionKind)member.Redaction).ToString());
        json.Boolean("exportable", member.Exportable);
        if (member.RetentionFrom is not null)
        {
            json.String("retentionFrom", member.RetentionFrom);
            if (member.RetentionFromStart != 0)
            {
                json.String("retentionFromStart", ((RetentionStart)member.RetentionFromStart).ToString());
            }

            WriteText(json, "retentionFromText", member.RetentionFromDutch, member.RetentionFromEnglish);
        }

        // As the descriptor resolves them (DescriptorEmitter): none for a member without purposes.
        json.Name("declarations");
        json.StartArray();
        if (member.Purposes != 0)
        {
            foreach (DeclaredPurpose declaration in Semantics.PurposeResolution.For(member.Purposes, member.LegalBasis, member.Interest, purposes))
            {
                WriteDeclaration(json, declaration);
            }
        }

        json.EndArray();
        json.EndObject();
    }

    private static void WriteDeclaration(JsonBuilder json, DeclaredPurpose declaration)
    {
        json.StartObject();
        json.Number("purpose", declaration.Purpose);
        json.String("name", declaration.Name);
        json.String("legalBasis", ((LegalBasis)declaration.LegalBasis).ToString());
        json.OptionalString("interest", declaration.Interest);
        json.OptionalString("englishInterest", declaration.EnglishInterest);
        json.OptionalString("dutch", declaration.Dutch);
        json.OptionalString("english", declaration.English);
        if (declaration.Requirement != 0)
        {
            json.String("requirement", ((ProvisionRequirement)declaration.Requirement).ToString());
        }

        json.EndObject();
    }

    /// <summary>A pair of Dutch and English words, written only when both are given, as the descriptor takes them.</summary>
    private static void WriteText(JsonBuilder json, string name, string? dutch, string? english)
    {
        if (dutch is null || english is null)
        {
            return;
        }

        json.Name(name);
        json.StartObject();
        json.String("dutch", dutch);
        json.String("english", english);
        json.EndObject();
    }
}
