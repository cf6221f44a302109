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

// The sweep measurement's rows keep the periods the figures were measured with (call detail seven years for
// bookkeeping, an IMSI three months), which Telecommunicatiewet art. 11.5 does not allow (PRIV024, PRIV025); what is
// measured is the set-based SQL, whatever the periods.
#pragma warning disable PRIV024, PRIV025

/// <summary>A call record as a table row, for the sweep measurement.</summary>
public partial class SweepRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P2Y", Purposes = Purpose.Billing)]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor]
    [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Bookkeeping)]
    public Instant? CallStart { get; set; }

    [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.PhoneNumber)]
    public string CalledNumber { get; set; } = string.Empty;

    [PersonalData(Category.Usage, Retention = "P6M", Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public string? CallingNumber { get; set; }

    [PersonalData(Category.TechnicalIdentifier, Retention = "P3M", Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi)]
    public string? Imsi { get; set; }
}

/// <summary>The sweep measurement's context; instants as Unix ticks.</summary>
public sealed class SweepContext(DbContextOptions<SweepContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<SweepRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.Property(row => row.Id).ValueGeneratedNever();
            entity.Property(row => row.CallStart).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
        });
}

/// <summary>
/// <c>--sweep sqlite|postgres N seed</c> writes N call records spread over nine years; <c>--sweep sqlite|postgres N
/// set|sql|naive</c> then sweeps them set-based, with the SQL a database engineer writes by hand for the same
/// thresholds (the baseline: one <c>DELETE</c> and one <c>UPDATE ... CASE ...</c> in one transaction), or the naive
/// way (page through the rows, decide each in memory, save the changes) and prints rows per second and the process's
/// peak working set. Seed before each sweep, each in its own
/// process, so that the peaks do not mix.
/// </summary>
public static class SweepMeasurement
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    public static async Task RunAsync(string database, int count, string way, bool explain = false, bool warm = false, int? batchSize = null, int? rounds = null, bool naive = false)
    {
        IPrivacyPolicy policy = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Now))
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = "2026-11";
                options.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
            })
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();

        bool postgres = database switch
        {
            "sqlite" => false,
            "postgres" => true,
            _ => throw new ArgumentException("database: sqlite or postgres"),
        };
        var trace = new SweepTrace(postgres, explain);
        // The statement trace for a single way's run; none when the ways are compared, so neither pays for it.
        Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors = way is "set" or "sql" ? [trace, new CommitTrace(trace)] : [];
        DbContextOptions<SweepContext> Options(string file, string postgresDatabase) => (postgres
                ? new DbContextOptionsBuilder<SweepContext>().UseNpgsql(Server(postgresDatabase))
                : new DbContextOptionsBuilder<SweepContext>().UseSqlite($"Data Source={file}"))
            .AddInterceptors(interceptors)
            .Options;
        DbContextOptions<SweepContext> options = Options(SqliteFile, MeasuredDatabase);

        if (way == "seed")
        {
            await SeedAsync(options, count);
            await SnapshotAsync(postgres, options);
            Console.WriteLine($"{database}: {count:N0} rows seeded");
            return;
        }

        if (way == "reset")
        {
            await ResetAsync(postgres);
            Console.WriteLine($"{database}: the seeded rows restored");
            return;
        }

        async Task<string> WayAsync(DbContextOptions<SweepContext> on) => await RunWayAsync(on, way);

        async Task<string> RunWayAsync(DbContextOptions<SweepContext> on, string way)
        {
            if (way == "set")
            {
                await using var context = new SweepContext(on);
                RetentionSweepReport report = await context.SweepRetentionAsync<SweepRow>(policy, batchSize: batchSize ?? DefaultBatchSize(postgres));
                return $"{report.RowsDeleted:N0} deleted, {report.MembersErased.Values.Sum():N0} member values erased, {report.Batches} batches";
            }

            return way == "sql" ? await HandWrittenAsync(on, policy) : await NaiveAsync(on, policy);
        }

        if (way == "compare")
        {
            await CompareAsync(postgres, options, Options(SqliteFile + ".warm", MeasuredDatabase + "_warm"), RunWayAsync, rounds ?? 5, naive);
            return;
        }

        if (warm)
        {
            // A sweep runs in a process that is already up: the way runs once over a small table of its own first, so
            // what is timed is not the JIT nor Entity Framework compiling its queries (the same interceptors, so the
            // same query cache).
            DbContextOptions<SweepContext> small = Options(SqliteFile + ".warm", MeasuredDatabase + "_warm");
            await SeedAsync(small, 120_000);
            await WayAsync(small);
            trace.Clear();
        }

        // On PostgreSQL, what the way writes: WAL bytes, and the dead row versions it leaves for vacuum.
        string? walBefore = postgres ? await ScalarAsync("SELECT pg_current_wal_lsn()::text") : null;

        var stopwatch = Stopwatch.StartNew();
        trace.Start();
        string result = await WayAsync(options);
        stopwatch.Stop();
        TimeSpan elapsed = stopwatch.Elapsed - trace.Explaining;
        if (walBefore is not null)
        {
            result += "; " + await WritesAsync(walBefore);
        }

        using Process process = Process.GetCurrentProcess();
        Console.WriteLine($"{database}, {way}{(warm ? " (warm)" : string.Empty)}: {count:N0} rows in {elapsed.TotalSeconds:F2} s = {count / elapsed.TotalSeconds:N0} rows/s; {result}; peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB");
        if (way != "naive")
        {
            trace.Print();
        }

        if (explain)
        {
            // The check a CI run makes of the model: the seeded table has no index on its anchor.
            await using var context = new SweepContext(options);
            Console.WriteLine();
            Console.WriteLine($"retention anchors without an index: {string.Join(", ", context.Model.FindUnindexedRetentionAnchors())}");
        }
    }

    /// <summary>
    /// The batch size each engine is measured with, as docs/retention.md advises: on SQLite a batch whose rows fit its
    /// page cache (2 MiB unless the connection says otherwise; 20,000 of these rows are about 1.3 MiB), so the count and
    /// the <c>UPDATE</c> read the rows the <c>DELETE</c> just read from memory; on PostgreSQL larger batches, as each
    /// commit waits for its WAL flush.
    /// </summary>
    private static int DefaultBatchSize(bool postgres) => postgres ? 50_000 : 20_000;

    private const string MeasuredDatabase = "privacy_sweep_measure";

    /// <summary>
    /// <c>compare</c>: the sweep and the hand-written SQL side by side in one process, <paramref name="rounds"/> rounds,
    /// each way after a reset to the seeded rows, the order of the two ways swapped every round (so neither always
    /// runs on a cache the other warmed). Both ran once over a small table first (JIT, query compilation). Prints each
    /// round and the medians, with the ratio of each round and its median: the figure to read on a noisy machine. On
    /// PostgreSQL each round also says what each way wrote (WAL, dead tuples); with <paramref name="naive"/>, the naive
    /// way runs once after the rounds, the second reference.
    /// </summary>
    private static async Task CompareAsync(bool postgres, DbContextOptions<SweepContext> options, DbContextOptions<SweepContext> small, Func<DbContextOptions<SweepContext>, string, Task<string>> run, int rounds, bool naive)
    {
        await SeedAsync(small, 120_000);
        await run(small, "set");
        await SeedAsync(small, 120_000);
        await run(small, "sql");

        var times = new List<(double Set, double Sql)>();
        for (int round = 1; round <= rounds; round++)
        {
            var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
            string[] order = round % 2 == 1 ? ["set", "sql"] : ["sql", "set"];
            foreach (string way in order)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Npgsql.NpgsqlConnection.ClearAllPools();
                await ResetAsync(postgres);
                string? walBefore = postgres ? await ScalarAsync("SELECT pg_current_wal_lsn()::text") : null;
                var stopwatch = Stopwatch.StartNew();
                string result = await run(options, way);
                seconds[way] = stopwatch.Elapsed.TotalSeconds;
                if (walBefore is not null)
                {
                    result += "; " + await WritesAsync(walBefore);
                }

                Console.WriteLine($"round {round}, {way}: {seconds[way]:F2} s; {result}");
            }

            times.Add((seconds["set"], seconds["sql"]));
            Console.WriteLine($"round {round}: ratio {seconds["set"] / seconds["sql"]:F2}x");
        }

        static double Median(IEnumerable<double> values)
        {
            double[] sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        if (naive)
        {
            // The second reference, once: what a team writes without set-based SQL.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Npgsql.NpgsqlConnection.ClearAllPools();
            await ResetAsync(postgres);
            var stopwatch = Stopwatch.StartNew();
            string result = await run(options, "naive");
            Console.WriteLine($"naive: {stopwatch.Elapsed.TotalSeconds:F2} s; {result}; {stopwatch.Elapsed.TotalSeconds / Median(times.Select(time => time.Sql)):F1}x the hand-written SQL's median");
        }

        Console.WriteLine($"{(postgres ? "postgres" : "sqlite")}, {rounds} rounds: SweepRetentionAsync median {Median(times.Select(time => time.Set)):F2} s, hand-written SQL median {Median(times.Select(time => time.Sql)):F2} s, "
                          + $"ratio median {Median(times.Select(time => time.Set / time.Sql)):F2}x (rounds: {string.Join(", ", times.Select(time => (time.Set / time.Sql).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + "x"))})");
    }

    private const string SeededDatabase = "privacy_sweep_seeded";

    private static string SqliteFile => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "privacy-sweep-measure.db");

    private static string Server(string database)
        => new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("PRIVACY_POLICY_POSTGRES") ?? "Host=localhost;Username=privacy;Password=privacy") { Database = database }.ConnectionString;

    /// <summary>On PostgreSQL, what a way wrote since <paramref name="walBefore"/>: WAL bytes, the dead row versions it left for vacuum, the table's size after.</summary>
    private static async Task<string> WritesAsync(string walBefore)
    {
        string wal = await ScalarAsync($"SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '{walBefore}')::bigint::text");
        await ScalarAsync("SELECT pg_stat_force_next_flush()::text");
        string dead = await ScalarAsync("SELECT n_dead_tup::text FROM pg_stat_user_tables WHERE relname = 'SweepRow'");
        string size = await ScalarAsync("SELECT pg_total_relation_size('\"SweepRow\"')::text");
        return $"WAL {long.Parse(wal, System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0:F0} MiB, {long.Parse(dead, System.Globalization.CultureInfo.InvariantCulture):N0} dead tuples, table {long.Parse(size, System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0:F0} MiB";
    }

    private static async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Server(MeasuredDatabase));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Keeps a copy of the seeded rows (a file; a template database, analysed), so that <c>reset</c> restores exactly them.</summary>
    private static async Task SnapshotAsync(bool postgres, DbContextOptions<SweepContext> options)
    {
        if (!postgres)
        {
            // The database is in WAL mode: the seeded rows go into the file itself before it is copied.
            await using (var context = new SweepContext(options))
            {
                await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            System.IO.File.Copy(SqliteFile, SqliteFile + ".seeded", overwrite: true);
            return;
        }

        await using (var context = new SweepContext(options))
        {
            // No autovacuum on the measured table: a batched sweep commits as it goes, so vacuum would start on its
            // dead row versions while it runs, on the same two cores, and its time would include work the one
            // transaction of the hand-written SQL leaves for later. Each way's dead tuples are reported instead.
            await context.Database.ExecuteSqlRawAsync("ALTER TABLE \"SweepRow\" SET (autovacuum_enabled = off)");
            // Vacuumed and analysed, as autovacuum leaves a table that has been in use: hint bits set and the visibility
            // map current, so neither way's first pass pays for them, and an index-only scan of the key stays one.
            await context.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE) \"SweepRow\"");
        }

        Npgsql.NpgsqlConnection.ClearAllPools(); // a template database takes no open connection
        await ServerCommandAsync($"DROP DATABASE IF EXISTS {SeededDatabase}", $"CREATE DATABASE {SeededDatabase} TEMPLATE {MeasuredDatabase}");
    }

    private static async Task ResetAsync(bool postgres)
    {
        if (!postgres)
        {
            System.IO.File.Delete(SqliteFile + "-wal");
            System.IO.File.Delete(SqliteFile + "-shm");
            System.IO.File.Copy(SqliteFile + ".seeded", SqliteFile, overwrite: true);

            // On disk before the run: else the kernel writes the copy back while the run is timed, and the run's
            // first syncs wait for it (a tenth of a second or more, at random).
            using (var copy = new System.IO.FileStream(SqliteFile, System.IO.FileMode.Open, System.IO.FileAccess.ReadWrite))
            {
                copy.Flush(flushToDisk: true);
            }

            return;
        }

        await ServerCommandAsync($"DROP DATABASE IF EXISTS {MeasuredDatabase} WITH (FORCE)", $"CREATE DATABASE {MeasuredDatabase} TEMPLATE {SeededDatabase}");
    }

    private static async Task ServerCommandAsync(params string[] statements)
    {
        await using var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(Server("postgres")) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        foreach (string statement in statements)
        {
            await using var command = new Npgsql.NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// The baseline: the SQL a database engineer writes by hand for the same thresholds, one <c>DELETE</c> of the rows
    /// whose every member ran out and one <c>UPDATE</c> with a <c>CASE</c> per erased column, in one transaction, erasing
    /// to NULL as the sweep does. The thresholds are the policy's, converted to the anchor's stored ticks as the sweep
    /// converts them (the earlier instant of a repeated hour).
    /// </summary>
    private static async Task<string> HandWrittenAsync(DbContextOptions<SweepContext> options, IPrivacyPolicy policy)
    {
        Dictionary<string, long> ticks = policy.GetRetentionThresholds<SweepRow>().ToDictionary(
            threshold => threshold.Member,
            threshold => policy.TimeZone.ResolveLocal(threshold.ExpiredUpTo, NodaTime.TimeZones.Resolvers.CreateMappingResolver(NodaTime.TimeZones.Resolvers.ReturnEarlier, NodaTime.TimeZones.Resolvers.ReturnEndOfIntervalBefore)).ToInstant().ToUnixTimeTicks());
        await using var context = new SweepContext(options);
        Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper sql = Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>(context);
        string table = sql.DelimitIdentifier(context.Model.FindEntityType(typeof(SweepRow))!.GetTableName()!);
        string Column(string name) => sql.DelimitIdentifier(name);
        string anchor = Column(nameof(SweepRow.CallStart));
        // Identifiers from the model, quoted by the provider; the thresholds are parameters.
        string delete = $"DELETE FROM {table} WHERE {anchor} <= {{0}}";
        string update = $"UPDATE {table} SET {Column(nameof(SweepRow.CallingNumber))} = CASE WHEN {anchor} <= {{0}} THEN NULL ELSE {Column(nameof(SweepRow.CallingNumber))} END, "
                        + $"{Column(nameof(SweepRow.Imsi))} = CASE WHEN {anchor} <= {{1}} THEN NULL ELSE {Column(nameof(SweepRow.Imsi))} END WHERE {anchor} <= {{1}}";
        await using var transaction = await context.Database.BeginTransactionAsync();
        int deleted = await context.Database.ExecuteSqlRawAsync(delete, ticks.Values.Min());
        int updated = await context.Database.ExecuteSqlRawAsync(update, ticks[nameof(SweepRow.CallingNumber)], ticks[nameof(SweepRow.Imsi)]);
        await transaction.CommitAsync();
        return $"{deleted:N0} deleted, {updated:N0} rows updated";
    }

    /// <summary>What a team writes without set-based SQL: read a page, decide each row, change or delete it, save.</summary>
    private static async Task<string> NaiveAsync(DbContextOptions<SweepContext> options, IPrivacyPolicy policy)
    {
        long deleted = 0;
        long erased = 0;
        long lastId = 0;
        while (true)
        {
            await using var context = new SweepContext(options);
            List<SweepRow> page = await context.Set<SweepRow>().Where(row => row.Id > lastId).OrderBy(row => row.Id).Take(10_000).ToListAsync();
            if (page.Count == 0)
            {
                break;
            }

            foreach (SweepRow row in page)
            {
                RetentionDecision decision = policy.EvaluateRetention(row);
                if (decision.Action == RetentionAction.Delete)
                {
                    context.Remove(row);
                    deleted++;
                    continue;
                }

                foreach (string member in decision.ExpiredMembers)
                {
                    erased += Erase(row, member) ? 1 : 0;
                }
            }

            await context.SaveChangesAsync();
            lastId = page[^1].Id;
        }

        return $"{deleted:N0} deleted, {erased:N0} member values erased";
    }

    private static bool Erase(SweepRow row, string member)
    {
        switch (member)
        {
            case nameof(SweepRow.CustomerId) when row.CustomerId.Length > 0: row.CustomerId = string.Empty; return true;
            case nameof(SweepRow.CalledNumber) when row.CalledNumber.Length > 0: row.CalledNumber = string.Empty; return true;
            case nameof(SweepRow.CallingNumber) when !string.IsNullOrEmpty(row.CallingNumber): row.CallingNumber = string.Empty; return true;
            case nameof(SweepRow.Imsi) when !string.IsNullOrEmpty(row.Imsi): row.Imsi = string.Empty; return true;
            case nameof(SweepRow.CallStart) when row.CallStart is not null: row.CallStart = null; return true;
            default: return false;
        }
    }

    private static async Task SeedAsync(DbContextOptions<SweepContext> options, int count)
    {
        await using (var context = new SweepContext(options))
        {
            await context.Database.EnsureDeletedAsync();
            await context.Database.EnsureCreatedAsync();
        }

        var random = new Random(48151623);
        Instant oldest = Now - Duration.FromDays(365 * 9);
        const int Chunk = 20_000;
        for (int start = 0; start < count; start += Chunk)
        {
            await using var context = new SweepContext(options);
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            for (int i = start; i < Math.Min(count, start + Chunk); i++)
            {
                context.Add(new SweepRow
                {
                    Id = i + 1,
                    CustomerId = "C-" + random.Next(1000, 99_999),
                    CallStart = oldest + Duration.FromSeconds(random.NextInt64(0, 365L * 9 * 86400)),
                    CalledNumber = "06" + random.Next(10_000_000, 99_999_999),
                    CallingNumber = "06" + random.Next(10_000_000, 99_999_999),
                    Imsi = "20408" + random.NextInt64(1_000_000_000, 9_999_999_999),
                });
            }

            await context.SaveChangesAsync();
        }
    }
}
