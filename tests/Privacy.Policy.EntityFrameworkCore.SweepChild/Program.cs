using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace Privacy.Policy.EntityFrameworkCore.SweepChild;

/// <summary>
/// <c>seed sqlite|postgres DATABASE...</c> writes the same call records and holds to each database (on PostgreSQL in a
/// table range-partitioned by quarter on the anchor) and prints <c>seeded</c>. <c>serve sqlite|postgres WARM</c> sweeps
/// WARM once (the reference, or a database already swept: it warms the process up, EF Core's model and compiled
/// queries), prints <c>ready</c>, and then sweeps once per line it reads, <c>sweep DATABASE|STEP|STEP...</c>, in
/// batches of 100: it prints <c>sweeping</c>, stops at each STEP named (<see cref="Stepper"/>) until it reads a line,
/// and prints <c>done MS ROWS-DELETED</c>. So a test kills it at an exact step, or after a delay, and the next
/// process, started and warmed up while this one sweeps, takes over at once.
/// </summary>
public static class Program
{
    internal const int BatchSize = 100; // 15 batches: a first, middle ones and a last, each statement planned over few partitions

    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    public static async Task<int> Main(string[] args)
    {
        if (args is ["seed", var database, .. var connections])
        {
            foreach (string connection in connections)
            {
                await SeedAsync(database, connection);
            }

            Console.Out.WriteLine("seeded");
            return 0;
        }

        if (args is ["serve", var db, var warm])
        {
            var stepper = new Stepper(db == "postgres");
            _ = await SweepAsync(db, warm, stepper);
            Console.Out.WriteLine("ready");
            Console.Out.Flush();
            while (Console.In.ReadLine() is { } line && line.StartsWith("sweep ", StringComparison.Ordinal))
            {
                string[] parts = line["sweep ".Length..].Split('|', StringSplitOptions.RemoveEmptyEntries);
                stepper.Reset(parts.Skip(1));
                Console.Out.WriteLine("sweeping");
                Console.Out.Flush();
                long started = System.Diagnostics.Stopwatch.GetTimestamp();
                RetentionSweepReport report = await SweepAsync(db, parts[0], stepper);
                Console.Out.WriteLine($"done {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} {report.RowsDeleted}");
                Console.Out.Flush();
            }

            return 0;
        }

        Console.Error.WriteLine("usage: seed sqlite|postgres DATABASE... | serve sqlite|postgres WARM");
        return 2;
    }

    private static async Task<RetentionSweepReport> SweepAsync(string database, string connection, Stepper stepper)
    {
        IPrivacyPolicy policy = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Now))
            .AddPrivacyPolicy()
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();
        await using CrashContext context = Context(database, connection, stepper);
        return await context.SweepRetentionAsync<CrashRow>(policy, batchSize: BatchSize);
    }

    private static async Task SeedAsync(string database, string connection)
    {
        await using (CrashContext context = Context(database, connection, stepper: null))
        {
            await context.Database.EnsureDeletedAsync();
            await context.Database.EnsureCreatedAsync();
            if (database == "postgres")
            {
                // Quarterly partitions of the anchor (Unix ticks) over the nine years of calls (37: fewer to plan each statement over), and a default one for
                // rows without an anchor.
                var ddl = new List<string>
                {
                    """ALTER TABLE "CrashRows" RENAME TO "CrashRows_plain";""",
                    """CREATE TABLE "CrashRows" (LIKE "CrashRows_plain" INCLUDING DEFAULTS) PARTITION BY RANGE ("CallStart");""",
                    """DROP TABLE "CrashRows_plain";""",
                    """CREATE INDEX ON "CrashRows" ("Id");""",
                    """CREATE TABLE "CrashRows_default" PARTITION OF "CrashRows" DEFAULT;""",
                };
                for (var month = new LocalDate(2017, 11, 1); month < new LocalDate(2027, 1, 1); month = month.PlusMonths(3))
                {
                    long from = month.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks();
                    long to = month.PlusMonths(3).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks();
                    ddl.Add($"""CREATE TABLE "CrashRows_{month.Year}_{month.Month:00}" PARTITION OF "CrashRows" FOR VALUES FROM ({from}) TO ({to});""");
                }

#pragma warning disable EF1002 // the test's own DDL, no values
                await context.Database.ExecuteSqlRawAsync(string.Join("\n", ddl));
#pragma warning restore EF1002
            }
        }

        var random = new Random(27182818);
        string[] customers = Enumerable.Range(0, 100).Select(i => "C-" + (1000 + i)).ToArray();
        Instant oldest = Now - Duration.FromDays(365 * 9);
        List<CrashRow> rows = Enumerable.Range(1, 1500).Select(i => new CrashRow
        {
            Id = i,
            CustomerId = i == 7 ? "C-HELD" : customers[random.Next(customers.Length)],
            CallStart = random.Next(100) == 0 ? null : oldest + Duration.FromSeconds(random.NextInt64(0, 365L * 9 * 86400)),
            CalledNumber = "06" + random.Next(10_000_000, 99_999_999),
            CallingNumber = random.Next(10) == 0 ? null : "06" + random.Next(10_000_000, 99_999_999),
            Imsi = "20408" + random.NextInt64(1_000_000_000, 9_999_999_999),
            DurationSeconds = random.Next(0, 3600),
        }).ToList();
        await using (CrashContext context = Context(database, connection, stepper: null))
        {
            context.Calls.AddRange(rows);
            await context.SaveChangesAsync();
            await context.PlaceHoldAsync(PrivacyHold.ForSubject("C-HELD", "Claim letter", "AVG art. 17(3)(e)", "legal", Now - Duration.FromDays(1)), NullLogger.Instance);
            await context.PlaceHoldAsync(PrivacyHold.ForRecord<CrashRow>(11L, "Bill disputed", "Telecommunicatiewet art. 11.5(3)", "billing", Now - Duration.FromDays(1)), NullLogger.Instance);
        }
    }

    private static CrashContext Context(string database, string connection, Stepper? stepper)
    {
        var options = new DbContextOptionsBuilder<CrashContext>();
        _ = database switch
        {
            "sqlite" => options.UseSqlite(connection),
            "postgres" => options.UseNpgsql(connection),
            _ => throw new ArgumentException("database: sqlite or postgres", nameof(database)),
        };
        if (stepper is not null)
        {
            options.AddInterceptors(new StepCommands(stepper), new StepCommits(stepper));
        }

        return new CrashContext(options.Options);
    }
}
