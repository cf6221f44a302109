using System;
using System.Collections.Generic;

namespace Privacy.Policy.Export;

/// <summary>The members of one record type an export shields (GDPR art. 15(4)), each with the reason shown to the subject.</summary>
internal sealed class ShieldedMembers
{
    private readonly List<(string Member, string Reason)> _members = [];

    public int Count => _members.Count;

    /// <summary>Shields a member; a member shielded twice keeps its first reason.</summary>
    public void Add(string member, string reason)
    {
        if (ReasonFor(member) is null)
        {
            _members.Add((member, reason));
        }
    }

    /// <summary>Adds every member <paramref name="other"/> shields.</summary>
    public void AddAll(ShieldedMembers other)
    {
        foreach ((string member, string reason) in other._members)
        {
            Add(member, reason);
        }
    }

    /// <summary>Why the member is shielded, or <see langword="null"/> when it is not.</summary>
    public string? ReasonFor(string member)
    {
        foreach ((string name, string reason) in _members)
        {
            if (string.Equals(name, member, StringComparison.Ordinal))
            {
                return reason;
            }
        }

        return null;
    }
}
