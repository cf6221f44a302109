using System;
using System.Collections.Generic;
using System.Threading;

namespace Privacy.Policy;

/// <summary>
/// What a type holds: its personal-data members with their categories, purposes, retention, format and redaction,
/// the member that names the data subject and the one retention is counted from. The source generator emits one for
/// every type with <c>[PersonalData]</c> members, as <see cref="IPersonalData{TSelf}.Descriptor"/>.
/// </summary>
public sealed class PersonalDataDescriptor
{
    private (PersonalDataDescriptor From, int[] Map)[] _maps = [];

    /// <summary>Describes a type.</summary>
    /// <param name="typeName">The type's full name, such as <c>MisterVoip.Calls.CallRecord</c>.</param>
    /// <param name="members">Its personal-data members, its base types' first, each in declaration order.</param>
    /// <param name="dataSubjectMember">The name of its <c>[DataSubject]</c> member, if any.</param>
    /// <param name="retentionAnchorMember">The name of its <c>[RetentionAnchor]</c> member, if any.</param>
    /// <param name="retentionStart">Where retention starts relative to the anchor.</param>
    /// <param name="serviceArea">The part of the service it belongs to, from its <c>[ServiceArea]</c>; <see cref="Policy.ServiceArea.General"/> when it has none.</param>
    /// <param name="retentionAnchorText">How the privacy statement names the anchor's moment, from its <c>[RetentionAnchor]</c>'s <c>Dutch</c> and <c>English</c>.</param>
    /// <param name="unclassifiedMembers">The members nobody classified (inherited from a base type such as <c>IdentityUser</c>; PRIV009), which generated code treats as personal data and erases.</param>
    public PersonalDataDescriptor(
        string typeName,
        IReadOnlyList<PersonalDataMember> members,
        string? dataSubjectMember = null,
        string? retentionAnchorMember = null,
        RetentionStart retentionStart = RetentionStart.AtAnchor,
        ServiceArea? serviceArea = null,
        RetentionAnchorText? retentionAnchorText = null,
        IReadOnlyList<string>? unclassifiedMembers = null)
    {
        RetentionAnchorText = retentionAnchorText;
        UnclassifiedMembers = unclassifiedMembers ?? [];
        ServiceArea = serviceArea ?? ServiceArea.General;
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(members);
        TypeName = typeName;
        Members = members is PersonalDataMember[] array ? Array.AsReadOnly(array) : members;
        DataSubjectMember = dataSubjectMember;
        RetentionAnchorMember = retentionAnchorMember;
        RetentionStart = retentionStart;
    }

    /// <summary>The type's full name.</summary>
    public string TypeName { get; }

    /// <summary>The personal-data members.</summary>
    public IReadOnlyList<PersonalDataMember> Members { get; }

    /// <summary>The name of the member that identifies whose data this is, if any.</summary>
    public string? DataSubjectMember { get; }

    /// <summary>The name of the member retention periods are counted from, if any.</summary>
    public string? RetentionAnchorMember { get; }

    /// <summary>Where retention starts relative to the anchor: at it, or at the end of its day, month or year.</summary>
    public RetentionStart RetentionStart { get; }

    /// <summary>
    /// How the privacy statement names the moment retention is counted from ("after consent is withdrawn"), if the
    /// anchor says; <see langword="null"/> otherwise.
    /// </summary>
    public RetentionAnchorText? RetentionAnchorText { get; }

    /// <summary>
    /// The members nobody classified, inherited from a base type compiled without our attributes (ASP.NET Core
    /// Identity's <c>IdentityUser</c>: <c>Email</c>, <c>PasswordHash</c>, ...; PRIV009 lists them). They are not in
    /// <see cref="Members"/>: generated code fails closed on them, erasing them in every copy, and a database erasure
    /// erases their columns.
    /// </summary>
    public IReadOnlyList<string> UnclassifiedMembers { get; }

    /// <summary>The part of the service the type's data belongs to, as the privacy statement groups it.</summary>
    public ServiceArea ServiceArea { get; }

    /// <summary>The member called <paramref name="name"/>, or <see langword="null"/>.</summary>
    /// <param name="name">The C# member name.</param>
    /// <returns>The member, if it is personal data.</returns>
    public PersonalDataMember? FindMember(string name)
    {
        foreach (PersonalDataMember member in Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The index in <see cref="Members"/> of the first member called <paramref name="name"/>; -1 when there is none.</summary>
    internal int IndexOfMember(string? name)
    {
        for (int i = 0; name is not null && i < Members.Count; i++)
        {
            if (Members[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The index in <see cref="Members"/> of the member at <paramref name="index"/> of <paramref name="other"/> (a
    /// base type's descriptor), matched by name: the n-th member of that name there is the n-th here, so a member
    /// hidden with <c>new</c> keeps its own entry and an <c>override</c> (listed once, here as the derived type
    /// classifies it) its derived one. -1 when this descriptor does not list it. Resolved once per pair of descriptors
    /// and cached: erasure asks for every member of every value.
    /// </summary>
    internal int IndexOfMemberOf(PersonalDataDescriptor other, int index)
    {
        foreach ((PersonalDataDescriptor From, int[] Map) entry in Volatile.Read(ref _maps))
        {
            if (ReferenceEquals(entry.From, other))
            {
                return (uint)index < (uint)entry.Map.Length ? entry.Map[index] : -1;
            }
        }

        int[] map = new int[other.Members.Count];
        for (int i = 0; i < map.Length; i++)
        {
            string name = other.Members[i].Name;
            int occurrence = 0;
            for (int j = 0; j < i; j++)
            {
                occurrence += other.Members[j].Name == name ? 1 : 0;
            }

            map[i] = -1;
            for (int j = 0; j < Members.Count; j++)
            {
                if (Members[j].Name == name)
                {
                    map[i] = j;
                    if (occurrence-- == 0)
                    {
                        break;
                    }
                }
            }
        }

        // Copy on write: a reader sees the old array or the new one, never a half-written one; a lost race only
        // resolves the same map twice.
        (PersonalDataDescriptor, int[])[] maps = Volatile.Read(ref _maps);
        Volatile.Write(ref _maps, [.. maps, (other, map)]);
        return (uint)index < (uint)map.Length ? map[index] : -1;
    }

    /// <inheritdoc />
    public override string ToString() => $"{TypeName} ({Members.Count} personal-data members)";
}
