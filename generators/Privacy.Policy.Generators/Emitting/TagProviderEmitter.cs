using System.Linq;
using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// Writes <c>RecordPersonalDataTags</c>, the logging tag provider: each public member with its data classification,
/// so that the logging pipeline's redaction handles it.
/// </summary>
internal static class TagProviderEmitter
{
    public static void Write(SourceWriter writer, PersonalDataType type)
    {
        string self = type.FullyQualifiedName;
        const string TagProvider = GeneratedNames.Runtime.PersonalDataTagProvider;
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Adds the public members to a log record, each personal-data member with its classification, so that the");
        writer.WriteLine("/// logging pipeline's redaction masks, pseudonymises or erases it. Use it on a <c>[LoggerMessage]</c> parameter");
        writer.WriteLine($"/// through <see cref=\"{TagProvider}{{T}}\"/>.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine("/// <param name=\"collector\">The tag collector.</param>");
        writer.WriteLine("/// <param name=\"value\">The value being logged.</param>");
        writer.WriteLine(GeneratedCodeAttribute);
        string parameter = IsReference(type) ? $"{self}?" : self;
        using (writer.Block($"public static void {GeneratedNames.RecordPersonalDataTags}(global::Microsoft.Extensions.Logging.ITagCollector collector, {parameter} value)"))
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(collector);");
            if (IsReference(type))
            {
                using (writer.Block("if (value is null)"))
                {
                    writer.WriteLine("return;");
                }

                writer.WriteLine();
            }

            if (IsReference(type) && !type.IsSealed)
            {
                // Held as this type, a value of a derived type is logged by that type's code, as it classifies its
                // members and overrides, never as this type does.
                using (writer.Block($"if (value.GetType() != typeof({self}) && {TagProvider}<{self}>.RecordTagsAsRuntimeType(collector, value))"))
                {
                    writer.WriteLine("return;");
                }

                writer.WriteLine();
            }

            foreach (DataMember member in type.InheritedMembers.Concat(type.Members).Where(member => member.IsPublic))
            {
                if (member.IsPersonal && member.Value.Collection == CollectionShape.None && member.Value.Element is ElementKind.Coordinate or ElementKind.IpAddress)
                {
                    // Masked here: the logging pipeline sees one number or address, which the text rules cannot read.
                    writer.WriteLine($"collector.Add({Literal(member.Name)}, {ElementEmitter.Expression(member, "value." + Id(member))});");
                }
                else if (member.IsPersonal && member.Value.Element != ElementKind.Nested)
                {
                    writer.WriteLine(
                        $"collector.Add({Literal(member.Name)}, value.{Id(member)}, {GeneratedNames.Runtime.RedactionClassifications}.GetSet(" +
                        $"{VocabularyCode.Category(member.Category)}, {VocabularyCode.Format(member.Format)}, {VocabularyCode.Redaction(member.Redaction)}));");
                }
                else
                {
                    // Nested personal data shows itself redacted through its own ToString.
                    writer.WriteLine($"collector.Add({Literal(member.Name)}, value.{Id(member)});");
                }
            }
        }
    }
}
