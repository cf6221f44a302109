using System;
using System.Collections.Generic;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>What erasing one data subject's rows in one table did: evidence for the request's file.</summary>
public sealed class SubjectErasureReport
{
    internal SubjectErasureReport(string type, IReadOnlyDictionary<string, long> membersErased, IReadOnlyList<string> heldMembers, TimeSpan duration, long rowsDeleted, IReadOnlyDictionary<string, long> membersKept)
    {
        Type = type;
        MembersErased = membersErased;
        HeldMembers = heldMembers;
        Duration = duration;
        RowsDeleted = rowsDeleted;
        MembersKept = membersKept;
    }

    /// <summary>The entity type's full name.</summary>
    public string Type { get; }

    /// <summary>
    /// Per column: the number of the subject's rows in which it was erased. A member of an owned type is named by its
    /// path (<c>Address.Street</c>); a value erased already is not counted again.
    /// </summary>
    public IReadOnlyDictionary<string, long> MembersErased { get; }

    /// <summary>
    /// The members a legal obligation may keep (a purpose whose legal basis is a legal obligation, with a retention):
    /// they were erased only in rows whose retention has run out.
    /// </summary>
    public IReadOnlyList<string> HeldMembers { get; }

    /// <summary>
    /// The number of the subject's rows deleted whole: rows with a personal-data key (primary, alternate or foreign),
    /// which is never rewritten, in which nothing was held and to which no other table refers.
    /// </summary>
    public long RowsDeleted { get; }

    /// <summary>
    /// Per member that cannot be erased in place (a key, or a unique column that takes neither null nor a marker): the
    /// number of the subject's rows that still hold it, because a legal obligation holds something in them or
    /// another table refers to them. Empty when no such member is left.
    /// </summary>
    public IReadOnlyDictionary<string, long> MembersKept { get; }

    /// <summary>How long the erasure took.</summary>
    public TimeSpan Duration { get; }

    /// <inheritdoc />
    public override string ToString()
        => $"{Type}: {RetentionSweepReport.Sum(MembersErased)} member values erased, {HeldMembers.Count} members held by a legal obligation, {RowsDeleted} rows deleted, {RetentionSweepReport.Sum(MembersKept)} key values kept";
}
