using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Privacy.Policy.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Privacy.Policy.Benchmarks -- [--quick] [BenchmarkDotNet arguments]</c>.
/// <c>--quick</c> runs a short job (fewer iterations) for a first look; without it the default job runs.
/// <c>--export-memory 1000000</c> measures the memory of a subject-access export of a million records.
/// <c>--sweep postgres 10000000 partitioned-seed</c>, then <c>--sweep postgres 10000000 partitioned 2026-11-29</c>, measures a sweep of ten million rows in monthly partitions.
/// <c>--sweep sqlite|postgres 1000000 seed</c> seeds a million rows (and keeps a copy); <c>--sweep sqlite|postgres 1000000 reset</c> restores the copy;
/// <c>--sweep sqlite|postgres 1000000 compare [rounds=N] [batch=N] [naive]</c> runs the sweep and the hand-written SQL side by side in one process, alternating, and prints the median ratio (and the naive way once);
/// <c>--sweep sqlite|postgres 1000000 set|sql|naive [explain] [warm] [batch=N]</c> measures a retention sweep of them, set-based, by hand-written SQL (the baseline) or naive,
/// with the time per statement and, with <c>explain</c>, each statement's plan; with <c>warm</c>, after running once over a small table (JIT, query compilation).
/// </summary>
public static class Program
{
    public static async System.Threading.Tasks.Task Main(string[] args)
    {
        // The partitioned measurement (PartitionedSweepMeasurement), PostgreSQL only.
        if (args is ["--sweep", "postgres", var partitionedRows, var partitioned and ("partitioned-seed" or "plain-seed" or "partitioned"), ..] && args.Length <= 5)
        {
            await PartitionedSweepMeasurement.RunAsync(int.Parse(partitionedRows, System.Globalization.CultureInfo.InvariantCulture), partitioned, args.Length == 5 ? args[4] : null);
            return;
        }

        if (args is ["--sweep", var database, var rows, var way, .. var flags] && flags.All(flag => flag is "explain" or "warm" or "naive" || flag.StartsWith("batch=", StringComparison.Ordinal) || flag.StartsWith("rounds=", StringComparison.Ordinal)))
        {
            int? batchSize = flags.FirstOrDefault(flag => flag.StartsWith("batch=", StringComparison.Ordinal)) is { } batch ? int.Parse(batch["batch=".Length..], System.Globalization.CultureInfo.InvariantCulture) : null;
            int? rounds = flags.FirstOrDefault(flag => flag.StartsWith("rounds=", StringComparison.Ordinal)) is { } roundsFlag ? int.Parse(roundsFlag["rounds=".Length..], System.Globalization.CultureInfo.InvariantCulture) : null;
            await SweepMeasurement.RunAsync(database, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture), way, flags.Contains("explain"), flags.Contains("warm"), batchSize, rounds, flags.Contains("naive"));
            return;
        }

        if (args is ["--generator-incrementality"])
        {
            bool cached = GeneratorBenchmarks.UnrelatedEditRerunsNothing(out string detail);
            Console.WriteLine($"unrelated edit re-runs nothing: {cached} ({detail})");
            return;
        }

        if (args is ["--export-memory", var count])
        {
            await ExportMemory.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args is ["--find", var text])
        {
            Console.WriteLine(string.Join(", ", TextScanBenchmarksAccess.Policy.FindPersonalData(text)));
            return;
        }

        if (args is ["--text-scan-profile"])
        {
            TextScanProfile.Run();
            return;
        }

        bool quick = args.Contains("--quick");
        IConfig config = DefaultConfig.Instance;
        if (quick)
        {
            config = config.AddJob(Job.ShortRun.WithId("quick"));
        }

        string[] rest = args.Where(arg => arg != "--quick").ToArray();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest, config);
    }
}
