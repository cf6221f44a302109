using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Privacy.Policy.Benchmarks;

/// <summary>
/// Where a sweep's time goes: the statements it sends, timed and counted by their text (batch bounds are parameters,
/// so each shape of statement is one line), and, the first time each shape runs, its plan from the database
/// (<c>EXPLAIN</c> on PostgreSQL, <c>EXPLAIN QUERY PLAN</c> on SQLite) with the same parameters, asked on the same
/// connection and transaction just before the statement itself runs.
/// </summary>
public sealed class SweepTrace(bool postgres, bool explain) : DbCommandInterceptor
{
    private long _lastEnd;

    private TimeSpan _explaining;

    private readonly Dictionary<string, TimeSpan> _before = new(StringComparer.Ordinal);

    private readonly Dictionary<string, (int Count, TimeSpan Time)> _statements = new(StringComparer.Ordinal);

    private readonly List<(string Sql, string Plan)> _plans = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        => ExplainAsync(command, result, cancellationToken);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        => ExplainAsync(command, result, cancellationToken);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        => ExplainAsync(command, result, cancellationToken);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    /// <summary>Commits are not commands: the transaction interceptor below times them.</summary>
    public void RecordCommit(TimeSpan duration)
    {
        (int count, TimeSpan time) = _statements.GetValueOrDefault("COMMIT");
        _statements["COMMIT"] = (count + 1, time + duration);
        _lastEnd = System.Diagnostics.Stopwatch.GetTimestamp();
    }

    /// <summary>Forgets what was traced so far (a warm-up's statements).</summary>
    public void Clear()
    {
        _statements.Clear();
        _before.Clear();
        _plans.Clear();
        _explaining = TimeSpan.Zero;
    }

    /// <summary>Starts the clock for the time in .NET before the first statement.</summary>
    public void Start() => _lastEnd = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>How long asking for the plans took, which is no part of the way measured.</summary>
    public TimeSpan Explaining => _explaining;

    /// <summary>Prints the statements, slowest shape first, then each shape's plan.</summary>
    public void Print()
    {
        Console.WriteLine($"statements (count, total time in the database, time in .NET since the previous statement ended; a reader's time is until its first row); {_statements.Values.Sum(statement => statement.Time.TotalSeconds):F2} s in the database, {_before.Values.Sum(time => time.TotalSeconds):F2} s in .NET between statements");
        foreach ((string sql, (int count, TimeSpan time)) in _statements.OrderByDescending(statement => statement.Value.Time))
        {
            Console.WriteLine($"  {count,4} x {time.TotalSeconds,6:F2} s {_before.GetValueOrDefault(sql).TotalSeconds,6:F2} s  {OneLine(sql)}");
        }

        foreach ((string sql, string plan) in _plans)
        {
            Console.WriteLine();
            Console.WriteLine($"plan of: {OneLine(sql)}");
            Console.WriteLine(plan);
        }
    }

    private static string OneLine(string sql)
    {
        string line = string.Join(' ', sql.Split((char[])['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        return line.Length > 400 ? line[..400] + " ..." : line;
    }

    private void Record(DbCommand command, TimeSpan duration)
    {
        (int count, TimeSpan time) = _statements.GetValueOrDefault(command.CommandText);
        _statements[command.CommandText] = (count + 1, time + duration);
        _lastEnd = System.Diagnostics.Stopwatch.GetTimestamp();
    }

    private async ValueTask<InterceptionResult<TResult>> ExplainAsync<TResult>(DbCommand command, InterceptionResult<TResult> result, CancellationToken cancellationToken)
    {
        if (_lastEnd != 0)
        {
            _before[command.CommandText] = _before.GetValueOrDefault(command.CommandText) + System.Diagnostics.Stopwatch.GetElapsedTime(_lastEnd);
        }

        if (!explain || _statements.ContainsKey(command.CommandText) || _plans.Any(plan => plan.Sql == command.CommandText)
            || !(command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                 || command.CommandText.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
                 || command.CommandText.TrimStart().StartsWith("DELETE", StringComparison.OrdinalIgnoreCase))
            || command.CommandText.Contains("pg_", StringComparison.Ordinal))
        {
            return result;
        }

        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using DbCommand plan = command.Connection!.CreateCommand();
        plan.Transaction = command.Transaction;
        plan.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            DbParameter copy = plan.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
            copy.DbType = parameter.DbType;
            plan.Parameters.Add(copy);
        }

        var lines = new List<string>();
        await using (DbDataReader reader = await plan.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                // PostgreSQL: one column of text per line; SQLite: id, parent, notused, detail.
                lines.Add("    " + reader.GetString(reader.FieldCount - 1));
            }
        }

        _plans.Add((command.CommandText, string.Join(Environment.NewLine, lines)));
        _explaining += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        return result;
    }
}

/// <summary>Times each commit for <see cref="SweepTrace"/>.</summary>
public sealed class CommitTrace(SweepTrace trace) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        trace.RecordCommit(eventData.Duration);
        return Task.CompletedTask;
    }
}
