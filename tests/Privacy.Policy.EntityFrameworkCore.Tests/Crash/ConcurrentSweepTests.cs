using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Crash;

/// <summary>Two sweeps at once on SQLite: the batch's <c>BEGIN IMMEDIATE</c> makes the second wait for the first's write lock (a deferred <c>BEGIN</c> fails <c>A_second_sweeps_batch_waits_for_the_firsts_commit</c>).</summary>
public sealed class SqliteConcurrentSweepTests : ConcurrentSweepSuite
{
    private readonly string _reference = Path.Combine(Path.GetTempPath(), $"privacy-concurrent-reference-{Guid.NewGuid():N}.db");

    private readonly string _swept = Path.Combine(Path.GetTempPath(), $"privacy-concurrent-{Guid.NewGuid():N}.db");

    [Fact]
    public Task Two_sweeps_at_once_neither_double_count_nor_deadlock() => TwoSweepsAtOnceCountWhatOneSweepCountsAsync();

    public override Task DisposeAsync()
    {
        SqliteTestFiles.Delete(_reference);
        SqliteTestFiles.Delete(_swept);
        return Task.CompletedTask;
    }

    [Fact]
    public Task A_second_sweeps_batch_waits_for_the_firsts_commit() => ASecondSweepsBatchWaitsForTheFirstsCommitAsync();

    protected override CallsContext Context(bool reference, params IInterceptor[] interceptors)
        => new(new DbContextOptionsBuilder<CallsContext>().UseSqlite($"Data Source={(reference ? _reference : _swept)}").AddInterceptors(interceptors).Options);
}

/// <summary>Two sweeps at once on PostgreSQL: the sweep's advisory lock takes their batches one at a time.</summary>
public sealed class PostgresConcurrentSweepTests : ConcurrentSweepSuite
{
    private readonly string _reference;

    private readonly string _swept;

    public PostgresConcurrentSweepTests()
    {
        string server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL.");
        _reference = new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_concurrent_{Guid.NewGuid():N}_crash5" }.ConnectionString;
        _swept = new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_concurrent_{Guid.NewGuid():N}_crash5" }.ConnectionString;
    }

    [PostgresFact]
    public Task Two_sweeps_at_once_neither_double_count_nor_deadlock() => TwoSweepsAtOnceCountWhatOneSweepCountsAsync();

    public override async Task DisposeAsync()
    {
        foreach (bool reference in new[] { true, false })
        {
            await using CallsContext context = Context(reference);
            await context.Database.EnsureDeletedAsync();
        }
    }

    [PostgresFact]
    public Task A_second_sweeps_batch_waits_for_the_firsts_commit() => ASecondSweepsBatchWaitsForTheFirstsCommitAsync();

    protected override CallsContext Context(bool reference, params IInterceptor[] interceptors)
        => new(new DbContextOptionsBuilder<CallsContext>().UseNpgsql(reference ? _reference : _swept).AddInterceptors(interceptors).Options);
}
