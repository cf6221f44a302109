using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Privacy.Policy.Benchmarks;

/// <summary>
/// Exporting 10,000 call records of one subject: the subject-access export (values, member meaning, kept-until dates)
/// against System.Text.Json serialising the same records, source-generated and by reflection.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    public const int Records = 10_000;

    private static readonly JsonSerializerOptions ReflectionOptions = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    private static readonly CallRecordJsonContext SourceGenerated = new(new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb));

    private IPrivacyPolicy _policy = null!;
    private List<CallRecord> _records = null!;

    [GlobalSetup]
    public void Setup()
    {
        _policy = Policies.Create();
        _records = CallRecords.Generate(Records).ToList();
    }

    [Benchmark(Description = "SubjectAccessExport")]
    public async Task Export()
    {
        await using SubjectAccessExport export = _policy.BeginExport(Stream.Null, "C-100234");
        export.Add(_records);
        await export.CompleteAsync();
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json, source-generated")]
    public void SourceGeneratedJson() => JsonSerializer.Serialize(Stream.Null, _records, SourceGenerated.ListCallRecord);

    [Benchmark(Description = "System.Text.Json, reflection")]
    public void ReflectionJson() => JsonSerializer.Serialize(Stream.Null, _records, ReflectionOptions);
}

/// <summary>System.Text.Json's source-generated serialiser for the same records.</summary>
[JsonSerializable(typeof(List<CallRecord>))]
internal sealed partial class CallRecordJsonContext : JsonSerializerContext;

/// <summary>Realistic call records, the same on every run.</summary>
public static class CallRecords
{
    public static IEnumerable<CallRecord> Generate(int count)
    {
        var random = new Random(20261129);
        Instant start = Instant.FromUtc(2026, 1, 1, 0, 0);
        for (int i = 0; i < count; i++)
        {
            yield return new CallRecord
            {
                CustomerId = "C-100234",
                CallingNumber = "06" + random.Next(10_000_000, 99_999_999),
                CalledNumber = "+31 20 " + random.Next(1_000_000, 9_999_999),
                CallStart = start + Duration.FromSeconds(random.Next(0, 365 * 86400)),
                Duration = Duration.FromSeconds(random.Next(1, 3600)),
                Imsi = "20408" + random.NextInt64(1_000_000_000, 9_999_999_999),
                Imei = "35209900" + random.Next(1_000_000, 9_999_999),
                CellLatitude = 52 + random.NextDouble(),
                TariffPlanId = random.Next(1, 20),
                Outgoing = random.Next(2) == 0,
            };
        }
    }
}

/// <summary>The policy the benchmarks use.</summary>
public static class Policies
{
    public static IPrivacyPolicy Create()
        => new ServiceCollection()
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = "2026-11";
                options.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
                options.Controller.Name = "MisterVoip B.V.";
            })
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();
}
