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
/// <c>seed sqlite|postgres REFERENCE VICTIM</c> writes the same call records and holds to both databases (on PostgreSQL
/// in a table range-partitioned by month on the anchor) and sweeps REFERENCE once, printing <c>steps N</c>, the number
/// of steps that sweep took. <c>sweep sqlite|postgres DATABASE</c> prints <c>ready</c>, sweeps in batches of 50, and
/// prints <c>done</c>; with <c>PRIVACY_SWEEP_CHILD_STEP=1</c> it stops at every step (<see cref="Stepper"/>) until it
/// reads a line, so the test can kill it there.
/// </summary>
public static class Program
{
    private const int BatchSize = 50;

    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    public static async Task<int> Main(string[] args)
    {
        if (args is ["seed", var database, var reference, var victim])
        {
            await SeedAsync(database, reference);
            await SeedAsync(database, victim);
            var counter = new Stepper(stepping: false);
            await SweepAsync(database, reference, counter);
            Console.Out.WriteLine($"steps {counter.Steps}");
            return 0;
        }

        if (args is ["sweep", var db, var connection])
        {
            var stepper = new Stepper(Environment.GetEnvironmentVariable("PRIVACY_SWEEP_CHILD_STEP") == "1");
            Console.Out.WriteLine("ready");
            Console.Out.Flush();
            await SweepAsync(db, connection, stepper);
            Console.Out.WriteLine("done");
            return 0;
        }

        Console.Error.WriteLine("usage: seed sqlite|postgres REFERENCE VICTIM | sweep sqlite|postgres DATABASE");
        return 2;
    }

    private static async Task SweepAsync(string database, string connection, Stepper stepper)
    {
        IPrivacyPolicy policy = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Now))
            .AddPrivacyPolicy()
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();
        await using CrashContext context = Context(database, connection, stepper);
        await context.SweepRetentionAsync<CrashRow>(policy, batchSize: BatchSize);
    }

    private static async Task SeedAsync(string database, string connection)
    {
        await using (CrashContext context = Context(database, connection, stepper: null))
        {
            await context.Database.EnsureDeletedAsync();
            await context.Database.EnsureCreatedAsync();
            if (database == "postgres")
            {
                // Monthly partitions of the anchor (Unix ticks) over the nine years of calls, and a default one for
                // rows without an anchor.
                var ddl = new List<string>
                {
                    """ALTER TABLE "CrashRows" RENAME TO "CrashRows_plain";""",
                    """CREATE TABLE "CrashRows" (LIKE "CrashRows_plain" INCLUDING DEFAULTS) PARTITION BY RANGE ("CallStart");""",
                    """DROP TABLE "CrashRows_plain";""",
                    """CREATE INDEX ON "CrashRows" ("Id");""",
                    """CREATE TABLE "CrashRows_default" PARTITION OF "CrashRows" DEFAULT;""",
                };
                for (var month = new LocalDate(2017, 11, 1); month < new LocalDate(2027, 1, 1); month = month.PlusMonths(1))
                {
                    long from = month.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks();
                    long to = month.PlusMonths(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks();
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
