using System;
using System.Collections.Generic;
using System.ComponentModel;
using Privacy.Policy.Erasure;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Generated;

/// <summary>
/// The member projection behind generated <c>Project</c> code: one copy of a value in progress, nested values included,
/// in which each member is kept or erased as a selector decides. <see cref="IPrivacyPolicy.Erase{T}(T)"/> projects
/// with an erasure selector (kept: what a running legal obligation keeps) and
/// <see cref="IPrivacyPolicy.Disclose{T}(T, string, Purpose)"/> with a disclosure selector (kept: what the recipient
/// may receive). This type walks the value, cuts cycles and tracks paths; the selector decides and reports.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MemberProjection
{
    private readonly MemberSelector _selector;
    private readonly Stack<Frame> _frames = new();

    // The values being erased, root first: a back-reference to one of them (a cycle) and a value nested deeper than
    // GraphPath.MaxDepth are cut rather than followed until the stack or the memory (ever longer paths) runs out.
    private readonly GraphPath _path = new();

    private MemberProjection(MemberSelector selector) => _selector = selector;

    /// <summary>The erased value of a text member: <see langword="null"/> stays <see langword="null"/>, anything else becomes empty.</summary>
    /// <param name="value">The member's value.</param>
    /// <returns>The erased value.</returns>
    public static string? Erased(string? value) => value is null ? null : string.Empty;

    /// <summary>
    /// Whether the member at <paramref name="memberIndex"/> of <paramref name="declaringDescriptor"/> is kept, decided
    /// for that member of the value being erased. A base type's generated code asks with its own descriptor while a
    /// derived value is erased, whose descriptor lists the members differently (an <c>override</c> replaces the base's
    /// entry; a base compiled elsewhere may order its members differently): the decision is found by the member's
    /// name, never by its position.
    /// </summary>
    /// <param name="declaringDescriptor">The descriptor of the type whose generated code asks.</param>
    /// <param name="memberIndex">The member's index in <paramref name="declaringDescriptor"/>'s members.</param>
    /// <returns>Whether the member is kept; a member the value's descriptor does not list is not: erasure fails closed.</returns>
    public bool Keep(PersonalDataDescriptor declaringDescriptor, int memberIndex)
    {
        ArgumentNullException.ThrowIfNull(declaringDescriptor);
        PersonalDataDescriptor descriptor = _frames.Peek().Descriptor;
        return KeepAt(ReferenceEquals(declaringDescriptor, descriptor) ? memberIndex : descriptor.IndexOfMemberOf(declaringDescriptor, memberIndex));
    }

    /// <summary>
    /// Whether the nested personal-data value held by the member at <paramref name="memberIndex"/> of
    /// <paramref name="declaringDescriptor"/> is kept whole, decided as <see cref="Keep(PersonalDataDescriptor, int)"/>
    /// decides. An erasure keeps it whole as it keeps any member; a disclosure never does, so the nested value's own
    /// members are disclosed by their own purposes.
    /// </summary>
    /// <param name="declaringDescriptor">The descriptor of the type whose generated code asks.</param>
    /// <param name="memberIndex">The member's index in <paramref name="declaringDescriptor"/>'s members.</param>
    /// <returns>Whether the nested value is kept as it is.</returns>
    public bool KeepWhole(PersonalDataDescriptor declaringDescriptor, int memberIndex) => _selector.KeepsNestedWhole && Keep(declaringDescriptor, memberIndex);

    /// <summary>
    /// Whether the member at <paramref name="memberIndex"/> of the value's own descriptor is kept, reported to the
    /// selector when it is. An index past the end of the descriptor (a member the value's type does not list) is not
    /// kept: the projection fails closed.
    /// </summary>
    private bool KeepAt(int memberIndex)
    {
        Frame frame = _frames.Peek();
        bool kept = (uint)memberIndex < (uint)frame.Keep.Length && frame.Keep[memberIndex];
        if (kept)
        {
            _selector.Kept(frame.Prefix, frame.Descriptor.Members[memberIndex]);
        }

        return kept;
    }

    /// <summary>Projects a nested value with its own type's generated code and its own decisions (retention, purposes).</summary>
    /// <typeparam name="T">The nested value's personal-data type.</typeparam>
    /// <param name="value">The nested value.</param>
    /// <param name="member">The name of the member that holds it, for the paths in the result.</param>
    /// <returns>
    /// The erased copy; <see langword="null"/> (<c>default</c> for a value type) for a value already being erased
    /// further up (a back-reference, a cycle) or nested more than 64 levels deep: the back-reference is cut. A value
    /// reached by two paths (a shared reference) is erased once per path, each path deciding for itself.
    /// </returns>
    public T ProjectNested<T>(T value, string member)
        where T : IPersonalData<T>
    {
        object? key = typeof(T).IsValueType ? null : value;
        if ((key is not null && _path.LevelsUpTo(key) > 0) || _path.IsFull)
        {
            // The holder's member is reported erased by the holder's own decision; nothing under it is copied.
            return default!;
        }

        string prefix = (_frames.Count == 0 ? string.Empty : _frames.Peek().Prefix) + member + ".";
        if (_frames.Count > 0)
        {
            // Erased member by member: the holder itself is neither erased nor kept, its members are reported.
            Frame holding = _frames.Peek();
            int index = holding.Descriptor.IndexOfMember(member);
            if (index >= 0 && holding.ReportedAt[index] >= 0)
            {
                _selector.Unreport(holding.ReportedAt[index]);
            }
        }

        bool withheld = _frames.Count > 0 && !_selector.OpensNested(_frames.Peek().Descriptor, member);
        _frames.Push(Begin(value, prefix, withheld));
        _path.Push(key);
        try
        {
            return T.ProjectPersonalData(value, this);
        }
        finally
        {
            _path.Pop();
            _frames.Pop();
        }
    }

    /// <summary>
    /// Erases (or projects, for a disclosure) <paramref name="value"/>, which the caller holds as one of its base
    /// types, with its own type's generated code and its own type's decisions. The generated <c>Project</c> of a type
    /// that can be derived from calls it first when the value's type is a derived type with generated code of its
    /// own: what was decided by the base type's descriptor is replaced, so an <c>override</c> is kept, erased or
    /// disclosed as the derived type classifies it, and a derived type's own members as it classifies them.
    /// </summary>
    /// <typeparam name="T">The value's own personal-data type.</typeparam>
    /// <param name="value">The value being erased.</param>
    /// <returns>The erased copy.</returns>
    public T ProjectAs<T>(T value)
        where T : IPersonalData<T>
    {
        Frame replaced = _frames.Pop();
        _selector.Rewind(replaced.Mark);
        _frames.Push(Begin(value, replaced.Prefix, replaced.Withheld));
        return T.ProjectPersonalData(value, this);
    }

    /// <summary>
    /// What generated code calls for a <c>[NotPersonalData]</c> member typed <see cref="object"/>, an interface, a class
    /// that may be derived from, or a type parameter: a value that is a personal-data type at run time is erased (or, for
    /// a disclosure, projected) by its own generated code, as a nested value with its own retention and purposes; any
    /// other value is returned as it is, as the declaration says.
    /// </summary>
    /// <typeparam name="T">The member's declared type.</typeparam>
    /// <param name="value">The member's value.</param>
    /// <param name="member">The name of the member that holds it, for the paths in the result.</param>
    /// <returns>
    /// The value, or its erased copy; <see langword="null"/> (<c>default</c>) where the copy is cut or is not a
    /// <typeparamref name="T"/>: never the value in clear.
    /// </returns>
    public T ProjectRuntimeValue<T>(T value, string member)
        => value is IPersonalDataValue personal
            ? personal.ProjectNested(this, member) is T copy ? copy : default!
            : value;

    /// <summary>Copies <paramref name="value"/> with its type's generated <c>Project</c>, keeping what <paramref name="selector"/> keeps.</summary>
    /// <typeparam name="T">The value's personal-data type.</typeparam>
    /// <param name="value">The root value.</param>
    /// <param name="selector">Decides which members are kept, and records what its result reports.</param>
    /// <returns>The copy.</returns>
    internal static T Project<T>(T value, MemberSelector selector)
        where T : IPersonalData<T>
    {
        var context = new MemberProjection(selector);
        context._frames.Push(context.Begin(value, string.Empty, withheld: false));
        context._path.Push(typeof(T).IsValueType ? null : value);
        T copy = T.ProjectPersonalData(value, context);
        context._path.Pop();
        context._frames.Pop();
        return copy;
    }

    /// <summary>Decides for <paramref name="value"/>'s members, remembering where its reports begin.</summary>
    private Frame Begin<T>(T value, string prefix, bool withheld)
        where T : IPersonalData<T>
    {
        int mark = _selector.Mark;
        int[] reportedAt = new int[T.Descriptor.Members.Count];
        Array.Fill(reportedAt, -1);
        bool[] keep = _selector.Select(value, prefix, reportedAt);
        if (withheld)
        {
            Array.Clear(keep);
        }

        return new Frame(keep, prefix, T.Descriptor, reportedAt, withheld, mark);
    }

    /// <summary>
    /// One value being erased: which of its members are kept, its path, its type's descriptor, where each erased
    /// member's report is, whether a disclosure's holder withholds everything in it, and where the selector's reports
    /// stood before it was decided (a value decided by a base type's descriptor is decided again by its own).
    /// </summary>
    private readonly record struct Frame(bool[] Keep, string Prefix, PersonalDataDescriptor Descriptor, int[] ReportedAt, bool Withheld, int Mark);
}
