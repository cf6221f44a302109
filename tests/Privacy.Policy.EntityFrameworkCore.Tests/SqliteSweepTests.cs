using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>The sweep suite on SQLite, in a file of its own per test.</summary>
public sealed class SqliteSweepTests : SweepSuite
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"privacy-sweep-{Guid.NewGuid():N}.db");

    [Fact]
    public Task A_sweep_matches_the_in_memory_engine_row_for_row() => SweepMatchesTheInMemoryEngineRowForRowAsync();

    [Fact]
    public Task A_second_sweep_changes_nothing_and_a_sweep_cut_off_is_finished_by_the_next() => SecondSweepChangesNothingAndCutOffSweepIsFinishedAsync();

    [Fact]
    public Task Rows_without_an_anchor_are_kept() => RowsWithoutAnAnchorAreKeptAsync();

    [Fact]
    public Task Erasing_a_subject_matches_the_in_memory_erasure() => SubjectErasureMatchesTheInMemoryErasureAsync();

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    protected override DbContextOptionsBuilder<CallsContext> Options()
        => new DbContextOptionsBuilder<CallsContext>().UseSqlite($"Data Source={_path}");

    protected override Task ResetAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return Task.CompletedTask;
    }
}
