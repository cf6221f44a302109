using System.Collections.Generic;
using System.Linq;
using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;
using static Privacy.Policy.Generators.Emitting.RuntimeDispatchEmitter;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// Writes a record's <c>PrintMembers</c> or a class's <c>ToString</c>: the public members, personal data redacted
/// with no key, so that no log line or debugger view shows it in clear.
/// </summary>
internal static class ToStringEmitter
{
    private const string Redactor = GeneratedNames.Runtime.PersonalDataRedactor;

    public static void WritePrintMembers(SourceWriter writer, PersonalDataType type)
    {
        string modifier = type.BaseIsRecord ? "protected override" : type.IsSealed ? "private" : "protected virtual";
        writer.WriteLine("/// <summary>Writes the public members for <c>ToString</c>, personal data redacted.</summary>");
        writer.WriteLine("/// <param name=\"builder\">The builder <c>ToString</c> writes to.</param>");
        writer.WriteLine("/// <returns>Whether any member was written.</returns>");
        writer.WriteLine(GeneratedCodeAttribute);
        using (writer.Block($"{modifier} bool {GeneratedNames.PrintMembers}(global::System.Text.StringBuilder builder)"))
        {
            // A generated base shows its own members redacted; the compiler's PrintMembers of any other base record
            // would show them in clear, so they are shown here instead.
            List<DataMember> shown = (type.BaseIsRecord && !type.DirectBaseIsGenerated ? type.InheritedMembers.Concat(type.Members) : type.Members)
                .Where(member => member.IsPublic)
                .ToList();
            if (shown.Any(member => OverriddenBelow(type, member) is not null))
            {
                // A member a derived record overrides is shown by that record, as it classifies it: the separator
                // depends on what was shown.
                writer.WriteLine(type.BaseIsRecord && type.DirectBaseIsGenerated
                    ? $"string separator = base.{GeneratedNames.PrintMembers}(builder) ? \", \" : string.Empty;"
                    : "string separator = string.Empty;");
                foreach (DataMember member in shown)
                {
                    using (Guard(writer, type, member))
                    {
                        writer.WriteLine($"builder.Append(separator).Append({Literal(member.Name + " = ")});");
                        writer.WriteLine($"builder.Append({Shown(member)});");
                        writer.WriteLine("separator = \", \";");
                    }
                }

                writer.WriteLine("return separator.Length > 0;");
                return;
            }

            if (type.BaseIsRecord && type.DirectBaseIsGenerated)
            {
                if (shown.Count == 0)
                {
                    writer.WriteLine($"return base.{GeneratedNames.PrintMembers}(builder);");
                    return;
                }

                using (writer.Block($"if (base.{GeneratedNames.PrintMembers}(builder))"))
                {
                    writer.WriteLine("builder.Append(\", \");");
                }

                writer.WriteLine();
            }

            WriteMembers(writer, shown);
            writer.WriteLine(shown.Count > 0 ? "return true;" : "return false;");
        }
    }

    public static void WriteToString(SourceWriter writer, PersonalDataType type)
    {
        writer.WriteLine("/// <summary>The type name and public members, personal data redacted.</summary>");
        writer.WriteLine("/// <returns>The text.</returns>");
        writer.WriteLine(GeneratedCodeAttribute);
        using (writer.Block("public override string ToString()"))
        {
            List<DataMember> shown = type.InheritedMembers.Concat(type.Members).Where(member => member.IsPublic).ToList();
            writer.WriteLine("var builder = new global::System.Text.StringBuilder();");
            writer.WriteLine(type.IsSealed
                ? $"builder.Append({Literal(type.Name + " { ")});"
                : "builder.Append(this.GetType().Name).Append(\" { \");");
            WriteMembers(writer, shown);
            writer.WriteLine(shown.Count > 0 ? "builder.Append(\" }\");" : "builder.Append('}');");
            writer.WriteLine("return builder.ToString();");
        }
    }

    private static void WriteMembers(SourceWriter writer, List<DataMember> members)
    {
        for (int i = 0; i < members.Count; i++)
        {
            DataMember member = members[i];
            writer.WriteLine($"builder.Append({Literal((i == 0 ? string.Empty : ", ") + member.Name + " = ")});");
            writer.WriteLine($"builder.Append({Shown(member)});");
        }
    }

    /// <summary>What <c>ToString</c> shows for a member: redacted with no key when it is personal data.</summary>
    private static string Shown(DataMember member)
    {
        ValueShape value = member.Value;
        string access = "this." + Id(member);
        if (value.Element == ElementKind.Unchanged)
        {
            return $"(object?){access}";
        }

        if (value.Element is ElementKind.Nested or ElementKind.RuntimeChecked && value.Collection == CollectionShape.None)
        {
            // Through the runtime, which shows a back-reference as <cycle>: an entity graph must not overflow the stack.
            return value.ElementType.TrimEnd('?') == "dynamic" ? $"{Redactor}.ShowNested(this, (object?){access})" : $"{Redactor}.ShowNested(this, {access})";
        }

        if (value.Collection != CollectionShape.None)
        {
            return "\"***\"";
        }

        return value.Element switch
        {
            ElementKind.Text => $"{Redactor}.Display.Redact({access}, {VocabularyCode.Format(member.Format)}, {VocabularyCode.Redaction(member.Redaction)})",
            ElementKind.Timestamp or ElementKind.Coordinate => $"({ElementEmitter.Expression(member, access)}).ToString()",
            ElementKind.IpAddress => $"{GeneratedNames.Runtime.ValueMasks}.MaskNetwork({access})?.ToString()",
            _ => "\"***\"",
        };
    }
}
