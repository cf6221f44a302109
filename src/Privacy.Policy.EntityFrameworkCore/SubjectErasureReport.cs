using System;
using System.Collections.Generic;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>What erasing one data subject's rows in one table did: evidence for the request's file.</summary>
public sealed class SubjectErasureReport
{
    internal SubjectErasureReport(string type, IReadOnlyDictionary<string, long> membersErased, IReadOnlyList<string> heldMembers, TimeSpan duration)
    {
        Type = type;
        MembersErased = membersErased;
        HeldMembers = heldMembers;
        Duration = duration;
    }

    /// <summary>The entity type's full name.</summary>
    public string Type { get; }

    /// <summary>Per member: the number of the subject's rows in which it was erased.</summary>
    public IReadOnlyDictionary<string, long> MembersErased { get; }

    /// <summary>
    /// The members a legal obligation may keep (a purpose whose legal basis is a legal obligation, with a retention):
    /// they were erased only in rows whose retention has run out.
    /// </summary>
    public IReadOnlyList<string> HeldMembers { get; }

    /// <summary>How long the erasure took.</summary>
    public TimeSpan Duration { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Type}: {RetentionSweepReport.Sum(MembersErased)} member values erased, {HeldMembers.Count} members held by a legal obligation";
}
