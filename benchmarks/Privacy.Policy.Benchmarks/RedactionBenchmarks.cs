using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Privacy.Policy.Generated;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Benchmarks;

/// <summary>
/// Redacting a 10-member call record: the generated <c>Redact</c>, the same work written by hand (the floor), and a
/// reflection-based attribute redactor (what teams write by hand today).
/// </summary>
[MemoryDiagnoser]
public class RedactionBenchmarks
{
    private static readonly PersonalDataRedactor Redactor = PersonalDataRedactor.Create(Options());

    private static readonly PropertyInfo[] Properties = typeof(CallRecord).GetProperties(BindingFlags.Instance | BindingFlags.Public);

    private CallRecord _record = null!;

    [GlobalSetup]
    public void Setup()
        => _record = CallRecord.Sample();

    [Benchmark(Description = "generated Redact")]
    public CallRecord Generated() => CallRecord.Redact(_record, Redactor);

    [Benchmark(Baseline = true, Description = "hand-written copy")]
    public CallRecord HandWritten() => _record with
    {
        CustomerId = Redactor.Redact(_record.CustomerId, DataFormat.Unspecified, RedactionKind.Pseudonymize)!,
        CallingNumber = Redactor.Redact(_record.CallingNumber, DataFormat.PhoneNumber, RedactionKind.Mask)!,
        CalledNumber = Redactor.Redact(_record.CalledNumber, DataFormat.PhoneNumber, RedactionKind.Pseudonymize)!,
        CallStart = ValueMasks.TruncateToDay(_record.CallStart),
        Duration = default,
        Imsi = Redactor.Redact(_record.Imsi, DataFormat.Imsi, RedactionKind.Mask),
        Imei = Redactor.Redact(_record.Imei, DataFormat.Imei, RedactionKind.Mask),
        CellLatitude = ValueMasks.RoundCoordinate(_record.CellLatitude),
    };

    [Benchmark(Description = "reflection over attributes")]
    public CallRecord Reflection()
    {
        // Clone through the record's copy constructor, then read each property's attribute and set it redacted,
        // as an attribute-driven redactor without a generator does.
        var copy = (CallRecord)typeof(CallRecord).GetMethod("<Clone>$")!.Invoke(_record, null)!;
        foreach (PropertyInfo property in Properties)
        {
            if (property.GetCustomAttribute<PersonalDataAttribute>() is not { } attribute)
            {
                continue;
            }

            object? value = property.GetValue(copy);
            object? redacted = value switch
            {
                string text => Redactor.Redact(text, attribute.Format, attribute.Redaction),
                Instant instant => ValueMasks.TruncateToDay(instant),
                double number when attribute.Format == DataFormat.GeoCoordinate => ValueMasks.RoundCoordinate(number),
                _ => property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null,
            };
            property.SetValue(copy, redacted);
        }

        return copy;
    }

    private static PrivacyPolicyOptions Options()
    {
        var options = new PrivacyPolicyOptions();
        options.Pseudonymization.KeyId = "2026-11";
        options.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        return options;
    }
}
