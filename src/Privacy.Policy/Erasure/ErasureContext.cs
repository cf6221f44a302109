using System;
using System.Collections.Generic;
using System.Linq;
using System.ComponentModel;
using NodaTime;
using Privacy.Policy.Redaction;
using Privacy.Policy.Retention;

namespace Privacy.Policy.Erasure;

/// <summary>
/// The state of one erasure: the current instant, the time zone and retention defaults, and for each value being
/// erased (nested values included) which of its members are kept: by a running legal obligation, or, for a
/// disclosure, because the recipient may receive them. Generated <c>Erase</c> code asks it;
/// <see cref="IPrivacyPolicy.Erase{T}(T)"/> and <see cref="IPrivacyPolicy.Disclose{T}(T, string, Purpose)"/> create it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ErasureContext
{
    private readonly Instant _now;
    private readonly DateTimeZone _zone;
    private readonly IReadOnlyDictionary<Category, Period> _defaults;
    private readonly List<RetainedMember> _retained = [];
    // A nested value's holder is reported erased when it is decided, and taken out again (set to null) when the
    // nested value is erased member by member instead: then its own members say what happened to each path.
    private readonly List<string?> _erased = [];
    private readonly List<string> _disclosed = [];
    private readonly List<(string Path, bool Exportable)> _visited = [];
    private readonly DisclosureSelection? _disclosure;
    private readonly Stack<Frame> _frames = new();

    // The values being erased, root first: a back-reference to one of them (a cycle) and a value nested deeper than
    // GraphPath.MaxDepth are cut rather than followed until the stack or the memory (ever longer paths) runs out.
    private readonly GraphPath _path = new();

    internal ErasureContext(Instant now, DateTimeZone zone, IReadOnlyDictionary<Category, Period> defaults)
    {
        _now = now;
        _zone = zone;
        _defaults = defaults;
    }

    private ErasureContext(DisclosureSelection disclosure)
    {
        _zone = DateTimeZone.Utc;
        _defaults = new Dictionary<Category, Period>();
        _disclosure = disclosure;
    }

    /// <summary>The erased value of a text member: <see langword="null"/> stays <see langword="null"/>, anything else becomes empty.</summary>
    /// <param name="value">The member's value.</param>
    /// <returns>The erased value.</returns>
    public static string? Erased(string? value) => value is null ? null : string.Empty;

    /// <summary>Whether the member at <paramref name="memberIndex"/> of the descriptor of the value being erased is kept.</summary>
    /// <param name="memberIndex">The member's index in the type's <see cref="PersonalDataDescriptor.Members"/>.</param>
    /// <returns>Whether a running legal obligation keeps it.</returns>
    /// <remarks>
    /// A member past the end of the descriptor (a derived type's own member, erased through a base-typed value) is
    /// not kept: erasure fails closed.
    /// </remarks>
    public bool Keep(int memberIndex)
    {
        Frame frame = _frames.Peek();
        bool kept = (uint)memberIndex < (uint)frame.Keep.Length && frame.Keep[memberIndex];
        if (kept && _disclosure is not null)
        {
            _disclosed.Add(frame.Prefix + frame.Descriptor.Members[memberIndex].Name);
        }

        return kept;
    }

    /// <summary>
    /// Whether the nested personal-data value held by the member at <paramref name="memberIndex"/> is kept whole. An
    /// erasure keeps it whole as it keeps any member; a disclosure never does, so the nested value's own members are
    /// disclosed by their own purposes.
    /// </summary>
    /// <param name="memberIndex">The member's index in the type's <see cref="PersonalDataDescriptor.Members"/>.</param>
    /// <returns>Whether the nested value is kept as it is.</returns>
    public bool KeepWhole(int memberIndex) => _disclosure is null && Keep(memberIndex);

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
        return Keep(ReferenceEquals(declaringDescriptor, descriptor) ? memberIndex : descriptor.IndexOfMemberOf(declaringDescriptor, memberIndex));
    }

    /// <summary>
    /// Whether the nested personal-data value held by the member at <paramref name="memberIndex"/> of
    /// <paramref name="declaringDescriptor"/> is kept whole; see <see cref="Keep(PersonalDataDescriptor, int)"/> and
    /// <see cref="KeepWhole(int)"/>.
    /// </summary>
    /// <param name="declaringDescriptor">The descriptor of the type whose generated code asks.</param>
    /// <param name="memberIndex">The member's index in <paramref name="declaringDescriptor"/>'s members.</param>
    /// <returns>Whether the nested value is kept as it is.</returns>
    public bool KeepWhole(PersonalDataDescriptor declaringDescriptor, int memberIndex) => _disclosure is null && Keep(declaringDescriptor, memberIndex);

    /// <summary>Erases a nested value with its own type's generated code and its own retention.</summary>
    /// <typeparam name="T">The nested value's personal-data type.</typeparam>
    /// <param name="value">The nested value.</param>
    /// <param name="member">The name of the member that holds it, for the paths in the result.</param>
    /// <returns>
    /// The erased copy; <see langword="null"/> (<c>default</c> for a value type) for a value already being erased
    /// further up (a back-reference, a cycle) or nested more than 64 levels deep: the back-reference is cut. A value
    /// reached by two paths (a shared reference) is erased once per path, each path deciding for itself.
    /// </returns>
    public T Erase<T>(T value, string member)
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
            int index = IndexOf(holding.Descriptor, member);
            if (index >= 0 && holding.ErasedAt[index] >= 0)
            {
                _erased[holding.ErasedAt[index]] = null;
            }
        }

        // The holder's own purposes do not include the disclosure's: nothing under it goes.
        bool cleared = _disclosure is not null && _frames.Count > 0 && _frames.Peek().Descriptor.FindMember(member) is { } holder && !_disclosure.AllowsNested(holder);
        _frames.Push(Begin(value, prefix, cleared));
        _path.Push(key);
        try
        {
            return T.Erase(value, this);
        }
        finally
        {
            _path.Pop();
            _frames.Pop();
        }
    }

    /// <summary>
    /// Erases (or projects, for a disclosure) <paramref name="value"/>, which the caller holds as one of its base
    /// types, with its own type's generated code and its own type's decisions. The generated <c>Erase</c> of a type
    /// that can be derived from calls it first when the value's type is a derived type with generated code of its
    /// own: what was decided by the base type's descriptor is replaced, so an <c>override</c> is kept, erased or
    /// disclosed as the derived type classifies it, and a derived type's own members as it classifies them.
    /// </summary>
    /// <typeparam name="T">The value's own personal-data type.</typeparam>
    /// <param name="value">The value being erased.</param>
    /// <returns>The erased copy.</returns>
    public T EraseAs<T>(T value)
        where T : IPersonalData<T>
    {
        Frame replaced = _frames.Pop();
        _erased.RemoveRange(replaced.Erased, _erased.Count - replaced.Erased);
        _retained.RemoveRange(replaced.Retained, _retained.Count - replaced.Retained);
        _visited.RemoveRange(replaced.Visited, _visited.Count - replaced.Visited);
        _frames.Push(Begin(value, replaced.Prefix, replaced.Cleared));
        return T.Erase(value, this);
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
    public T EraseRuntimeValue<T>(T value, string member)
        => value is IPersonalDataValue personal
            ? personal.EraseNested(this, member) is T copy ? copy : default!
            : value;

    internal ErasureResult<T> EraseRoot<T>(T value)
        where T : IPersonalData<T>
    {
        _frames.Push(Begin(value, string.Empty, cleared: false));
        _path.Push(typeof(T).IsValueType ? null : value);
        T erased = T.Erase(value, this);
        _path.Pop();
        _frames.Pop();
        // Each element of a collection is erased under the collection member's path: a path is reported once.
        return new ErasureResult<T>(erased, _retained.Distinct().ToArray(), _erased.OfType<string>().Distinct().ToArray());
    }

    /// <summary>Decides for <paramref name="value"/>'s members, remembering where its reports begin.</summary>
    private Frame Begin<T>(T value, string prefix, bool cleared)
        where T : IPersonalData<T>
    {
        (int erased, int retained, int visited) = (_erased.Count, _retained.Count, _visited.Count);
        int[] erasedAt = new int[T.Descriptor.Members.Count];
        bool[] keep = Decide(value, prefix, erasedAt);
        if (cleared)
        {
            Array.Clear(keep);
        }

        return new Frame(keep, prefix, T.Descriptor, erasedAt, cleared, erased, retained, visited);
    }

    /// <summary>
    /// Projects <paramref name="value"/> for a disclosure: a copy in which every personal-data member the selection
    /// does not allow is erased, with the paths of the members it holds.
    /// </summary>
    /// <remarks>
    /// Also returns every member path the projection met, nested values included, with whether it is exportable: what
    /// a data subject's request can be checked against.
    /// </remarks>
    internal static (T Value, string[] Disclosed, IReadOnlyList<(string Path, bool Exportable)> Visited) Disclose<T>(T value, DisclosureSelection selection)
        where T : IPersonalData<T>
    {
        var context = new ErasureContext(selection);
        context._frames.Push(context.Begin(value, string.Empty, cleared: false));
        context._path.Push(typeof(T).IsValueType ? null : value);
        T projected = T.Erase(value, context);
        return (projected, context._disclosed.Distinct().ToArray(), context._visited);
    }

    /// <summary>
    /// Which members of <paramref name="value"/> a legal obligation keeps: those with a purpose whose legal basis is
    /// <see cref="LegalBasis.LegalObligation"/>, whose retention (the member's, else the category's default),
    /// counted from the value's anchor, has not run out. A value without an anchor has no running retention to show.
    /// </summary>
    private bool[] Decide<T>(T value, string prefix, int[] erasedAt)
        where T : IPersonalData<T>
    {
        PersonalDataDescriptor descriptor = T.Descriptor;
        Array.Fill(erasedAt, -1);
        if (_disclosure is not null)
        {
            var allowed = new bool[descriptor.Members.Count];
            for (int i = 0; i < allowed.Length; i++)
            {
                PersonalDataMember member = descriptor.Members[i];
                if (_disclosure.IsRequest)
                {
                    // A request decides by path, and is checked afterwards against every path met.
                    string path = prefix + member.Name;
                    _visited.Add((path, member.Exportable));
                    allowed[i] = _disclosure.Allows(member, path);
                }
                else
                {
                    allowed[i] = _disclosure.Allows(member, string.Empty);
                }
            }

            return allowed;
        }

        var keep = new bool[descriptor.Members.Count];
        var until = new Instant[keep.Length];
        LocalDateTime? anchor = T.GetRetentionAnchor(value, _zone);
        RetainedMember? longest = null;
        for (int i = 0; i < keep.Length; i++)
        {
            PersonalDataMember member = descriptor.Members[i];
            if (anchor is { } from
                && member.LegalObligation is { } purpose
                && (member.RetentionPeriod ?? (_defaults.TryGetValue(member.Category, out Period? fallback) ? fallback : null)) is { } period)
            {
                until[i] = RetentionCalculator.End(from, descriptor.RetentionStart, period, _zone);
                if (until[i] > _now)
                {
                    keep[i] = true;
                    var retained = new RetainedMember(prefix + member.Name, purpose, LegalBasis.LegalObligation, until[i]);
                    longest = longest is null || retained.Until > longest.Until ? retained : longest;
                }
            }
        }

        // What is kept is kept with the moment its retention counts from, as long as the longest of it: without the
        // anchor, nobody could tell when the rest runs out, and erasing again would erase it early.
        int anchorIndex = IndexOf(descriptor, descriptor.RetentionAnchorMember);
        if (longest is not null && anchorIndex >= 0 && (!keep[anchorIndex] || until[anchorIndex] < longest.Until))
        {
            keep[anchorIndex] = true;
            until[anchorIndex] = longest.Until;
        }

        for (int i = 0; i < keep.Length; i++)
        {
            PersonalDataMember member = descriptor.Members[i];
            if (!keep[i])
            {
                erasedAt[i] = _erased.Count;
                _erased.Add(prefix + member.Name);
            }
            else
            {
                Purpose purpose = member.LegalObligation ?? longest!.Purpose;
                _retained.Add(new RetainedMember(prefix + member.Name, purpose, LegalBasis.LegalObligation, until[i]));
            }
        }

        return keep;
    }

    /// <summary>
    /// One value being erased: which of its members are kept, its path, its type's descriptor, where each erased
    /// member's report is, whether a disclosure's holder withholds everything in it, and how long the reports were
    /// before it was decided (a value decided by a base type's descriptor is decided again by its own).
    /// </summary>
    private readonly record struct Frame(bool[] Keep, string Prefix, PersonalDataDescriptor Descriptor, int[] ErasedAt, bool Cleared, int Erased, int Retained, int Visited);

    private static int IndexOf(PersonalDataDescriptor descriptor, string? name)
    {
        for (int i = 0; name is not null && i < descriptor.Members.Count; i++)
        {
            if (descriptor.Members[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
