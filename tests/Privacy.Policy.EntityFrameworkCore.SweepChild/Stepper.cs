using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Privacy.Policy.EntityFrameworkCore.SweepChild;

/// <summary>
/// Names every step of a sweep, before and after each statement and commit, as <c>WHEN KIND WHERE</c>: WHEN is
/// <c>before</c> or <c>after</c>; KIND is <c>keyset</c> (a batch's boundary, outside its transaction), <c>lock</c> (the
/// PostgreSQL advisory lock), <c>held</c> (the count of held rows, or in a partition's transaction the check for a held
/// row), <c>delete</c>, <c>count</c> (the erased values counted), <c>update</c>, <c>drop</c> (a partition's
/// <c>DROP TABLE</c>) or <c>commit</c>; WHERE is <c>partition</c> (the partition step), <c>first</c>, <c>middle</c>,
/// <c>last</c> (the run's first batch, any between, its last) or <c>end</c> (the boundary query that finds no key left).
/// It stops at the steps the test asked for (a name, or <c>NAME#N</c> for its N-th time in the run), writing
/// <c>step NAME</c> and waiting for a line, so the test can kill the process exactly there. At every batch boundary
/// (before a keyset query, and before the first statement of a partition's transaction) it writes
/// <c>committed FINGERPRINT</c>, the committed state then (<see cref="FingerprintSql"/>): a kill inside a batch must
/// leave exactly that.
/// </summary>
public sealed class Stepper
{
    /// <summary>
    /// Rows, values of each erasable column left, and (on PostgreSQL) partitions of the swept table: what a batch or a
    /// partition drop changes, so a batch's work seen before its commit shows.
    /// </summary>
    public static string FingerprintSql(bool postgres)
        => """SELECT COUNT(*), COUNT("Imsi"), COUNT("CallingNumber"), COALESCE(SUM("DurationSeconds"), 0)"""
           + (postgres ? """, (SELECT COUNT(*) FROM pg_inherits WHERE inhparent = '"CrashRows"'::regclass)""" : ", 0")
           + """ FROM "CrashRows" """;

    private const int BatchSize = Program.BatchSize;

    private readonly bool _postgres;

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    private HashSet<string> _pauses = new(StringComparer.Ordinal);

    private int _steps;

    private bool _batches;

    private int _total;

    private int _committed;

    private bool _deleted;

    private bool _inTransaction;

    public Stepper(bool postgres) => _postgres = postgres;

    public int Steps => _steps;

    /// <summary>A new run: no step seen, stop at <paramref name="pauses"/>.</summary>
    public void Reset(IEnumerable<string> pauses)
    {
        _pauses = new HashSet<string>(pauses, StringComparer.Ordinal);
        _seen.Clear();
        _batches = false;
        _total = 0;
        _committed = 0;
        _deleted = false;
        _inTransaction = false;
    }

    public async Task StatementAsync(DbCommand command, bool after)
    {
        string text = command.CommandText.TrimStart();
        bool inTransaction = command.Transaction is not null;
        string kind = text.Contains("pg_advisory_xact_lock", StringComparison.Ordinal) ? "lock"
            : text.StartsWith("DROP TABLE", StringComparison.Ordinal) ? "drop"
            : text.StartsWith("DELETE", StringComparison.Ordinal) ? "delete"
            : text.StartsWith("UPDATE", StringComparison.Ordinal) ? "update"
            : !inTransaction ? "keyset"
            : !_deleted ? "held"
            : "count";
        if (kind == "keyset" && !_batches)
        {
            // The partition step is over: count this run's batches, as KeyBatches takes them (keys in runs of BatchSize).
            _batches = true;
            await using DbCommand count = command.Connection!.CreateCommand();
            count.CommandText = """SELECT COUNT(*) FROM "CrashRows" """;
            long rows = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            _total = (int)((rows + BatchSize - 1) / BatchSize);
        }

        if (!after && (kind == "keyset" || (!_batches && !_inTransaction)))
        {
            // A batch boundary (before its keyset query, or a partition's transaction before its first statement):
            // the connection sees what is committed. Not a commit inside a batch: that would be one batch half done.
            await CommittedAsync(command);
        }

        if (inTransaction)
        {
            _inTransaction = true;
        }

        if (kind == "delete" && after)
        {
            _deleted = true;
        }

        await StepAsync($"{(after ? "after" : "before")} {kind} {Where()}");
    }

    public async Task CommitAsync(bool after)
    {
        string where = Where();
        if (after)
        {
            _deleted = false;
            _inTransaction = false;
            if (_batches)
            {
                _committed++;
            }
        }

        await StepAsync($"{(after ? "after" : "before")} commit {where}");
    }

    private string Where()
    {
        if (!_batches)
        {
            return "partition";
        }

        int batch = _committed + 1;
        return batch == 1 ? "first" : batch == _total ? "last" : batch > _total ? "end" : "middle";
    }

    private async Task CommittedAsync(DbCommand command)
    {
        await using DbCommand fingerprint = command.Connection!.CreateCommand();
        fingerprint.Transaction = command.Transaction;
        fingerprint.CommandText = FingerprintSql(_postgres);
        await using DbDataReader reader = await fingerprint.ExecuteReaderAsync();
        await reader.ReadAsync();
        var values = new string[reader.FieldCount];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
        }

        await Console.Out.WriteLineAsync("committed " + string.Join(",", values));
    }

    private async Task StepAsync(string step)
    {
        Interlocked.Increment(ref _steps);
        int seen = _seen[step] = _seen.GetValueOrDefault(step) + 1;
        if (_pauses.Contains(step) || _pauses.Contains($"{step}#{seen}"))
        {
            await Console.Out.WriteLineAsync("step " + step);
            await Console.Out.FlushAsync();
            _ = await Console.In.ReadLineAsync();
        }
    }
}

/// <summary>A step before and after each statement.</summary>
public sealed class StepCommands(Stepper stepper) : DbCommandInterceptor
{
    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await stepper.StatementAsync(command, after: false);
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        await stepper.StatementAsync(command, after: true);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await stepper.StatementAsync(command, after: false);
        return result;
    }

    public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await stepper.StatementAsync(command, after: true);
        return result;
    }
}

/// <summary>A step just before and just after each commit.</summary>
public sealed class StepCommits(Stepper stepper) : DbTransactionInterceptor
{
    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await stepper.CommitAsync(after: false);
        return result;
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        => await stepper.CommitAsync(after: true);
}
