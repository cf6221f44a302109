using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
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
    protected abstract CallsContext Context(bool reference);

    protected async Task TwoSweepsAtOnceCountWhatOneSweepCountsAsync()
    {
        IPrivacyPolicy policy = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Now))
            .AddPrivacyPolicy()
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();
        foreach (bool reference in new[] { true, false })
        {
            await using CallsContext context = Context(reference);
            await context.Database.EnsureDeletedAsync();
            await context.Database.EnsureCreatedAsync();
            context.Calls.AddRange(Rows(3000));
            await context.SaveChangesAsync();
        }

        RetentionSweepReport one;
        await using (CallsContext context = Context(reference: true))
        {
            one = await context.SweepRetentionAsync<CallRow>(policy, batchSize: 50);
        }

        Assert.True(one.RowsDeleted > 100 && one.MembersErased.Values.Sum() > 100, one.ToString());

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
}
