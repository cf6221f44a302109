using System.Collections.Generic;
using Privacy.Policy.Generators.Model;
using static Privacy.Policy.Generators.Emitting.CSharpCode;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// The member projection erasure and disclosure share (<c>Project</c>): every personal-data member is emptied, except
/// those the projection's selector keeps (in an erasure, what a running legal obligation holds; in a disclosure, what
/// the recipient may receive), which it decides by the member's index in the type's descriptor.
/// </summary>
internal sealed class ProjectOperation : CopyOperation
{
    private readonly Dictionary<string, int> _indexes = new();

    /// <summary>The type whose descriptor the indexes are into.</summary>
    private readonly string _self;

    public ProjectOperation(PersonalDataType type)
    {
        _self = type.FullyQualifiedName;
        int index = 0;
        foreach (DataMember member in DescriptorEmitter.DescribedMembers(type))
        {
            if (!_indexes.ContainsKey(member.Name))
            {
                _indexes.Add(member.Name, index);
            }

            index++;
        }
    }

    public override string Name => GeneratedNames.Project;

    public override string NestedMethod => GeneratedNames.ProjectNested;

    public override string RuntimeValueMethod => GeneratedNames.ProjectRuntimeValue;

    public override string Past => "erased";

    public override string Parameter => "context";

    public override string ParameterType => GeneratedNames.Runtime.MemberProjection;

    public override string ParameterDoc => "Which members a running legal obligation keeps.";

    public override string CopyMethod => GeneratedNames.ProjectedCopy;

    public override string MembersMethod => GeneratedNames.ProjectMembers;

    public override string Summary => "Returns a copy in which every personal-data member is erased, except those a running legal obligation keeps.";

    public override string MembersSummary => "Erases this instance's personal-data members in place; called on a fresh copy only.";

    public override bool DecidesByDescriptor => true;

    /// <summary>
    /// Erasure empties text, sets everything else to its neutral value, empties collections, and leaves nested values
    /// to their type.
    /// </summary>
    public override ElementKind KindOf(DataMember member)
    {
        ElementKind kind = member.Value.Element;
        // A dictionary whose keys may be personal data is emptied whole: an entry cannot be kept without its key.
        // Otherwise its values are erased as a list's elements are, each nested value by its own generated code,
        // so what a legal obligation keeps in them is kept (GDPR art. 17(3)(b)) and the keys stay.
        if (member.Value.Collection == CollectionShape.Dictionary && kind != ElementKind.Unchanged
            && (member.Value.KeyMayBePersonal || kind is not (ElementKind.Nested or ElementKind.RuntimeChecked)))
        {
            return ElementKind.Neutral;
        }

        if (kind is ElementKind.Unchanged or ElementKind.Nested or ElementKind.RuntimeChecked)
        {
            return kind;
        }

        return kind == ElementKind.Text && member.Value.Collection == CollectionShape.None ? ElementKind.Text : ElementKind.Neutral;
    }

    /// <remarks>
    /// Erasure keeps what a running legal obligation requires, nested values whole; a nested value that is not kept
    /// decides for its own members. A disclosure never keeps a nested value whole (KeepWhole is false): its members are
    /// disclosed by their own purposes. The index is into this type's own descriptor, passed with it: a derived value's
    /// descriptor lists the members differently (an override replaces the base's entry), and the context finds the
    /// decision by name.
    /// </remarks>
    public override string? KeepCondition(DataMember member)
    {
        if (!member.IsPersonal || member.IsUnclassified || !_indexes.TryGetValue(member.Name, out int index))
        {
            return null; // always erased: no descriptor entry to keep it by
        }

        string keep = member.Value.Element == ElementKind.Nested ? "KeepWhole" : "Keep";
        return $"{Parameter}.{keep}({_self}.{GeneratedNames.Descriptor}, {index})";
    }

    public override string Text(DataMember member, string access) => $"{GeneratedNames.Runtime.MemberProjection}.Erased({access})";

    /// <remarks>The context is told which member holds the value, for the paths in the erasure's result.</remarks>
    public override string Call(string method, string typeArguments, string argument, DataMember member)
        => $"{Parameter}.{method}{typeArguments}({argument}, {Literal(member.Name)})";
}
