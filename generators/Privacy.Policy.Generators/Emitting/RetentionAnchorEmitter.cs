using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>Writes <c>GetRetentionAnchor</c>: the value's <c>[RetentionAnchor]</c> member as a local date and time.</summary>
internal static class RetentionAnchorEmitter
{
    public static void Write(SourceWriter writer, PersonalDataType type)
    {
        string self = type.FullyQualifiedName;
        writer.WriteLine("/// <summary>The value's retention anchor as a local date and time in <paramref name=\"zone\"/>, if it has one.</summary>");
        writer.WriteLine("/// <param name=\"value\">The value.</param>");
        writer.WriteLine("/// <param name=\"zone\">The configured time zone.</param>");
        writer.WriteLine("/// <returns>The anchor, or <see langword=\"null\"/>.</returns>");
        writer.WriteLine(GeneratedCodeAttribute);
        using (writer.Block($"public static global::NodaTime.LocalDateTime? {GeneratedNames.GetRetentionAnchor}({self} value, global::NodaTime.DateTimeZone zone)"))
        {
            if (type.RetentionAnchorMember is null)
            {
                writer.WriteLine("return null;");
                return;
            }

            string anchor = "value." + Identifier(type.RetentionAnchorMember);
            const string ToLocal = GeneratedNames.Runtime.RetentionAnchors + ".ToLocal";
            writer.WriteLine(type.RetentionAnchorIsNullable
                ? $"return {anchor}.HasValue ? {ToLocal}({anchor}.GetValueOrDefault(), zone) : null;"
                : $"return {ToLocal}({anchor}, zone);");
        }
    }
}
