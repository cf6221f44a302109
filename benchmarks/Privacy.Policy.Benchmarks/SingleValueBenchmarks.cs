using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Benchmarks;

/// <summary>
/// One value through each redactor: the cost of a mask, an erase and a keyed pseudonym, beside Microsoft's
/// <c>ErasingRedactor</c> and <c>HmacRedactor</c> doing the same work.
/// </summary>
[MemoryDiagnoser]
public class SingleValueBenchmarks
{
    private static readonly PersonalDataRedactor Redactor = PersonalDataRedactor.Create(Options());

    private static readonly ErasingRedactor MicrosoftErasing = ErasingRedactor.Instance;

    private static readonly HmacRedactor MicrosoftHmac = new(Microsoft.Extensions.Options.Options.Create(new HmacRedactorOptions
    {
        KeyId = 2611,
        Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
    }));

    [Benchmark]
    public string MicrosoftErasingRedactor() => MicrosoftErasing.Redact("06 12345678");

    [Benchmark]
    public string MicrosoftHmacRedactor() => MicrosoftHmac.Redact("06 12345678");

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

    /// <summary>What logging pays per pseudonymised value: Redactor.Redact(string) sizes, then redacts.</summary>
    [Benchmark]
    public string PseudonymizePhoneNumberForLogging() => LoggingRedactor.Redact("06 12345678");

    private static readonly PrivacyPolicyRedactor LoggingRedactor = new(Redactor, DataFormat.PhoneNumber, RedactionKind.Pseudonymize);

    private static PrivacyPolicyOptions Options()
    {
        var options = new PrivacyPolicyOptions();
        options.Pseudonymization.KeyId = "2026-11";
        options.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        return options;
    }
}
