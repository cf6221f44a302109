using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Privacy.Policy.Benchmarks;

/// <summary>Retention decisions for one million in-memory call records: decisions per second, and what each costs.</summary>
[MemoryDiagnoser]
public class RetentionBenchmarks
{
    public const int Records = 1_000_000;

    private IPrivacyPolicy _policy = null!;
    private CallRecord[] _records = null!;

    [GlobalSetup]
    public void Setup()
    {
        _policy = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 29, 12, 0)))
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = "2026-11";
                options.Pseudonymization.Key = System.Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
                options.RetentionDefaults[Category.Usage] = "P6M";
                options.RetentionDefaults[Category.TechnicalIdentifier] = "P3M";
                options.RetentionDefaults[Category.Location] = "P1M";
                options.RetentionDefaults[Category.Identity] = "P2Y";
            })
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();
        _records = CallRecords.Generate(Records).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Records, Description = "EvaluateRetention, per record")]
    public int Evaluate()
    {
        int deletes = 0;
        foreach (CallRecord record in _records)
        {
            if (_policy.EvaluateRetention(record).Action == RetentionAction.Delete)
            {
                deletes++;
            }
        }

        return deletes;
    }
}
