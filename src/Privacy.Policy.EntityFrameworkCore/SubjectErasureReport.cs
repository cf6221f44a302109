using System;
using System.Collections.Generic;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>What erasing one data subject's rows in one table did: evidence for the request's file.</summary>
public sealed class SubjectErasureReport
{
    internal SubjectErasureReport(string type, IReadOnlyDictionary<string, long> membersErased, IReadOnlyList<string> heldMembers, TimeSpan duration, long rowsDeleted, IReadOnlyDictionary<string, long> membersKept, IReadOnlyList<SubjectErasureReport> concreteTypes, IReadOnlyDictionary<string, long>? membersInUse = null)
    {
        MembersInUse = membersInUse ?? new Dictionary<string, long>();
        ConcreteTypes = concreteTypes;
        Type = type;
        MembersErased = membersErased;
        HeldMembers = heldMembers;
        Duration = duration;
        RowsDeleted = rowsDeleted;
        MembersKept = membersKept;
    }

    /// <summary>The full name of the entity type erased (the type argument of the erasure).</summary>
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

    /// <summary>
    /// Per member an open contract still needs: the number of the subject's rows in which it was kept because it is
    /// still in use (the moment its retention counts from, its <c>RetentionFrom</c> column or a nullable anchor, is
    /// still empty) and one of its purposes rests on the contract. Erasure does not apply to such data yet: it is still
    /// necessary for its purpose (<see cref="InUseArticle"/>, with art. 6(1)(b)). Empty when nothing was kept in use.
    /// </summary>
    public IReadOnlyDictionary<string, long> MembersInUse { get; }

    /// <summary>The article that keeps <see cref="MembersInUse"/>: <c>AVG art. 17(1)(a)</c>.</summary>
    public string InUseArticle => "AVG art. 17(1)(a)";

    /// <summary>
    /// Per concrete entity type whose rows were erased (the type itself and, in a table-per-hierarchy mapping, each
    /// concrete type derived from it, abstract types aside): what was erased, held, deleted and kept in that type's
    /// rows, decided by that type's own classification. This report's other members add these up (and list every
    /// member held in any of them). Empty in the reports listed here.
    /// </summary>
    public IReadOnlyList<SubjectErasureReport> ConcreteTypes { get; }

    /// <summary>
    /// The subject's rows a hold (<see cref="PrivacyHold"/>) kept: on the subject, or on the row itself. Nothing in them
    /// was erased or deleted.
    /// </summary>
    public long RowsHeld { get; internal init; }

    /// <summary>How long the erasure took.</summary>
    public TimeSpan Duration { get; }

    /// <inheritdoc />
    public override string ToString()
        => $"{Type}: {RetentionSweepReport.Sum(MembersErased)} member values erased, {HeldMembers.Count} members held by a legal obligation, {RowsDeleted} rows deleted, {RetentionSweepReport.Sum(MembersKept)} key values kept, {RetentionSweepReport.Sum(MembersInUse)} member values kept in use ({InUseArticle})";
}
