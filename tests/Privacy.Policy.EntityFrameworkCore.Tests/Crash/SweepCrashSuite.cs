using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Crash;

/// <summary>
/// A sweep killed with SIGKILL (<see cref="Process.Kill()"/>) again and again, and then run to its end, leaves the
/// database exactly as one sweep run without interruption does: every row, every table (so every partition), every
/// hold. The sweep runs in a child process (Privacy.Policy.EntityFrameworkCore.SweepChild) that names each step
/// (before and after each statement and commit, in the partition step and in the run's first, a middle and its last
/// batch) and stops at the steps asked for, so every run kills it at least once at every kind of step; then some kills
/// land after a random delay, wherever the sweep is. Each kill's process was started and warmed up while the ones
/// before swept, so a kill costs little more than the kill. At every kill inside a transaction the committed state is
/// the one the last batch boundary left (no statement of a batch is seen before its commit), and the kill leaves it.
/// </summary>
public abstract class SweepCrashSuite(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>What a batch can change: rows, erasable values left, partitions (as the child's <c>committed</c> line).</summary>
    protected const string FingerprintColumns = """SELECT COUNT(*), COUNT("Imsi"), COUNT("CallingNumber"), COALESCE(SUM("DurationSeconds"), 0)""";

    private const int RandomKills = 6;

    protected ITestOutputHelper Output { get; } = output;

    protected abstract string Database { get; }

    protected abstract string Reference { get; }

    protected abstract string Victim { get; }

    /// <summary>A second copy of the seeded database, for the kills after random delays.</summary>
    protected abstract string Second { get; }

    /// <summary>The statement kinds of a batch on this database, in the order they run (<c>Stepper</c>'s names).</summary>
    protected abstract string[] BatchKinds { get; }

    /// <summary>The steps of the partition step on this database (none without partitions).</summary>
    protected virtual string[] PartitionSteps => [];

    public Task InitializeAsync() => Task.CompletedTask;

    public abstract Task DisposeAsync();

    /// <summary>Every table of the database, by name, its rows in order as text.</summary>
    protected abstract Task<SortedDictionary<string, string>> TablesAsync(string connection);

    /// <summary>Whether another connection's read of the table waits at <paramref name="step"/> (a lock the sweep holds until its commit).</summary>
    protected virtual bool Blocks(string step) => false;

    /// <summary>How many partitions the table has committed (the last field of the child's <c>committed</c> line).</summary>
    protected virtual Task<string> PartitionsAsync(string connection) => Task.FromResult("0");

    /// <summary>The committed state, as the child's <c>committed</c> line gives it.</summary>
    protected abstract Task<string> FingerprintAsync(string connection);

    protected async Task<string> DumpAsync(string connection)
        => string.Join("\n", (await TablesAsync(connection)).Select(table => $"table {table.Key}\n{table.Value}"));

    protected static async Task<SortedDictionary<string, string>> TablesAsync(DbConnection connection, string tables, Func<string, string> select)
    {
        var dump = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (DbCommand command = connection.CreateCommand())
        {
            command.CommandText = tables;
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (string name in names)
        {
            var rows = new StringBuilder();
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = select(name);
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    rows.Append(reader.GetName(i)).Append('=').Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append(i + 1 < reader.FieldCount ? "|" : "\n");
                }
            }

            dump[name] = rows.ToString();
        }

        return dump;
    }

    protected static async Task<string> FingerprintAsync(DbConnection connection, string sql)
    {
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// A table's rows in order; the holds without their ids, which are random (<c>Guid.NewGuid</c>) in each database.
    /// </summary>
    protected static string Select(string table)
        => table == "PrivacyHolds"
            ? "SELECT \"SubjectId\", \"RecordType\", \"RecordKey\", \"LegalGround\", \"PlacedAt\", \"LiftedAt\" FROM \"PrivacyHolds\" ORDER BY \"LegalGround\""
            : $"SELECT * FROM \"{table}\" ORDER BY 1";

    /// <summary>Every step the run kills the sweep at: the partition step's, and before and after each statement kind in the first, a middle and the last batch.</summary>
    private List<string> Targets()
        => PartitionSteps.Concat(
                from place in new[] { "first", "middle", "last" }
                from kind in BatchKinds.Append("commit")
                from when in new[] { "before", "after" }
                select $"{when} {kind} {place}")
            .ToList();

    /// <summary>A child started now that serves sweeps once it has warmed up (on the reference, already swept).</summary>
    private protected Task<SweepChildProcess> WarmAsync()
        => Task.Run(async () =>
        {
            SweepChildProcess child = SweepChildProcess.Start("serve", Database, Reference);
            _ = await child.ExpectAsync("ready");
            return child;
        });

    protected async Task KilledSweepsRerunEndWhereOneSweepEndsAsync()
    {
        var clock = Stopwatch.StartNew();
        using (SweepChildProcess seed = SweepChildProcess.Start("seed", Database, Reference, Victim, Second))
        {
            _ = await seed.ExpectAsync("seeded");
        }

        TimeSpan seeding = clock.Elapsed;

        // The first child's warm-up is the reference: one sweep, not interrupted.
        SweepChildProcess child = await WarmAsync();
        string reference = await DumpAsync(Reference);
        Assert.NotEqual(reference, await DumpAsync(Victim)); // the sweep has something to do
        var warming = new Queue<Task<SweepChildProcess>>([WarmAsync(), WarmAsync()]);
        async Task<SweepChildProcess> NextAsync()
        {
            warming.Enqueue(WarmAsync());
            return await warming.Dequeue();
        }

        try
        {
            // Every kind of step, in turn: each run stops at the first step not killed at yet, so kills walk through
            // the partition step, then the first batch, a middle one and the last, each before its work is committed.
            List<string> targets = Targets();
            var left = new List<string>(targets);
            var landed = new List<string>();
            while (left.Count > 0)
            {
                string? step = await child.SweepAsync(Victim, [.. left]);
                Assert.True(step is not null, $"a sweep ran to its end without reaching {string.Join(", ", left)}");
                bool inside = !step!.StartsWith("after commit", StringComparison.Ordinal);
                string boundary = child.Committed ?? throw new InvalidOperationException("no batch boundary before a step");
                string? committed = null;
                if (!inside)
                {
                    committed = await FingerprintAsync(Victim);
                }
                else if (Blocks(step))
                {
                    // A partition's DROP holds its table's lock until commit: the catalog still lists the partition.
                    string partitions = await PartitionsAsync(Victim);
                    Assert.True(partitions == boundary.Split(',')[^1], $"at '{step}' {partitions} partitions are committed, not {boundary.Split(',')[^1]}");
                }
                else
                {
                    // Inside a batch (or a partition's transaction): nothing of it is committed yet.
                    string seen = await FingerprintAsync(Victim);
                    Assert.True(seen == boundary, $"at '{step}' the database holds {seen}, not what the last batch boundary committed ({boundary})");
                }

                await child.KillAsync();
                Assert.Equal(inside ? boundary : committed, await FingerprintAsync(Victim)); // the kill leaves what was committed
                landed.Add(step);
                Assert.True(left.Remove(step), $"stopped at '{step}', not asked for");
                child.Dispose();
                child = await NextAsync();
            }

            Assert.Null(await child.SweepAsync(Victim)); // the rerun ends
            TimeSpan walk = child.LastSweep; // every batch again, with nothing left to write
            Assert.Equal(reference, await DumpAsync(Victim));
            TimeSpan stepped = clock.Elapsed;

            // Then kills after random delays (from the sweep's first statement) on a second copy, wherever the sweep is:
            // up to two thirds of the rerun above (every batch, nothing to write), so several land before it is done.
            int seed = Environment.TickCount;
            var random = new Random(seed);
            var delays = new List<string>();
            int killed = 0;
            while (killed < RandomKills)
            {
                int delay = random.Next(0, Math.Max(20, (int)walk.TotalMilliseconds * 2 / 3));
                await child.StartSweepAsync(Second);
                Task<bool> done = child.DoneAsync();
                if (await Task.WhenAny(done, Task.Delay(delay)) == done && await done)
                {
                    delays.Add($"finished before {delay} ms");
                    break; // nothing is left to kill
                }

                await child.KillAsync();
                _ = await done;
                delays.Add($"{delay} ms ({child.Boundaries} boundaries in)");
                killed++;
                child.Dispose();
                child = await NextAsync();
            }

            Assert.Null(await child.SweepAsync(Second));
            Assert.Equal(reference, await DumpAsync(Second));

            Output.WriteLine($"{landed.Count + killed} kills in {clock.Elapsed.TotalSeconds:0.0} s (seeding {seeding.TotalSeconds:0.0} s, stepped kills done at {stepped.TotalSeconds:0.0} s)");
            Output.WriteLine($"{landed.Count} at steps ({targets.Count} kinds of step, each once): " + string.Join(", ", landed));
            foreach (IGrouping<string, string> place in landed.GroupBy(step => step[(step.LastIndexOf(' ') + 1)..]))
            {
                Output.WriteLine($"  {place.Key}: {place.Count()}");
            }

            Output.WriteLine($"{killed} after random delays (seed {seed}, up to {walk.TotalMilliseconds * 2 / 3:0} ms): {string.Join(", ", delays)}");
        }
        finally
        {
            child.Dispose();
            foreach (Task<SweepChildProcess> warm in warming)
            {
                (await warm).Dispose();
            }
        }
    }
}
