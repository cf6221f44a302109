using System;
using System.Collections.Generic;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>What a retention sweep did to one table: evidence to log.</summary>
public sealed class RetentionSweepReport
{
    internal RetentionSweepReport(string type, long rowsDeleted, IReadOnlyDictionary<string, long> membersErased, int batches, TimeSpan duration, IReadOnlyList<RetentionSweepReport> concreteTypes)
    {
        ConcreteTypes = concreteTypes;
        Type = type;
        RowsDeleted = rowsDeleted;
        MembersErased = membersErased;
        Batches = batches;
        Duration = duration;
    }

    /// <summary>The swept entity type's full name (for a sweep of every type of a context, the context's).</summary>
    public string Type { get; }

    /// <summary>Rows deleted because every personal-data member had expired.</summary>
    public long RowsDeleted { get; }

    /// <summary>
    /// Per member: the number of rows in which it was erased because its retention had run out (for a sweep of every
    /// type of a context, each member named with its type's full name, <c>Telecom.CallRow.Imsi</c>).
    /// </summary>
    public IReadOnlyDictionary<string, long> MembersErased { get; }

    /// <summary>
    /// Per concrete entity type whose rows were swept (the type itself and, in a table-per-hierarchy mapping, each
    /// concrete type derived from it, abstract types aside): the rows deleted and the values erased in that type's rows,
    /// decided by that type's own classification, in the same batches; for a sweep of every type of a context, every
    /// concrete type of every type swept, each in its own batches. This report's counts add these up. Empty in the
    /// reports listed here.
    /// </summary>
    public IReadOnlyList<RetentionSweepReport> ConcreteTypes { get; }

    /// <summary>
    /// Rows a hold (<see cref="PrivacyHold"/>) kept: held rows in which some member's retention had run out, left as
    /// they were. A row counts once per sweep, however many holds name it.
    /// </summary>
    public long RowsHeld { get; internal init; }

    /// <summary>
    /// The partitions dropped whole (PostgreSQL, a table range-partitioned on the anchor: every row in them had run
    /// out and none was held), as <c>schema.name</c>. Their rows are not in
    /// <see cref="RowsDeleted"/>: counting them would read every row, which dropping the partition exists to avoid.
    /// Empty on other databases and unpartitioned tables.
    /// </summary>
    public IReadOnlyList<string> PartitionsDropped { get; internal init; } = [];

    /// <summary>How many batches (each its own transaction) the sweep ran.</summary>
    public int Batches { get; }

    /// <summary>How long the sweep took (in a report per concrete type: its statements' share).</summary>
    public TimeSpan Duration { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Type}: {RowsDeleted} rows deleted, {Sum(MembersErased)} member values erased in {Batches} batches, {Duration.TotalMilliseconds:F0} ms";

    /// <summary>
    /// The values erased: a row counts once per member erased in it. The report is evidence, so it counts what was
    /// written, not how many members were looked at (most of which erase nothing in a given sweep).
    /// </summary>
    internal static long Sum(IReadOnlyDictionary<string, long> counts)
    {
        long sum = 0;
        foreach (long count in counts.Values)
        {
            sum += count;
        }

        return sum;
    }
}
