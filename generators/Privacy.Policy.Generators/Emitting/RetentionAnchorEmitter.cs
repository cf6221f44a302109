using System.Linq;
using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// Writes <c>GetRetentionAnchor</c>: the value's <c>[RetentionAnchor]</c> member as a local date and time; and, for a
/// type with members whose retention counts from another member (<c>RetentionFrom</c>), <c>GetRetentionFrom</c>: that
/// member's value, by the personal-data member's index in the descriptor, without reflection.
/// </summary>
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

        WriteRetentionFrom(writer, type);
    }

    private static void WriteRetentionFrom(SourceWriter writer, PersonalDataType type)
    {
        // The interface's default answers null for every member: a type none of whose members counts from another
        // member needs no code of its own.
        var counted = DescriptorEmitter.DescribedMembers(type).Select((member, index) => (member, index)).Where(entry => entry.member.RetentionFrom is not null).ToList();
        if (counted.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>The value of the member the personal-data member at <paramref name=\"member\"/> counts its retention from, as a local date and time in <paramref name=\"zone\"/>.</summary>");
        writer.WriteLine("/// <param name=\"value\">The value.</param>");
        writer.WriteLine("/// <param name=\"member\">The member's index in the descriptor.</param>");
        writer.WriteLine("/// <param name=\"zone\">The configured time zone.</param>");
        writer.WriteLine("/// <returns>The moment, or <see langword=\"null\"/> while it is empty (the data is still in use).</returns>");
        writer.WriteLine(GeneratedCodeAttribute);
        using (writer.Block($"public static global::NodaTime.LocalDateTime? {GeneratedNames.GetRetentionFrom}({type.FullyQualifiedName} value, int member, global::NodaTime.DateTimeZone zone)"))
        {
            const string ToLocal = GeneratedNames.Runtime.RetentionAnchors + ".ToLocal";
            using (writer.Block("switch (member)"))
            {
                foreach ((DataMember member, int index) in counted)
                {
                    string from = "value." + Identifier(member.RetentionFrom!);
                    writer.WriteLine(member.RetentionFromIsNullable
                        ? $"case {index}: return {from}.HasValue ? {ToLocal}({from}.GetValueOrDefault(), zone) : null;"
                        : $"case {index}: return {ToLocal}({from}, zone);");
                }

                writer.WriteLine("default: return null;");
            }
        }
    }
}
