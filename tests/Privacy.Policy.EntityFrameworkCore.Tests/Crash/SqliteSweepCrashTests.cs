using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Xunit;
using Xunit.Abstractions;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Crash;

/// <summary>The crash suite on SQLite files (rollback journal, SQLite's default): 36 kinds of step, then random delays.</summary>
[Collection(nameof(SweepCrashSuite))] // one engine at a time: the child processes share two cores
public sealed class SqliteSweepCrashTests(ITestOutputHelper output) : SweepCrashSuite(output)
{
    private readonly string _reference = Path.Combine(Path.GetTempPath(), $"privacy-crash-reference-{Guid.NewGuid():N}.db");

    private readonly string _victim = Path.Combine(Path.GetTempPath(), $"privacy-crash-victim-{Guid.NewGuid():N}.db");

    private readonly string _second = Path.Combine(Path.GetTempPath(), $"privacy-crash-second-{Guid.NewGuid():N}.db");

    protected override string Database => "sqlite";

    protected override string Reference => $"Data Source={_reference}";

    protected override string Victim => $"Data Source={_victim}";

    protected override string Second => $"Data Source={_second}";

    protected override string[] BatchKinds => ["keyset", "held", "delete", "count", "update"];

    [Fact]
    public Task A_sweep_killed_at_every_kind_of_step_and_at_random_points_and_rerun_ends_where_one_sweep_ends() => KilledSweepsRerunEndWhereOneSweepEndsAsync();

    public override Task DisposeAsync()
    {
        SqliteTestFiles.Delete(_reference);
        SqliteTestFiles.Delete(_victim);
        SqliteTestFiles.Delete(_second);
        return Task.CompletedTask;
    }

    protected override async Task<SortedDictionary<string, string>> TablesAsync(string connection)
    {
        await using var sqlite = new SqliteConnection(connection);
        return await TablesAsync(sqlite, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", Select);
    }

    protected override async Task<string> FingerprintAsync(string connection)
    {
        await using var sqlite = new SqliteConnection(connection);
        return await FingerprintAsync(sqlite, FingerprintColumns + """, 0 FROM "CrashRows" """);
    }
}
