using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.EntityFrameworkCore;

namespace Privacy.Policy.Benchmarks;

// The measured shape keeps every member two years; Telecommunicatiewet art. 11.5 is not what is measured (PRIV024,
// PRIV025), the partition drop is.
#pragma warning disable PRIV024, PRIV025

/// <summary>A call record whose members all run out together, two years after the call: rows go whole.</summary>
public partial class PartitionedSweepRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing)]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor]
    [PersonalData(Category.Usage, Retention = "P2Y", Purposes = Purpose.Billing)]
    public Instant? CallStart { get; set; }

    [PersonalData(Category.Usage, Retention = "P2Y", Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public string CalledNumber { get; set; } = string.Empty;

    [PersonalData(Category.Usage, Retention = "P2Y", Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public string? CallingNumber { get; set; }

    [PersonalData(Category.TechnicalIdentifier, Retention = "P2Y", Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi)]
    public string? Imsi { get; set; }
}

/// <summary>The partitioned measurement's context; instants as Unix ticks.</summary>
public sealed class PartitionedSweepContext(DbContextOptions<PartitionedSweepContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<PartitionedSweepRow>(entity =>
        {
            entity.ToTable("PartitionedSweepRows");
            entity.HasKey(row => row.Id);
            entity.Property(row => row.Id).ValueGeneratedNever();
            entity.Property(row => row.CallStart).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
        });
}

/// <summary>
/// <c>--sweep postgres N partitioned-seed</c> writes N call records over the nine years before 29 November 2026 into a
/// table range-partitioned by month on the anchor, on the server (<c>INSERT ... SELECT generate_series</c>), and
/// <c>plain-seed</c> the same rows into one table, for comparison;
/// <c>--sweep postgres N partitioned YYYY-MM-DD</c> sweeps it as of that day twice: the first sweep drops every month
/// that ran out, the second finds none to drop and walks the same rows left. The two times differ by what dropping
/// costs, whatever the number of rows dropped.
/// </summary>
public static class PartitionedSweepMeasurement
{
    private static readonly Instant Newest = Instant.FromUtc(2026, 11, 29, 12, 0);

    public static async Task RunAsync(int count, string way, string? asOf)
    {
        DbContextOptions<PartitionedSweepContext> options = new DbContextOptionsBuilder<PartitionedSweepContext>().UseNpgsql(
            new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("PRIVACY_POLICY_POSTGRES") ?? "Host=localhost;Username=privacy;Password=privacy") { Database = "privacy_sweep_partitioned", CommandTimeout = 3600 }.ConnectionString).Options;
        if (way is "partitioned-seed" or "plain-seed")
        {
            var stopwatch = Stopwatch.StartNew();
            await SeedAsync(options, count, partitioned: way == "partitioned-seed");
            Console.WriteLine($"postgres: {count:N0} rows seeded {(way == "partitioned-seed" ? "in monthly partitions" : "in one table")} in {stopwatch.Elapsed.TotalSeconds:F0} s");
            return;
        }

        Instant now = LocalDate.FromDateTime(DateTime.Parse(asOf ?? throw new ArgumentException("partitioned YYYY-MM-DD: the day to sweep as of"), System.Globalization.CultureInfo.InvariantCulture)).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromHours(12);
        long before = await CountAsync(options);

        // A warm-up sweep as of a day before the oldest call expired (nothing to drop or delete) compiles the same
        // queries; then the sweep that drops, and one that finds nothing left to drop and walks the same rows left.
        foreach ((string pass, Instant at) in new[] { ("warm-up", Newest - Duration.FromDays(365 * 9)), ("first", now), ("second", now) })
        {
            IPrivacyPolicy policy = Policy(at);
            var stopwatch = Stopwatch.StartNew();
            var drops = new DropClock(stopwatch);
            await using var context = new PartitionedSweepContext(new DbContextOptionsBuilder<PartitionedSweepContext>(options).AddInterceptors(drops).Options);
            RetentionSweepReport report = await context.SweepRetentionAsync<PartitionedSweepRow>(policy, batchSize: 50_000);
            stopwatch.Stop();
            long after = await CountAsync(options);
            Console.WriteLine($"postgres, partitioned as of {(pass == "warm-up" ? at.InUtc().Date.ToString("yyyy-MM-dd", null) : asOf)}, {pass} sweep: {stopwatch.Elapsed.TotalSeconds:F1} s; {report.PartitionsDropped.Count} partitions dropped{(drops.LastDrop is { } last ? $" by {last.TotalSeconds:F1} s" : string.Empty)} "
                              + $"({before - after - report.RowsDeleted:N0} rows in them), {report.RowsDeleted:N0} rows deleted row-wise, {report.Batches} batches over the {after:N0} rows left");
            before = after;
        }
    }

    /// <summary>When the sweep's last <c>DROP TABLE</c> finished: the partition step's end, before the key batches.</summary>
    private sealed class DropClock(Stopwatch stopwatch) : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public TimeSpan? LastDrop { get; private set; }

        public override ValueTask<int> NonQueryExecutedAsync(System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, int result, System.Threading.CancellationToken cancellationToken = default)
        {
            if (command.CommandText.StartsWith("DROP TABLE", StringComparison.Ordinal))
            {
                LastDrop = stopwatch.Elapsed;
            }

            return ValueTask.FromResult(result);
        }
    }

    private static IPrivacyPolicy Policy(Instant now)
        => new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(now))
            .AddPrivacyPolicy(options =>
            {
                // The assembly's other records pseudonymise; a key is required to start, whatever is swept.
                options.Pseudonymization.KeyId = "2026-11";
                options.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
            })
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();

    private static async Task<long> CountAsync(DbContextOptions<PartitionedSweepContext> options)
    {
        await using var context = new PartitionedSweepContext(options);
        return await context.Set<PartitionedSweepRow>().LongCountAsync();
    }

    private static async Task SeedAsync(DbContextOptions<PartitionedSweepContext> options, int count, bool partitioned)
    {
        await using var context = new PartitionedSweepContext(options);
        context.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await context.Database.EnsureDeletedAsync();
        await context.Database.EnsureCreatedAsync();
        Instant oldest = Newest - Duration.FromDays(365 * 9);
        var ddl = new List<string>
        {
            """ALTER TABLE "PartitionedSweepRows" RENAME TO "PartitionedSweepRows_plain";""",
            """CREATE TABLE "PartitionedSweepRows" (LIKE "PartitionedSweepRows_plain" INCLUDING DEFAULTS) PARTITION BY RANGE ("CallStart");""",
            """DROP TABLE "PartitionedSweepRows_plain";""",
            """CREATE TABLE "PartitionedSweepRows_default" PARTITION OF "PartitionedSweepRows" DEFAULT;""",
        };
        LocalDate first = oldest.InUtc().Date;
        for (var month = new LocalDate(first.Year, first.Month, 1); month <= Newest.InUtc().Date; month = month.PlusMonths(1))
        {
            long from = month.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks();
            long to = month.PlusMonths(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks();
            ddl.Add($"""CREATE TABLE "PartitionedSweepRows_{month.Year}_{month.Month:00}" PARTITION OF "PartitionedSweepRows" FOR VALUES FROM ({from}) TO ({to});""");
        }

#pragma warning disable EF1002 // the measurement's own DDL and numbers, no input
        if (partitioned)
        {
            await context.Database.ExecuteSqlRawAsync(string.Join("\n", ddl));
        }

        // On the server, a million rows a statement: anchors spread evenly over the nine years (a fixed seed).
        long span = (Newest - oldest).BclCompatibleTicks;
        await context.Database.ExecuteSqlRawAsync("SELECT setseed(0.48151623)");
        for (long start = 1; start <= count; start += 1_000_000)
        {
            long end = Math.Min(count, start + 999_999);
            await context.Database.ExecuteSqlRawAsync($"""
                INSERT INTO "PartitionedSweepRows" ("Id", "CustomerId", "CallStart", "CalledNumber", "CallingNumber", "Imsi")
                SELECT i, 'C-' || (1000 + i % 98999), {oldest.ToUnixTimeTicks()} + floor(random() * {span})::bigint,
                       '06' || (10000000 + i % 89999999), '06' || (10000000 + (i * 7) % 89999999), '20408' || (1000000000 + i)
                FROM generate_series({start}::bigint, {end}::bigint) AS i
                """);
        }

        // The sweep's keyset batches walk the key; the partition key bounds its statements.
        await context.Database.ExecuteSqlRawAsync("""CREATE INDEX ON "PartitionedSweepRows" ("Id"); CREATE INDEX ON "PartitionedSweepRows" ("CallStart");""");
        await context.Database.ExecuteSqlRawAsync("""VACUUM ANALYZE "PartitionedSweepRows";""");
#pragma warning restore EF1002
    }
}
