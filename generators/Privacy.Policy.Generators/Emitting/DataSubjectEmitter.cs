using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>Writes <c>GetDataSubject</c>: the id of the person a value is about, from its <c>[DataSubject]</c> member.</summary>
internal static class DataSubjectEmitter
{
    public static void Write(SourceWriter writer, PersonalDataType type)
    {
        string self = type.FullyQualifiedName;
        writer.WriteLine("/// <summary>The id of the person the value is about, from its <c>[DataSubject]</c> member, if it has one.</summary>");
        writer.WriteLine("/// <param name=\"value\">The value.</param>");
        writer.WriteLine("/// <returns>The id as text, or <see langword=\"null\"/>.</returns>");
        writer.WriteLine(GeneratedCodeAttribute);
        using (writer.Block($"public static string? {GeneratedNames.GetDataSubject}({self} value)"))
        {
            if (type.DataSubjectMember is null)
            {
                writer.WriteLine("return null;");
                return;
            }

            string subject = "value." + Identifier(type.DataSubjectMember);
            writer.WriteLine(type.DataSubjectIsString
                ? $"return {subject};"
                : $"return {subject} is {{ }} subject ? global::System.Convert.ToString(subject, global::System.Globalization.CultureInfo.InvariantCulture) : null;");
        }
    }
}
