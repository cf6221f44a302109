using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Xunit;
using Xunit.Abstractions;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Crash;

/// <summary>The crash suite on SQLite files (rollback journal, SQLite's default).</summary>
public sealed class SqliteSweepCrashTests(ITestOutputHelper output) : SweepCrashSuite(output)
{
    private readonly string _reference = Path.Combine(Path.GetTempPath(), $"privacy-crash-reference-{Guid.NewGuid():N}.db");

    private readonly string _victim = Path.Combine(Path.GetTempPath(), $"privacy-crash-victim-{Guid.NewGuid():N}.db");

    protected override string Database => "sqlite";

    protected override string Reference => $"Data Source={_reference}";

    protected override string Victim => $"Data Source={_victim}";

    [Fact]
    public Task A_sweep_killed_at_random_points_and_rerun_ends_where_one_sweep_ends() => KilledSweepsRerunEndWhereOneSweepEndsAsync();

    public override Task DisposeAsync()
    {
        SqliteTestFiles.Delete(_reference);
        SqliteTestFiles.Delete(_victim);
        return Task.CompletedTask;
    }

    protected override async Task<string> DumpAsync(string connection)
    {
        await using var sqlite = new SqliteConnection(connection);
        return await DumpAsync(sqlite, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", Select);
    }
}
