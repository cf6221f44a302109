using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Benchmarks;

/// <summary>One value through each redactor: the cost of a mask, an erase and a keyed pseudonym.</summary>
[MemoryDiagnoser]
public class SingleValueBenchmarks
{
    private static readonly PersonalDataRedactor Redactor = PersonalDataRedactor.Create(Options());

    [Benchmark(Baseline = true)]
    public string? ErasePhoneNumber() => Redactor.Redact("06 12345678", DataFormat.PhoneNumber, RedactionKind.Erase);

    [Benchmark]
    public string? MaskPhoneNumber() => Redactor.Redact("06 12345678", DataFormat.PhoneNumber, RedactionKind.Mask);

    [Benchmark]
    public string? MaskIPv4() => Redactor.Redact("192.0.2.77", DataFormat.IpAddress, RedactionKind.Mask);

    [Benchmark]
    public string? MaskIPv6() => Redactor.Redact("2001:db8:abcd:12::1", DataFormat.IpAddress, RedactionKind.Mask);

    [Benchmark]
    public string? PseudonymizePhoneNumber() => Redactor.Redact("06 12345678", DataFormat.PhoneNumber, RedactionKind.Pseudonymize);

    private static PrivacyPolicyOptions Options()
    {
        var options = new PrivacyPolicyOptions();
        options.Pseudonymization.KeyId = "2026-11";
        options.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        return options;
    }
}
