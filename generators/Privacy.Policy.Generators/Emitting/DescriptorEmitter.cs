using System.Collections.Generic;
using System.Linq;
using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>Writes the static <c>Descriptor</c>: the type's members with their classification, subject and retention.</summary>
internal static class DescriptorEmitter
{
    /// <summary>The members the descriptor lists, in its order: erasure keeps a member by its index in this list.</summary>
    public static IEnumerable<DataMember> DescribedMembers(PersonalDataType type)
        => type.InheritedMembers.Concat(type.Members).Where(member => member.IsPersonal && !member.IsUnclassified);

    public static void Write(SourceWriter writer, PersonalDataType type, EquatableArray<DeclaredPurpose> purposes)
    {
        writer.WriteLine("/// <summary>The personal data this type holds: its members, categories, purposes, retention and redaction.</summary>");
        writer.WriteLine(GeneratedCodeAttribute);
        string modifier = type.PersonalBaseType is null ? "public static" : "public static new";
        writer.WriteLine($"{modifier} {GeneratedNames.Runtime.PersonalDataDescriptor} {GeneratedNames.Descriptor} {{ get; }} = new(");
        writer.WriteLine($"    \"{type.DisplayName}\",");
        writer.WriteLine($"    new {GeneratedNames.Runtime.PersonalDataMember}[]");
        writer.WriteLine("    {");
        foreach (DataMember member in DescribedMembers(type))
        {
            string retention = member.Retention is null ? "null" : Literal(member.Retention);
            writer.WriteLine(
                $"        new(\"{member.Name}\", {VocabularyCode.Category(member.Category)}, {VocabularyCode.Purposes(member.Purposes)}, {retention}, " +
                $"{VocabularyCode.Format(member.Format)}, {VocabularyCode.Redaction(member.Redaction)}, exportable: {(member.Exportable ? "true" : "false")})" +
                (member.Purposes == 0 && member.RetentionFrom is null ? "," : string.Empty));
            if (member.Purposes != 0 || member.RetentionFrom is not null)
            {
                writer.WriteLine("        {");
                if (member.RetentionFrom is not null)
                {
                    writer.WriteLine($"            RetentionFrom = {Literal(member.RetentionFrom)},");
                    writer.WriteLine($"            RetentionFromStart = {VocabularyCode.RetentionStart(member.RetentionFromStart)},");
                    if (member.RetentionFromDutch is { } fromDutch && member.RetentionFromEnglish is { } fromEnglish)
                    {
                        writer.WriteLine($"            RetentionFromText = new {GeneratedNames.Runtime.RetentionAnchorText}({Literal(fromDutch)}, {Literal(fromEnglish)}),");
                    }
                }

                if (member.Purposes != 0)
                {
                    WriteDeclarations(writer, member, purposes);
                }

                writer.WriteLine("        },");
            }
        }

        writer.WriteLine("    },");
        writer.WriteLine($"    dataSubjectMember: {(type.DataSubjectMember is null ? "null" : Literal(type.DataSubjectMember))},");
        writer.WriteLine($"    retentionAnchorMember: {(type.RetentionAnchorMember is null ? "null" : Literal(type.RetentionAnchorMember))},");
        var optional = new List<string> { $"retentionStart: {VocabularyCode.RetentionStart(type.RetentionStart)}" };
        if (type.ServiceAreaDutch is { } dutch && type.ServiceAreaEnglish is { } english)
        {
            optional.Add($"serviceArea: new {GeneratedNames.Runtime.ServiceArea}({Literal(dutch)}, {Literal(english)})");
        }

        if (type.RetentionAnchorDutch is { } anchorDutch && type.RetentionAnchorEnglish is { } anchorEnglish)
        {
            optional.Add($"retentionAnchorText: new {GeneratedNames.Runtime.RetentionAnchorText}({Literal(anchorDutch)}, {Literal(anchorEnglish)})");
        }

        string[] unclassified = type.InheritedMembers.Concat(type.Members).Where(member => member.IsUnclassified).Select(member => Literal(member.Name)).ToArray();
        if (unclassified.Length > 0)
        {
            optional.Add($"unclassifiedMembers: new string[] {{ {string.Join(", ", unclassified)} }}");
        }

        for (int i = 0; i < optional.Count; i++)
        {
            writer.WriteLine($"    {optional[i]}{(i == optional.Count - 1 ? ");" : ",")}");
        }
    }

    /// <summary>
    /// The member's purposes as resolved for it (its own basis, else the declarations, else the built-in rows), so
    /// the runtime prints the real basis without reflection, a company purpose with its name and wording included.
    /// </summary>
    private static void WriteDeclarations(SourceWriter writer, DataMember member, EquatableArray<DeclaredPurpose> purposes)
    {
        DeclaredPurpose[] resolved = Semantics.PurposeResolution.For(member.Purposes, member.LegalBasis, member.Interest, purposes).ToArray();
        writer.WriteLine($"            Declarations = new {GeneratedNames.Runtime.PurposeDeclaration}[]");
        writer.WriteLine("            {");
        foreach (DeclaredPurpose purpose in resolved)
        {
            writer.WriteLine($"                {Declaration(purpose)},");
        }

        writer.WriteLine("            },");
    }

    /// <summary>A target-typed <c>new(...)</c> of a <c>PurposeDeclaration</c> with its optional wording, for a member's or the catalog's list.</summary>
    public static string Declaration(DeclaredPurpose purpose)
    {
        var named = new List<string>();
        Add(named, "Interest", purpose.Interest);
        Add(named, "EnglishInterest", purpose.EnglishInterest);
        Add(named, "Dutch", purpose.Dutch);
        Add(named, "English", purpose.English);
        if (purpose.Requirement != 0)
        {
            named.Add($"Requirement = {VocabularyCode.Requirement(purpose.Requirement)}");
        }

        string init = named.Count == 0 ? string.Empty : " { " + string.Join(", ", named) + " }";
        return $"new({VocabularyCode.Purposes(purpose.Purpose)}, {Literal(purpose.Name)}, {VocabularyCode.LegalBasis(purpose.LegalBasis)}){init}";

        static void Add(List<string> named, string name, string? value)
        {
            if (value is not null)
            {
                named.Add($"{name} = {Literal(value)}");
            }
        }
    }
}
