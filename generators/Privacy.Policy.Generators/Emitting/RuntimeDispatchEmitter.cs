using System.Linq;
using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// Dispatch by runtime type: the two virtual methods that let a base type's generated code ask a value which type
/// declares a member and erase it with its own type's code, and the guards the other emitters put around a member a
/// derived type may override.
/// </summary>
internal static class RuntimeDispatchEmitter
{
    /// <summary>
    /// Whether the type takes part in dispatch by runtime type: a class or record that can be derived from or derives
    /// from a personal-data type. Its generated code asks the value which type declares each overridable member and
    /// lets the value's own type erase it.
    /// </summary>
    public static bool HasRuntimeDispatch(PersonalDataType type) => IsReference(type) && IsOverridable(type);

    /// <summary>
    /// Whether the type's per-member work goes through a virtual instance method: it may be derived from, or it derives
    /// from a personal-data type whose method it overrides.
    /// </summary>
    public static bool IsOverridable(PersonalDataType type) => !type.IsSealed || type.PersonalBaseType is not null;

    /// <summary>The modifier of such a method: it overrides the personal-data base's, or it is the first.</summary>
    public static string OverridingModifier(PersonalDataType type)
        => type.PersonalBaseType is not null ? "protected override" : "protected virtual";

    /// <summary>
    /// The condition under which the type's instance code leaves <paramref name="member"/> to a more derived type (a
    /// stored <c>override</c> there replaces it, with its own classification); <see langword="null"/> when no
    /// derived type can override it.
    /// </summary>
    public static string? OverriddenBelow(PersonalDataType type, DataMember member)
        => member.IsVirtual && HasRuntimeDispatch(type)
            ? $"this.{GeneratedNames.OverridesPersonalDataMember}({Literal(member.Name)}, typeof({type.FullyQualifiedName}))"
            : null;

    /// <summary>Opens <c>if (!overridden) { ... }</c> around the code for <paramref name="member"/> when a derived type may override it.</summary>
    public static SourceWriter.Scope? Guard(SourceWriter writer, PersonalDataType type, DataMember member)
        => OverriddenBelow(type, member) is { } overridden ? writer.Block($"if (!{overridden})") : null;

    /// <summary>
    /// Writes the two virtual methods of dispatch by runtime type: which type declares a member, and erasure of a
    /// value held as a base type by its own type's generated code.
    /// </summary>
    public static void Write(SourceWriter writer, PersonalDataType type)
    {
        const string Overrides = GeneratedNames.OverridesPersonalDataMember;
        const string ProjectAs = GeneratedNames.ProjectAsRuntimeType;
        string self = type.FullyQualifiedName;
        bool root = type.PersonalBaseType is null;
        string modifier = OverridingModifier(type);
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Whether a type derived from <paramref name=\"declaring\"/> (up to this instance's own type) declares a stored");
        writer.WriteLine("/// <c>override</c> of <paramref name=\"member\"/>: that type's generated code handles the member, as it classifies it.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine("/// <param name=\"member\">The member's name.</param>");
        writer.WriteLine("/// <param name=\"declaring\">The type whose generated code asks.</param>");
        writer.WriteLine("/// <returns>Whether a more derived type declares the member.</returns>");
        writer.WriteLine(GeneratedCodeAttribute);
        string[] overrides = type.Members.Where(member => member.IsOverride).Select(member => Literal(member.Name)).ToArray();
        string own = overrides.Length == 0 ? string.Empty : $"member is {string.Join(" or ", overrides)} || ";
        writer.WriteLine(root
            ? $"{modifier} bool {Overrides}(string member, global::System.Type declaring) => false;"
            : $"{modifier} bool {Overrides}(string member, global::System.Type declaring) => declaring != typeof({self}) && ({own}base.{Overrides}(member, declaring));");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Erases this instance, held as <paramref name=\"staticType\"/>, with its own type's generated code and descriptor.</summary>");
        writer.WriteLine("/// <param name=\"context\">The erasure or disclosure.</param>");
        writer.WriteLine($"/// <param name=\"staticType\">The type whose generated <c>{GeneratedNames.Project}</c> asks.</param>");
        writer.WriteLine("/// <returns>The erased copy, or <see langword=\"null\"/> when the asking type's code is this instance's own.</returns>");
        writer.WriteLine(GeneratedCodeAttribute);
        writer.WriteLine(root
            ? $"{modifier} object? {ProjectAs}({GeneratedNames.Runtime.MemberProjection} context, global::System.Type staticType) => null;"
            : $"{modifier} object? {ProjectAs}({GeneratedNames.Runtime.MemberProjection} context, global::System.Type staticType) => staticType == typeof({self}) ? null : context.{GeneratedNames.ProjectAs}<{self}>(this);");
    }
}
