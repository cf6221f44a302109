using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Privacy.Policy.Benchmarks;

/// <summary>
/// Disclosing a 10-member call record to a declared recipient for one purpose: <c>Disclose</c> (recipient and
/// agreement checks, the generated projection, a pseudonymised subject, the audit record), a hand-written projection
/// that checks nothing and records nothing (the floor), and a reflection-based projection over the attributes.
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private static readonly PropertyInfo[] Properties = typeof(CallRecord).GetProperties(BindingFlags.Instance | BindingFlags.Public);

    private IPrivacyPolicy _policy = null!;
    private CallRecord _record = null!;

    [GlobalSetup]
    public void Setup()
    {
        _policy = new ServiceCollection()
            .AddSingleton<IDisclosureAuditSink>(new DiscardingSink())
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = "2026-11";
                options.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
                options.Recipients.Add(new RecipientDeclaration("Belastingdienst", RecipientRole.Authority, Purpose.Bookkeeping));
                options.Recipients.Add(new RecipientDeclaration("Reparatiedienst BV", RecipientRole.Processor, Purpose.Support) { ProcessingAgreementUntil = new LocalDate(2099, 12, 31) });
            })
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();
        _record = CallRecord.Sample();
    }

    [Benchmark(Description = "Disclose (checked, audited)")]
    public CallRecord Disclose() => _policy.Disclose(_record, "Belastingdienst", Purpose.Bookkeeping);

    [Benchmark(Baseline = true, Description = "hand-written projection")]
    public CallRecord HandWritten() => _record with
    {
        CustomerId = string.Empty,
        CallingNumber = string.Empty,
        CallStart = default,
        Duration = default,
        Imsi = _record.Imsi is null ? null : string.Empty,
        Imei = _record.Imei is null ? null : string.Empty,
        CellLatitude = default,
    };

    [Benchmark(Description = "reflection over attributes")]
    public CallRecord Reflection()
    {
        var copy = _record with { };
        foreach (PropertyInfo property in Properties)
        {
            if (property.GetCustomAttribute<PersonalDataAttribute>() is { } attribute && (attribute.Purposes & Purpose.Bookkeeping) == 0)
            {
                object? erased = property.PropertyType == typeof(string)
                    ? (property.GetValue(copy) is null ? null : string.Empty)
                    : property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null ? Activator.CreateInstance(property.PropertyType) : null;
                property.SetValue(copy, erased);
            }
        }

        return copy;
    }

    private sealed class DiscardingSink : IDisclosureAuditSink
    {
        public void Record(DisclosureAuditRecord record)
        {
        }
    }
}
