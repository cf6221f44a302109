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

    /// <summary>The initializer naming the member's retention counts from, if it names one.</summary>
    private static string RetentionFrom(DataMember member)
        => member.RetentionFrom is null
            ? string.Empty
            : $" {{ RetentionFrom = {Literal(member.RetentionFrom)}, RetentionFromStart = {VocabularyCode.RetentionStart(member.RetentionFromStart)} }}";

    public static void Write(SourceWriter writer, PersonalDataType type)
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
                $"{VocabularyCode.Format(member.Format)}, {VocabularyCode.Redaction(member.Redaction)}, exportable: {(member.Exportable ? "true" : "false")}){RetentionFrom(member)},");
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
}
