using System.Collections.Generic;
using System.Linq;
using Privacy.Policy.Erasure;
using Privacy.Policy.Generated;

namespace Privacy.Policy.Disclosure;

/// <summary>
/// The selector of a disclosure: a member is kept when its <see cref="DisclosureSelection"/> allows it (for a declared
/// purpose, the members processed for it, GDPR art. 5(1)(b); for a data subject's request, the paths they named,
/// art. 15(3) and 20). A nested value is never kept whole: its own members are decided by their own purposes, and
/// nothing under a holder whose purposes exclude the disclosure's goes. Records the paths disclosed, and for a request
/// every path met, against which the request is checked.
/// </summary>
internal sealed class DisclosureSelector : MemberSelector
{
    private readonly DisclosureSelection _selection;
    private readonly List<string> _disclosed = [];
    private readonly List<(string Path, bool Exportable)> _visited = [];

    public DisclosureSelector(DisclosureSelection selection) => _selection = selection;

    /// <inheritdoc/>
    public override bool KeepsNestedWhole => false;

    /// <inheritdoc/>
    public override int Mark => _visited.Count;

    /// <summary>
    /// Projects <paramref name="value"/> for a disclosure: a copy in which every personal-data member the selection
    /// does not allow is erased, with the paths of the members it holds.
    /// </summary>
    /// <remarks>
    /// Also returns every member path the projection met, nested values included, with whether it is exportable: what
    /// a data subject's request can be checked against.
    /// </remarks>
    public static (T Value, string[] Disclosed, IReadOnlyList<(string Path, bool Exportable)> Visited) Project<T>(T value, DisclosureSelection selection)
        where T : IPersonalData<T>
    {
        var selector = new DisclosureSelector(selection);
        T projected = MemberProjection.Project(value, selector);
        return (projected, selector._disclosed.Distinct().ToArray(), selector._visited);
    }

    /// <inheritdoc/>
    public override bool[] Select<T>(T value, string prefix, int[] reportedAt)
    {
        PersonalDataDescriptor descriptor = T.Descriptor;
        var allowed = new bool[descriptor.Members.Count];
        for (int i = 0; i < allowed.Length; i++)
        {
            PersonalDataMember member = descriptor.Members[i];
            if (_selection.IsRequest)
            {
                // A request decides by path, and is checked afterwards against every path met.
                string path = prefix + member.Name;
                _visited.Add((path, member.Exportable));
                allowed[i] = _selection.Allows(member, path);
            }
            else
            {
                allowed[i] = _selection.Allows(member, string.Empty);
            }
        }

        return allowed;
    }

    /// <summary>The holder's own purposes do not include the disclosure's: nothing under it goes.</summary>
    /// <inheritdoc/>
    public override bool OpensNested(PersonalDataDescriptor holder, string member)
        => holder.FindMember(member) is not { } declared || _selection.AllowsNested(declared);

    /// <inheritdoc/>
    public override void Kept(string prefix, PersonalDataMember member) => _disclosed.Add(prefix + member.Name);

    /// <inheritdoc/>
    public override void Rewind(int mark) => _visited.RemoveRange(mark, _visited.Count - mark);
}
