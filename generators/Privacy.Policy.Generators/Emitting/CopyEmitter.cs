using System.Collections.Generic;
using System.Linq;
using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;
using static Privacy.Policy.Generators.Emitting.RuntimeDispatchEmitter;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// Writes one copying operation (<c>Redact</c> or <c>Project</c>, as <see cref="CopyOperation"/> says): the static
/// method, and the virtual method through which derived types copy their own members, by the type's copy strategy.
/// </summary>
internal static class CopyEmitter
{
    public static void Write(SourceWriter writer, PersonalDataType type, CopyOperation op)
    {
        string self = type.FullyQualifiedName;
        List<DataMember> redacted = type.InheritedMembers.Concat(type.Members).Where(member => member.RedactedHere && IsRedacted(member)).ToList();
        bool virtualWith = type.Copy == CopyStrategy.With && type.Shape == TypeShape.Record && IsOverridable(type);

        writer.WriteLine($"/// <summary>{op.Summary}</summary>");
        writer.WriteLine($"/// <param name=\"value\">The value to {op.Name.ToLowerInvariant()}; it is not changed.</param>");
        writer.WriteLine($"/// <param name=\"{op.Parameter}\">{op.ParameterDoc}</param>");
        writer.WriteLine($"/// <returns>The {op.Past} copy.</returns>");
        writer.WriteLine(GeneratedCodeAttribute);
        using (writer.Block($"public static {self} {op.Name}({self} value, {op.ParameterType} {op.Parameter})"))
        {
            if (IsReference(type))
            {
                writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(value);");
            }

            writer.WriteLine($"global::System.ArgumentNullException.ThrowIfNull({op.Parameter});");
            if (op.DecidesByDescriptor && HasRuntimeDispatch(type) && !type.IsSealed)
            {
                // Held as this type, a value of a derived type with generated code of its own is erased (or
                // disclosed) by that code and decided by that type's descriptor, never by this one's.
                using (writer.Block($"if (value.GetType() != typeof({self}) && value.{GeneratedNames.ProjectAsRuntimeType}({op.Parameter}, typeof({self})) is {{ }} asRuntimeType)"))
                {
                    writer.WriteLine($"return ({self})asRuntimeType;");
                }
            }

            switch (type.Copy)
            {
                case CopyStrategy.With when virtualWith:
                    writer.WriteLine($"return ({self})value.{op.CopyMethod}({op.Parameter});");
                    break;
                case CopyStrategy.With:
                    WriteWith(writer, "return value", "value", redacted, op);
                    CollectionCopyEmitter.Write(writer, redacted, op);
                    break;
                case CopyStrategy.Clone:
                    writer.WriteLine($"var copy = ({self})value.MemberwiseClone();");
                    writer.WriteLine($"copy.{op.MembersMethod}({op.Parameter});");
                    writer.WriteLine("return copy;");
                    break;
                case CopyStrategy.Initializer:
                    WriteInitializer(writer, type, op);
                    break;
                default:
                    writer.WriteLine($"throw new global::System.NotSupportedException(\"{type.DisplayName} cannot be copied for redaction; see diagnostic PRIV007.\");");
                    break;
            }
        }

        if (virtualWith)
        {
            WriteCopyMethod(writer, type, op, redacted);
        }

        if (type.Copy == CopyStrategy.Clone)
        {
            WriteMembersMethod(writer, type, op, redacted);
        }
    }

    /// <summary>Whether the operation touches the member's value at all.</summary>
    private static bool IsRedacted(DataMember member) => member.Value.Element != ElementKind.Unchanged;

    /// <summary>A type copied with an object initializer: every member set, the personal ones through the operation.</summary>
    private static void WriteInitializer(SourceWriter writer, PersonalDataType type, CopyOperation op)
    {
        string self = type.FullyQualifiedName;
        if (!type.IsSealed)
        {
            using (writer.Block($"if (value.GetType() != typeof({self}))"))
            {
                writer.WriteLine($"throw new global::System.NotSupportedException(\"{type.DisplayName} is copied with an object initializer, which cannot copy a derived type.\");");
            }
        }

        List<DataMember> all = type.InheritedMembers.Concat(type.Members).ToList();
        using (writer.Initializer($"return new {self}"))
        {
            foreach (DataMember member in all)
            {
                writer.WriteLine($"{Id(member)} = {MemberExpression(member, "value." + Id(member), op)},");
            }
        }

        CollectionCopyEmitter.Write(writer, all.Where(IsRedacted).ToList(), op);
    }

    /// <summary>A record's virtual <c>RedactedCopy</c> or <c>ProjectedCopy</c>: derived records copy their own members too.</summary>
    private static void WriteCopyMethod(SourceWriter writer, PersonalDataType type, CopyOperation op, List<DataMember> redacted)
    {
        string self = type.FullyQualifiedName;
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Returns a {op.Past} copy of this instance; derived records {op.Name.ToLowerInvariant()} their own members too.</summary>");
        writer.WriteLine($"/// <param name=\"{op.Parameter}\">{op.ParameterDoc}</param>");
        writer.WriteLine($"/// <returns>The {op.Past} copy.</returns>");
        writer.WriteLine(GeneratedCodeAttribute);
        using (writer.Block($"{OverridingModifier(type)} {self} {op.CopyMethod}({op.ParameterType} {op.Parameter})"))
        {
            if (type.PersonalBaseType is not null)
            {
                writer.WriteLine($"var copy = ({self})base.{op.CopyMethod}({op.Parameter});");
                WriteWith(writer, "return copy", "copy", redacted, op, type);
            }
            else
            {
                WriteWith(writer, "return this", "this", redacted, op, type);
            }

            CollectionCopyEmitter.Write(writer, redacted, op);
        }
    }

    /// <summary>A cloned class's <c>RedactMembers</c> or <c>ProjectMembers</c>, which changes the fresh clone in place.</summary>
    private static void WriteMembersMethod(SourceWriter writer, PersonalDataType type, CopyOperation op, List<DataMember> redacted)
    {
        writer.WriteLine();
        writer.WriteLine($"/// <summary>{op.MembersSummary}</summary>");
        writer.WriteLine($"/// <param name=\"{op.Parameter}\">{op.ParameterDoc}</param>");
        writer.WriteLine(GeneratedCodeAttribute);
        string modifier = type.PersonalBaseType is not null ? "protected override" : type.IsSealed ? "private" : "protected virtual";
        using (writer.Block($"{modifier} void {op.MembersMethod}({op.ParameterType} {op.Parameter})"))
        {
            if (type.PersonalBaseType is not null)
            {
                writer.WriteLine($"base.{op.MembersMethod}({op.Parameter});");
            }

            foreach (DataMember member in redacted)
            {
                using (Guard(writer, type, member))
                {
                    writer.WriteLine($"this.{Id(member)} = {MemberExpression(member, "this." + Id(member), op)};");
                }
            }

            CollectionCopyEmitter.Write(writer, redacted, op);
        }
    }

    private static void WriteWith(SourceWriter writer, string prefix, string source, List<DataMember> redacted, CopyOperation op, PersonalDataType? guarded = null)
    {
        if (redacted.Count == 0)
        {
            writer.WriteLine(prefix + ";");
            return;
        }

        using (writer.Initializer(prefix + " with"))
        {
            foreach (DataMember member in redacted)
            {
                string access = source + "." + Id(member);
                writer.WriteLine(guarded is not null && OverriddenBelow(guarded, member) is { } overridden
                    ? $"{Id(member)} = {overridden} ? {access} : {MemberExpression(member, access, op)},"
                    : $"{Id(member)} = {MemberExpression(member, access, op)},");
            }
        }
    }

    /// <summary>The expression that redacts or erases one member read through <paramref name="access"/>.</summary>
    private static string MemberExpression(DataMember member, string access, CopyOperation op)
    {
        if (op.KindOf(member) == ElementKind.Unchanged)
        {
            return access;
        }

        string expression = member.Value.Collection == CollectionShape.None
            ? ElementEmitter.Expression(member, access, op)
            : $"{CollectionCopyEmitter.FunctionName(member, op)}({access}, {op.Parameter})";
        return op.KeepCondition(member) is { } keep ? $"{keep} ? {access} : {expression}" : expression;
    }
}
