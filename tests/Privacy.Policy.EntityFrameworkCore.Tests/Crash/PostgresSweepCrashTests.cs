using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Crash;

/// <summary>
/// The crash suite on PostgreSQL, the calls range-partitioned by month: 50 kinds of step (the partition step's too),
/// then random delays; and kills inside the partition step itself.
/// </summary>
[Collection(nameof(SweepCrashSuite))] // one engine at a time: the child processes share two cores
public sealed class PostgresSweepCrashTests : SweepCrashSuite
{
    private readonly string _reference;

    private readonly string _victim;

    private readonly string _second;

    public PostgresSweepCrashTests(ITestOutputHelper output)
        : base(output)
    {
        string server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL.");
        string Named(string role) => new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_{role}_{Guid.NewGuid():N}_crash5", Pooling = false }.ConnectionString;
        _reference = Named("reference");
        _victim = Named("victim");
        _second = Named("second");
    }

    protected override string Database => "postgres";

    protected override string Reference => _reference;

    protected override string Victim => _victim;

    protected override string Second => _second;

    protected override string[] BatchKinds => ["keyset", "lock", "held", "delete", "count", "update"];

    /// <summary>Each partition is checked and dropped in a transaction of its own: lock, held-row check, <c>DROP</c>, commit.</summary>
    protected override string[] PartitionSteps =>
        ["before lock partition", "after lock partition", "before held partition", "after held partition", "before drop partition", "after drop partition", "before commit partition", "after commit partition"];

    [PostgresFact]
    public Task A_sweep_killed_at_every_kind_of_step_and_at_random_points_and_rerun_ends_where_one_sweep_ends() => KilledSweepsRerunEndWhereOneSweepEndsAsync();

    /// <summary>
    /// Killed after a partition's <c>DROP</c> before its commit, and between two partitions' drops: each partition is
    /// left whole (every row as seeded) or gone, never half, and the rerun ends where one sweep ends, no expired
    /// partition or row left.
    /// </summary>
    [PostgresFact]
    public async Task A_sweep_killed_inside_the_partition_drops_leaves_each_partition_whole_or_gone_and_rerun_ends_where_one_sweep_ends()
    {
        using (SweepChildProcess seed = SweepChildProcess.Start("seed", Database, Reference, Victim))
        {
            _ = await seed.ExpectAsync("seeded");
        }

        SweepChildProcess child = await WarmAsync(); // the reference sweep
        Task<SweepChildProcess> next = WarmAsync();
        try
        {
            SortedDictionary<string, string> seeded = await TablesAsync(Victim);
            SortedDictionary<string, string> swept = await TablesAsync(Reference);
            List<string> expired = seeded.Keys.Except(swept.Keys).ToList();
            Assert.True(expired.Count >= 3, $"{expired.Count} partitions dropped by one sweep"); // the steps below have partitions to drop

            // After the first partition's DROP, before its commit: none is gone. Then between the first's commit and the
            // second's lock: one is. Then after the second's DROP in that run, before its commit: two are (the first
            // again, then the next one).
            foreach ((string step, int gone) in new[] { ("after drop partition", 0), ("before lock partition#2", 1), ("after drop partition#2", 2) })
            {
                Assert.Equal(step.Split('#')[0], await child.SweepAsync(Victim, step));
                await child.KillAsync();
                child.Dispose();
                child = await next;
                next = WarmAsync();

                SortedDictionary<string, string> left = await TablesAsync(Victim);
                List<string> dropped = seeded.Keys.Except(left.Keys).ToList();
                Assert.True(dropped.Count == gone, $"killed at '{step}': {dropped.Count} partitions gone ({string.Join(", ", dropped)}), not {gone}");
                Assert.All(dropped, table => Assert.Contains(table, expired));
                foreach ((string table, string rows) in left.Where(table => table.Key != "CrashRows"))
                {
                    Assert.True(rows == seeded[table], $"killed at '{step}': {table} is not as seeded");
                }
            }

            Assert.Null(await child.SweepAsync(Victim));
            Assert.Equal(await DumpAsync(Reference), await DumpAsync(Victim));
        }
        finally
        {
            child.Dispose();
            (await next).Dispose();
        }
    }

    public override async Task DisposeAsync()
    {
        string server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable)!;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        foreach (string database in new[] { _reference, _victim, _second })
        {
            await using NpgsqlCommand command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(database).Database}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }
    }

    protected override async Task<SortedDictionary<string, string>> TablesAsync(string connection)
    {
        // Every table (each partition as a table of its own, so a partition dropped or left is seen), its rows in order.
        await using var postgres = new NpgsqlConnection(connection);
        return await TablesAsync(
            postgres,
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
            Select);
    }

    protected override bool Blocks(string step) => step is "after drop partition" or "before commit partition";

    protected override async Task<string> PartitionsAsync(string connection)
    {
        await using var postgres = new NpgsqlConnection(connection);
        return await FingerprintAsync(postgres, """SELECT COUNT(*) FROM pg_inherits WHERE inhparent = '"CrashRows"'::regclass""");
    }

    protected override async Task<string> FingerprintAsync(string connection)
    {
        await using var postgres = new NpgsqlConnection(connection);
        return await FingerprintAsync(postgres, FingerprintColumns + """, (SELECT COUNT(*) FROM pg_inherits WHERE inhparent = '"CrashRows"'::regclass) FROM "CrashRows" """);
    }
}
