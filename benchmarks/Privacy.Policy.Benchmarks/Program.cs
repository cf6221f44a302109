using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Privacy.Policy.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Privacy.Policy.Benchmarks -- [--quick] [BenchmarkDotNet arguments]</c>.
/// <c>--quick</c> runs a short job (fewer iterations) for a first look; without it the default job runs.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
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
