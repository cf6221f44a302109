using Privacy.Policy.Generated;

namespace Privacy.Policy.Erasure;

/// <summary>
/// What the member projection (<see cref="MemberProjection"/>) asks while generated code copies a value: which of the
/// value's members the copy keeps. The projection walks the value and its nested values the same way for every
/// selector; a selector decides, and records what its result reports. An erasure keeps what a running legal obligation
/// keeps (<see cref="ErasureSelector"/>); a disclosure keeps what its recipient may receive
/// (<see cref="Disclosure.DisclosureSelector"/>).
/// </summary>
internal abstract class MemberSelector
{
    /// <summary>
    /// Whether a kept member that holds a nested personal-data value keeps that value whole (an erasure), rather than
    /// having the nested value's own members decided (a disclosure).
    /// </summary>
    public abstract bool KeepsNestedWhole { get; }

    /// <summary>Where this selector's reports stand: what <see cref="Select"/> reports of a value begins here.</summary>
    public abstract int Mark { get; }

    /// <summary>
    /// Decides for each member of <paramref name="value"/>'s descriptor whether the copy keeps it, and records what
    /// the result will report of it.
    /// </summary>
    /// <typeparam name="T">The value's personal-data type.</typeparam>
    /// <param name="value">The value being copied.</param>
    /// <param name="prefix">The path of the value's members: empty for the root, else the holders' names, each followed by a dot.</param>
    /// <param name="reportedAt">
    /// Filled with -1 by the caller; set for a member whose report <see cref="Unreport"/> may take back: when the
    /// member holds a nested value that is projected member by member, its members report for it.
    /// </param>
    /// <returns>Whether each member is kept, by its index in the descriptor.</returns>
    public abstract bool[] Select<T>(T value, string prefix, int[] reportedAt)
        where T : IPersonalData<T>;

    /// <summary>
    /// Whether the nested value held by <paramref name="member"/> of a value of <paramref name="holder"/>'s type may be
    /// looked into; when not, every member in it is withheld.
    /// </summary>
    /// <param name="holder">The descriptor of the value that holds the nested one.</param>
    /// <param name="member">The name of the member that holds it.</param>
    /// <returns><see langword="true"/> unless the holder's own classification withholds everything under it.</returns>
    public virtual bool OpensNested(PersonalDataDescriptor holder, string member) => true;

    /// <summary>The generated code asked about a member the copy keeps.</summary>
    /// <param name="prefix">The path of the value's members.</param>
    /// <param name="member">The kept member.</param>
    public virtual void Kept(string prefix, PersonalDataMember member)
    {
    }

    /// <summary>Takes back the report at <paramref name="index"/>, as <see cref="Select"/> returned it in its <c>reportedAt</c>.</summary>
    /// <param name="index">The report's index.</param>
    public virtual void Unreport(int index)
    {
    }

    /// <summary>Takes back every report from <paramref name="mark"/> on: the value is decided again by its own type's descriptor.</summary>
    /// <param name="mark">A <see cref="Mark"/> read before the value was decided.</param>
    public abstract void Rewind(int mark);
}
