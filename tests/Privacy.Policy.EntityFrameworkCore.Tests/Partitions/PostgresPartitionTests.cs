using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;
using Npgsql;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Partitions;

/// <summary>
/// A call-detail table range-partitioned by month on its anchor, as telecoms keep them: the sweep drops the partitions
/// whose every row has run out and none is held, sweeps the rest row-wise, and leaves every row as
/// <c>EvaluateRetention</c> decides it.
/// </summary>
public sealed class PostgresPartitionTests : IAsyncLifetime
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    private static readonly string[] Members = ["CustomerId", "CalledNumber", "CallingNumber", "Imsi", "DurationSeconds", "CallStart"];

    private readonly string _connection;

    public PostgresPartitionTests()
    {
        string server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL.");
        _connection = new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_partitions_{Guid.NewGuid():N}" }.ConnectionString;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using PartitionedCallsContext context = Context();
        await context.Database.EnsureDeletedAsync();
    }

    [PostgresFact]
    public async Task Expired_partitions_are_dropped_and_the_rest_swept_row_by_row_as_the_engine_decides()
    {
        IPrivacyPolicy policy = Policy();
        List<(string Name, Instant From, Instant To)> months = await CreatePartitionedAsync();
        List<CallRow> original = Rows(4000, months[0].From);

        // One row of March 2018 held by its record, one row of June 2018 by its subject: those months stay.
        CallRow heldRecord = original.First(row => row.CallStart is { } at && at >= Instant.FromUtc(2018, 3, 5, 0, 0) && at < Instant.FromUtc(2018, 3, 25, 0, 0));
        CallRow heldSubject = original.First(row => row.CallStart is { } at && at >= Instant.FromUtc(2018, 6, 5, 0, 0) && at < Instant.FromUtc(2018, 6, 25, 0, 0));
        heldSubject.CustomerId = "C-HELD";
        await using (PartitionedCallsContext context = Context())
        {
            context.Calls.AddRange(original.Select(Copy));
            await context.SaveChangesAsync();
            await context.PlaceHoldAsync(PrivacyHold.ForRecord<CallRow>(heldRecord.Id, "Bill disputed", "Telecommunicatiewet art. 11.5(3)", "billing", Now - Duration.FromDays(1)), NullLogger.Instance);
            await context.PlaceHoldAsync(PrivacyHold.ForSubject("C-HELD", "Claim letter", "AVG art. 17(3)(e)", "legal", Now - Duration.FromDays(1)), NullLogger.Instance);
        }

        RetentionSweepReport report;
        await using (PartitionedCallsContext context = Context())
        {
            report = await context.SweepRetentionAsync<CallRow>(policy, batchSize: 500);
        }

        // A month goes whole when a call at its very end would be deleted (retention only grows with the anchor),
        // unless a row in it is held.
        var heldMonths = new HashSet<string>(months.Where(month => Contains(month, heldRecord) || Contains(month, heldSubject)).Select(month => month.Name));
        var expired = months.Where(month => policy.EvaluateRetention(new CallRow { CustomerId = "C", CalledNumber = "0", CallStart = month.To - Duration.Epsilon }).Action == RetentionAction.Delete).ToList();
        Assert.True(expired.Count > 12, $"{expired.Count} months expired: the data should reach years past retention");
        List<string> dropped = expired.Where(month => !heldMonths.Contains(month.Name)).Select(month => "public." + month.Name).ToList();
        Assert.Equal(2, heldMonths.Count);
        Assert.Equal(dropped, report.PartitionsDropped.OrderBy(name => name, StringComparer.Ordinal).ToList());
        List<string> left = await PartitionsAsync();
        Assert.All(dropped, name => Assert.DoesNotContain(name["public.".Length..], left));
        Assert.All(heldMonths, name => Assert.Contains(name, left));
        Assert.Contains("Calls_default", left);

        // Row for row: the held rows as they were, every other row as EvaluateRetention decides it.
        Dictionary<long, CallRow> after;
        await using (PartitionedCallsContext context = Context())
        {
            after = await context.Calls.AsNoTracking().ToDictionaryAsync(row => row.Id);
        }

        long deletedRowWise = 0;
        var erased = new Dictionary<string, long>();
        foreach (CallRow row in original)
        {
            if (row.Id == heldRecord.Id || row.Id == heldSubject.Id)
            {
                Assert.Equivalent(row, after[row.Id]);
                continue;
            }

            RetentionDecision decision = policy.EvaluateRetention(row);
            if (decision.Action == RetentionAction.Delete)
            {
                Assert.False(after.ContainsKey(row.Id), $"row {row.Id} should be deleted");
                deletedRowWise += months.Any(month => Contains(month, row) && dropped.Contains("public." + month.Name)) ? 0 : 1;
                continue;
            }

            CallRow swept = after[row.Id];
            foreach (string member in Members)
            {
                if (decision.ExpiredMembers.Contains(member) && !IsErased(Value(row, member)))
                {
                    erased[member] = erased.GetValueOrDefault(member) + 1;
                    Assert.True(IsErased(Value(swept, member)), $"row {row.Id}: {member} should be erased");
                }
                else if (!decision.ExpiredMembers.Contains(member))
                {
                    Assert.Equal(Value(row, member), Value(swept, member));
                }
            }
        }

        // The boundary month and the held ones were swept row-wise, and counted; the dropped months' rows were not.
        Assert.True(deletedRowWise > 10, $"{deletedRowWise} rows deleted row-wise: the boundary and held months should have some");
        Assert.Equal(deletedRowWise, report.RowsDeleted);
        Assert.Equal(2, report.RowsHeld);
        foreach ((string member, long count) in erased)
        {
            Assert.Equal(count, report.MembersErased[member]);
        }

        // A second sweep finds nothing left to drop or do.
        await using (PartitionedCallsContext context = Context())
        {
            RetentionSweepReport again = await context.SweepRetentionAsync<CallRow>(policy, batchSize: 500);
            Assert.Empty(again.PartitionsDropped);
            Assert.Equal(0, again.RowsDeleted);
            Assert.Equal(0, again.MembersErased.Values.Sum());
        }
    }

    [PostgresFact]
    public async Task Two_sweeps_at_once_drop_each_partition_once_and_count_each_row_once()
    {
        IPrivacyPolicy policy = Policy();
        List<(string Name, Instant From, Instant To)> months = await CreatePartitionedAsync();
        List<CallRow> original = Rows(3000, months[0].From);
        await using (PartitionedCallsContext context = Context())
        {
            context.Calls.AddRange(original);
            await context.SaveChangesAsync();
        }

        var start = new TaskCompletionSource();
        async Task<RetentionSweepReport> SweepAsync()
        {
            await start.Task;
            await using PartitionedCallsContext context = Context();
            return await context.SweepRetentionAsync<CallRow>(policy, batchSize: 100);
        }

        Task<RetentionSweepReport> first = Task.Run(SweepAsync);
        Task<RetentionSweepReport> second = Task.Run(SweepAsync);
        start.SetResult();
        RetentionSweepReport[] reports = await Task.WhenAll(first, second);

        List<string> expired = months.Where(month => policy.EvaluateRetention(new CallRow { CustomerId = "C", CalledNumber = "0", CallStart = month.To - Duration.Epsilon }).Action == RetentionAction.Delete)
            .Select(month => "public." + month.Name).ToList();
        Assert.Empty(reports[0].PartitionsDropped.Intersect(reports[1].PartitionsDropped));
        Assert.Equal(expired, reports.SelectMany(report => report.PartitionsDropped).OrderBy(name => name, StringComparer.Ordinal).ToList());
        long rowWise = original.Count(row => policy.EvaluateRetention(row).Action == RetentionAction.Delete
                                             && !months.Any(month => Contains(month, row) && expired.Contains("public." + month.Name)));
        Assert.Equal(rowWise, reports.Sum(report => report.RowsDeleted));
    }

    [PostgresFact]
    public async Task A_partition_key_that_is_not_the_anchor_is_swept_row_by_row()
    {
        IPrivacyPolicy policy = Policy();
        await using (PartitionedCallsContext context = Context())
        {
            await context.Database.EnsureDeletedAsync();
            await context.Database.EnsureCreatedAsync();
            await context.Database.ExecuteSqlRawAsync("""
                ALTER TABLE "Calls" RENAME TO "Calls_plain";
                CREATE TABLE "Calls" (LIKE "Calls_plain" INCLUDING DEFAULTS) PARTITION BY RANGE ("Id");
                DROP TABLE "Calls_plain";
                CREATE TABLE "Calls_low" PARTITION OF "Calls" FOR VALUES FROM (0) TO (1000000);
                """);
        }

        List<CallRow> original = Rows(500, Instant.FromUtc(2017, 1, 1, 0, 0));
        await using (PartitionedCallsContext context = Context())
        {
            context.Calls.AddRange(original);
            await context.SaveChangesAsync();
        }

        await using (PartitionedCallsContext context = Context())
        {
            RetentionSweepReport report = await context.SweepRetentionAsync<CallRow>(policy, batchSize: 100);
            Assert.Empty(report.PartitionsDropped);
            Assert.Equal(original.Count(row => policy.EvaluateRetention(row).Action == RetentionAction.Delete), report.RowsDeleted);
        }

        Assert.Contains("Calls_low", await PartitionsAsync());
    }

    /// <summary>
    /// Makes "Calls" range-partitioned on its anchor (Unix ticks), a partition per month from January 2017 to December
    /// 2026, and a default partition (rows without an anchor).
    /// </summary>
    private async Task<List<(string Name, Instant From, Instant To)>> CreatePartitionedAsync()
    {
        var months = new List<(string Name, Instant From, Instant To)>();
        for (var month = new LocalDate(2017, 1, 1); month < new LocalDate(2027, 1, 1); month = month.PlusMonths(1))
        {
            months.Add(($"Calls_{month.Year}_{month.Month:00}", month.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), month.PlusMonths(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant()));
        }

        await using PartitionedCallsContext context = Context();
        await context.Database.EnsureDeletedAsync();
        await context.Database.EnsureCreatedAsync();
        string ddl = """
            ALTER TABLE "Calls" RENAME TO "Calls_plain";
            CREATE TABLE "Calls" (LIKE "Calls_plain" INCLUDING DEFAULTS) PARTITION BY RANGE ("CallStart");
            DROP TABLE "Calls_plain";
            CREATE INDEX ON "Calls" ("Id");
            CREATE TABLE "Calls_default" PARTITION OF "Calls" DEFAULT;
            """ + string.Concat(months.Select(month => $"""CREATE TABLE "{month.Name}" PARTITION OF "Calls" FOR VALUES FROM ({month.From.ToUnixTimeTicks()}) TO ({month.To.ToUnixTimeTicks()});"""));
#pragma warning disable EF1002 // the test's own DDL, no values
        await context.Database.ExecuteSqlRawAsync(ddl);
#pragma warning restore EF1002
        return months;
    }

    private async Task<List<string>> PartitionsAsync()
    {
        await using PartitionedCallsContext context = Context();
        return await context.Database.SqlQueryRaw<string>("""SELECT c.relname::text AS "Value" FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"Calls"'::regclass""").ToListAsync();
    }

    private static bool Contains((string Name, Instant From, Instant To) month, CallRow row) => row.CallStart is { } at && at >= month.From && at < month.To;

    /// <summary>Calls spread over ten years from <paramref name="oldest"/>, one in a hundred without an anchor.</summary>
    private static List<CallRow> Rows(int count, Instant oldest)
    {
        var random = new Random(16180339);
        string[] customers = Enumerable.Range(0, 200).Select(i => "C-" + (1000 + i)).ToArray();
        return Enumerable.Range(1, count).Select(i => new CallRow
        {
            Id = i,
            CustomerId = customers[random.Next(customers.Length)],
            CallStart = random.Next(100) == 0 ? null : oldest + Duration.FromSeconds(random.NextInt64(0, 3650L * 86400)),
            CalledNumber = "06" + random.Next(10_000_000, 99_999_999),
            CallingNumber = random.Next(10) == 0 ? null : "06" + random.Next(10_000_000, 99_999_999),
            Imsi = "20408" + random.NextInt64(1_000_000_000, 9_999_999_999),
            DurationSeconds = random.Next(0, 3600),
        }).ToList();
    }

    private static CallRow Copy(CallRow row) => new()
    {
        Id = row.Id,
        CustomerId = row.CustomerId,
        CallStart = row.CallStart,
        CalledNumber = row.CalledNumber,
        CallingNumber = row.CallingNumber,
        Imsi = row.Imsi,
        DurationSeconds = row.DurationSeconds,
    };

    private static object? Value(CallRow row, string member) => member switch
    {
        "CustomerId" => row.CustomerId,
        "CalledNumber" => row.CalledNumber,
        "CallingNumber" => row.CallingNumber,
        "Imsi" => row.Imsi,
        "DurationSeconds" => row.DurationSeconds,
        "CallStart" => row.CallStart,
        _ => throw new ArgumentOutOfRangeException(nameof(member)),
    };

    private static bool IsErased(object? value) => value is null or "" or 0;

    private static IPrivacyPolicy Policy() => TestPolicies.At(Now);

    private PartitionedCallsContext Context() => new(new DbContextOptionsBuilder<PartitionedCallsContext>().UseNpgsql(_connection).Options);
}
