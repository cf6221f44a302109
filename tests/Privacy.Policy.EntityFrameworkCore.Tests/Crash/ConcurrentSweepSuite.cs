using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Crash;

/// <summary>
/// Two sweeps of the same table at once: together they do and count exactly what one sweep does (no value counted by
/// both), they both finish (no deadlock), and the rows end as one sweep leaves them.
/// </summary>
public abstract class ConcurrentSweepSuite : IAsyncLifetime
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    public Task InitializeAsync() => Task.CompletedTask;

    public abstract Task DisposeAsync();

    /// <summary>A context on the reference database (<paramref name="reference"/>) or the one swept twice at once.</summary>
    protected abstract CallsContext Context(bool reference, params IInterceptor[] interceptors);

    protected async Task TwoSweepsAtOnceCountWhatOneSweepCountsAsync()
    {
        IPrivacyPolicy policy = Policy();
        RetentionSweepReport one = await SeedAndSweepReferenceAsync(policy);

        // Both start together, on their own connections, over the same batches.
        var start = new TaskCompletionSource();
        async Task<RetentionSweepReport> SweepAsync()
        {
            await start.Task;
            await using CallsContext context = Context(reference: false);
            return await context.SweepRetentionAsync<CallRow>(policy, batchSize: 50);
        }

        Task<RetentionSweepReport> first = Task.Run(SweepAsync);
        Task<RetentionSweepReport> second = Task.Run(SweepAsync);
        start.SetResult();
        Task both = Task.WhenAll(first, second);
        Assert.Same(both, await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(90)))); // neither waits for ever
        RetentionSweepReport a = await first;
        RetentionSweepReport b = await second;

        await AssertTogetherTheyDidWhatOneDidAsync(one, a, b);
    }

    /// <summary>
    /// The mechanism the test above relies on, made to show: while a sweep's batch is open (stopped in its transaction
    /// before its first write), a second sweep of the table that begins a batch runs no statement of it (on SQLite its
    /// <c>BEGIN IMMEDIATE</c> waits for the first's write lock; on PostgreSQL its advisory lock waits for the first's);
    /// once the first commits, both finish, and together did what one sweep does.
    /// </summary>
    protected async Task ASecondSweepsBatchWaitsForTheFirstsCommitAsync()
    {
        IPrivacyPolicy policy = Policy();
        RetentionSweepReport one = await SeedAndSweepReferenceAsync(policy);

        var pause = new PauseBeforeFirstWrite();
        Task<RetentionSweepReport> first = Task.Run(async () =>
        {
            await using CallsContext context = Context(reference: false, pause);
            return await context.SweepRetentionAsync<CallRow>(policy, batchSize: 50);
        });
        await pause.Paused.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var watch = new WatchBatches();
        Task<RetentionSweepReport> second = Task.Run(async () =>
        {
            await using CallsContext context = Context(reference: false, watch, new WatchBatches.Beginnings(watch));
            return await context.SweepRetentionAsync<CallRow>(policy, batchSize: 50);
        });
        await watch.Beginning.Task.WaitAsync(TimeSpan.FromSeconds(60)); // the second is beginning a batch
        await Task.Delay(TimeSpan.FromSeconds(1));
        int written = watch.Statements;
        pause.Release.SetResult();
        Task both = Task.WhenAll(first, second);
        Assert.Same(both, await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(90))));
        Assert.True(written == 0, $"the second sweep ran {written} statements of a batch while the first's batch was open");
        await AssertTogetherTheyDidWhatOneDidAsync(one, await first, await second);
    }

    private static IPrivacyPolicy Policy() => TestPolicies.At(Now);

    /// <summary>Writes the same calls to both databases and sweeps the reference once.</summary>
    private async Task<RetentionSweepReport> SeedAndSweepReferenceAsync(IPrivacyPolicy policy)
    {
        foreach (bool reference in new[] { true, false })
        {
            await using CallsContext context = Context(reference);
            await context.Database.EnsureDeletedAsync();
            await context.Database.EnsureCreatedAsync();
            context.Calls.AddRange(Rows(3000));
            await context.SaveChangesAsync();
        }

        await using (CallsContext context = Context(reference: true))
        {
            RetentionSweepReport one = await context.SweepRetentionAsync<CallRow>(policy, batchSize: 50);
            Assert.True(one.RowsDeleted > 100 && one.MembersErased.Values.Sum() > 100, one.ToString());
            return one;
        }
    }

    private async Task AssertTogetherTheyDidWhatOneDidAsync(RetentionSweepReport one, RetentionSweepReport a, RetentionSweepReport b)
    {
        Assert.Equal(one.RowsDeleted, a.RowsDeleted + b.RowsDeleted);
        foreach ((string member, long count) in one.MembersErased)
        {
            Assert.True(count == a.MembersErased[member] + b.MembersErased[member], $"{member}: {count} erased by one sweep, {a.MembersErased[member]} + {b.MembersErased[member]} by two at once");
        }

        Assert.Equal(await DumpAsync(reference: true), await DumpAsync(reference: false));
    }

    private async Task<string> DumpAsync(bool reference)
    {
        await using CallsContext context = Context(reference);
        List<CallRow> rows = await context.Calls.AsNoTracking().OrderBy(row => row.Id).ToListAsync();
        return string.Join("\n", rows.Select(row => $"{row.Id}|{row.CustomerId}|{row.CallStart}|{row.CalledNumber}|{row.CallingNumber}|{row.Imsi}|{row.DurationSeconds}"));
    }

    private static List<CallRow> Rows(int count)
    {
        var random = new Random(31415926);
        Instant oldest = Now - Duration.FromDays(365 * 9);
        return Enumerable.Range(1, count).Select(i => new CallRow
        {
            Id = i,
            CustomerId = "C-" + random.Next(1000, 1200),
            CallStart = oldest + Duration.FromSeconds(random.NextInt64(0, 365L * 9 * 86400)),
            CalledNumber = "06" + random.Next(10_000_000, 99_999_999),
            CallingNumber = random.Next(10) == 0 ? null : "06" + random.Next(10_000_000, 99_999_999),
            Imsi = "20408" + random.NextInt64(1_000_000_000, 9_999_999_999),
            DurationSeconds = random.Next(0, 3600),
        }).ToList();
    }

    /// <summary>Stops a sweep at its first write in a batch's transaction until released.</summary>
    private sealed class PauseBeforeFirstWrite : DbCommandInterceptor
    {
        public TaskCompletionSource Paused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.Transaction is not null && !command.CommandText.Contains("pg_advisory_xact_lock", StringComparison.Ordinal) && Paused.TrySetResult())
            {
                await Release.Task;
            }

            return result;
        }
    }

    /// <summary>Counts a sweep's statements in a batch's transaction (its lock aside), and says when it begins a batch.</summary>
    private sealed class WatchBatches : DbCommandInterceptor
    {
        private int _statements;

        public int Statements => _statements;

        public TaskCompletionSource Beginning { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return ValueTask.FromResult(result);
        }

        private void Count(DbCommand command)
        {
            if (command.Transaction is not null && !command.CommandText.Contains("pg_advisory_xact_lock", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _statements);
            }
        }

        public sealed class Beginnings(WatchBatches watch) : DbTransactionInterceptor
        {
            public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
            {
                watch.Beginning.TrySetResult();
                return ValueTask.FromResult(result);
            }
        }
    }
}
