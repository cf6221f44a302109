using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.Extensions.DependencyInjection;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Benchmarks;

/// <summary>
/// Scanning and scrubbing about 1 MB of support-ticket text with about one identifier per kilobyte, beside what a .NET
/// user would otherwise write: one source-generated <see cref="Regex"/> for the same identifiers, with the same
/// validation (11-test, mod-97, Luhn, octets, the Dutch number plan) applied to each match. Also the same text without
/// identifiers, which the scanner reads without allocating.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public partial class TextScanBenchmarks
{
    private static readonly IPrivacyPolicy Policy = CreatePolicy();
    private static readonly PersonalDataRedactor Redactor = PersonalDataRedactor.Create(Options());

    /// <summary>The texts, by name: 1,000,000 characters each (ASCII but for a few names: about 1 MB in UTF-8).</summary>
    internal static readonly string WithIdentifiers = TicketText.Build(1_000_000, identifiersPerKilobyte: 1, seed: 17);
    internal static readonly string WithoutIdentifiers = TicketText.Build(1_000_000, identifiersPerKilobyte: 0, seed: 17);

    [Params("identifiers", "none")]
    public string Text { get; set; } = "identifiers";

    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = Text == "none" ? WithoutIdentifiers : WithIdentifiers;

        // Both sides must find the same identifiers, or the comparison says nothing.
        Console.WriteLine($"// {Text}: {_text.Length:N0} characters; FindPersonalData finds {Policy.FindPersonalData(_text).Count}, the regex {RegexScanner.Find(_text).Count}");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("find")]
    public int GeneratedRegexFind() => RegexScanner.Find(_text).Count;

    [Benchmark]
    [BenchmarkCategory("find")]
    public int FindPersonalData() => Policy.FindPersonalData(_text).Count;

    [Benchmark]
    [BenchmarkCategory("scrub")]
    public int GeneratedRegexScrub() => RegexScanner.Scrub(_text, Redactor).Length;

    [Benchmark]
    [BenchmarkCategory("scrub")]
    public int Scrub() => Policy.Scrub(_text).Length;

    internal static IPrivacyPolicy CreatePolicyForProfile() => CreatePolicy();

    private static IPrivacyPolicy CreatePolicy()
    {
        var services = new ServiceCollection();
        services.AddPrivacyPolicy(options =>
        {
            options.Pseudonymization.KeyId = "2026-11";
            options.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        });
        return services.BuildServiceProvider().GetRequiredService<IPrivacyPolicy>();
    }

    private static PrivacyPolicyOptions Options()
    {
        var options = new PrivacyPolicyOptions();
        options.Pseudonymization.KeyId = "2026-11";
        options.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        return options;
    }

    /// <summary>Adds the throughput: the text's characters (1 MB) divided by the mean time.</summary>
    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new ThroughputColumn());
            AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams);
        }
    }

    private sealed class ThroughputColumn : IColumn
    {
        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (10^6 characters) of text per second: the text's length divided by the mean";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is not > 0)
            {
                return "-";
            }

            string text = benchmarkCase.Parameters["Text"] as string == "none" ? WithoutIdentifiers : WithIdentifiers;
            return (text.Length / 1e6 / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

/// <summary>The benchmark's policy, for <see cref="TextScanProfile"/>.</summary>
internal static class TextScanBenchmarksAccess
{
    public static IPrivacyPolicy Policy { get; } = TextScanBenchmarks.CreatePolicyForProfile();
}

/// <summary>Ticket-like sentences, Dutch and English, with synthetic identifiers and look-alikes that are not.</summary>
internal static class TicketText
{
    private static readonly string[] Sentences =
    [
        "Klant belt over een storing op de glasvezelaansluiting; modem knippert oranje sinds gisteravond. ",
        "Order 123456789 is op 12-03-2026 verzonden, bedrag € 1.234,56 is voldaan. ",
        "Customer reports dropped calls on the 5G network near the station after the update to 10.0.13. ",
        "Monteur ingepland voor donderdag tussen 08:00 en 12:00, klant is thuis. ",
        "Factuur INV-2026-004412 gecrediteerd, zie ticket 88213 voor de eerdere melding. ",
        "The router was reset to factory settings at 14:30:15 and the line came back up. ",
        "Klant wil overstappen naar het onbeperkt-abonnement van € 25,00 per maand per 1 april. ",
        "Escalated to second line: packet loss of 3% between 19:00 and 23:00 every evening. ",
        "Nummerbehoud aangevraagd bij de vorige provider, wachttijd vijf werkdagen. ",
        "Customer asked why the invoice of March is higher than usual; roaming in Belgium explains it. ",
    ];

    private static readonly Func<Random, string>[] Identifiers =
    [
        random => $"Terugbellen op 06-{random.Next(10_000_000, 99_999_999)} graag. ",
        random => $"Call back on +31 6 {random.Next(10_000_000, 99_999_999)} please. ",
        random => $"Klant stuurde BSN {Bsn(random)} mee in de bijlage. ",
        random => $"Incasso wijzigen naar {Grouped(Iban(random))}. ",
        random => $"Mail naar jan.{random.Next(100, 999)}@example.nl met de bevestiging. ",
        random => $"Ingelogd vanaf 84.{random.Next(0, 256)}.{random.Next(0, 256)}.{random.Next(1, 255)} volgens de logs. ",
        random => $"Modem MAC 3C:22:FB:{random.Next(16, 256):X2}:{random.Next(16, 256):X2}:{random.Next(16, 256):X2} staat in de lijst. ",
        random => $"Toestel met IMEI {Luhn("35209900" + random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture))} is gestolen. ",
        random => $"Kaart {Grouped(Luhn("4" + random.NextInt64(10_000_000_000_000, 99_999_999_999_999).ToString(CultureInfo.InvariantCulture)))} geblokkeerd. ",
        random => $"Vast nummer 020-{random.Next(1_000_000, 9_999_999)} doorgeschakeld. ",
    ];

    public static string Build(int length, int identifiersPerKilobyte, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length + 200);
        int nextIdentifierAt = identifiersPerKilobyte == 0 ? int.MaxValue : 1000 / identifiersPerKilobyte;
        while (text.Length < length)
        {
            if (text.Length >= nextIdentifierAt)
            {
                text.Append(Identifiers[random.Next(Identifiers.Length)](random));
                nextIdentifierAt += 1000 / identifiersPerKilobyte;
            }
            else
            {
                text.Append(Sentences[random.Next(Sentences.Length)]);
            }
        }

        return text.ToString(0, length);
    }

    private static string Bsn(Random random)
    {
        while (true)
        {
            string digits = random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
            int sum = 0;
            for (int i = 0; i < 8; i++)
            {
                sum += (9 - i) * (digits[i] - '0');
            }

            if (sum % 11 < 10)
            {
                return digits + (sum % 11).ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private static string Iban(Random random)
    {
        string bban = "ABNA0" + random.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        int remainder = 0;
        foreach (char c in bban + "NL00")
        {
            remainder = char.IsDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return "NL" + (98 - remainder).ToString("00", CultureInfo.InvariantCulture) + bban;
    }

    private static string Grouped(string value) => string.Join(' ', value.Chunk(4).Select(chunk => new string(chunk)));

    internal static string Luhn(string digits)
    {
        int sum = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            int digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }

            sum += digit;
        }

        return digits + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// What a .NET user would write: one source-generated regular expression with a named group per identifier, and the
/// validation each identifier needs applied to the match (11-test, mod-97, Luhn, octets of at most 255, IPv6 by
/// <see cref="IPAddress.TryParse(string?, out IPAddress?)"/>, the Dutch number plan's digit counts).
/// </summary>
internal static partial class RegexScanner
{
    [GeneratedRegex(
        @"(?<email>\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b)" +
        @"|(?<iban>\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b)" +
        @"|(?<mac>\b[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2})(?:\1[0-9A-Fa-f]{2}){4}\b)" +
        @"|(?<ipv6>\b[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}\b)" +
        @"|(?<ipv4>\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}\b)" +
        @"|(?<phone>(?:\+|\b00)[1-9][0-9]{0,2}[ -]?(?:\(0\))?[ -]?[0-9](?:[ -]?[0-9]){6,13}\b|\(0[0-9]{1,3}\) ?[0-9](?:[ -]?[0-9]){5,8}\b|\b0[0-9]{1,3}[ -/]?[0-9](?:[ -]?[0-9]){5,9}\b)" +
        @"|(?<number>\b[0-9](?:[ .-]?[0-9]){8,18}\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Identifiers();

    public static List<TextFinding> Find(string text)
    {
        var found = new List<TextFinding>();
        foreach (Match match in Identifiers().Matches(text))
        {
            if (Validate(match) is { } format)
            {
                found.Add(new TextFinding(format, match.Index, match.Length));
            }
        }

        return found;
    }

    public static string Scrub(string text, PersonalDataRedactor redactor)
        => Identifiers().Replace(text, match => Validate(match) is { } format ? redactor.Redact(match.Value, format, RedactionKind.Default) ?? string.Empty : match.Value);

    private static DataFormat? Validate(Match match)
    {
        if (match.Groups["email"].Success)
        {
            return DataFormat.EmailAddress;
        }

        if (match.Groups["iban"].Success)
        {
            return Mod97(match.ValueSpan) ? DataFormat.Iban : null;
        }

        if (match.Groups["mac"].Success)
        {
            return DataFormat.MacAddress;
        }

        if (match.Groups["ipv6"].Success)
        {
            return match.ValueSpan.Contains(':') && IPAddress.TryParse(match.ValueSpan, out _) ? DataFormat.IpAddress : null;
        }

        if (match.Groups["ipv4"].Success)
        {
            foreach (Range part in match.ValueSpan.Split('.'))
            {
                if (int.Parse(match.ValueSpan[part], CultureInfo.InvariantCulture) > 255)
                {
                    return null;
                }
            }

            return DataFormat.IpAddress;
        }

        Span<char> digits = stackalloc char[32];
        int count = Digits(match.ValueSpan, digits);
        if (match.Groups["phone"].Success)
        {
            // +31/0031 and a 9-digit national number; 0 and nine more; otherwise E.164's 8 to 15 digits.
            ReadOnlySpan<char> d = digits[..count];
            bool valid = match.ValueSpan[0] == '+' || match.ValueSpan.StartsWith("00")
                ? (d.StartsWith(match.ValueSpan[0] == '+' ? "31" : "0031") ? d.Length - (match.ValueSpan[0] == '+' ? 2 : 4) - (match.ValueSpan.Contains("(0)", StringComparison.Ordinal) ? 1 : 0) == 9 : count is >= 8 and <= 17)
                : count == 10 || (d.StartsWith("0800") || d.StartsWith("090")) && count is 8 or 11;
            return valid ? DataFormat.PhoneNumber : null;
        }

        ReadOnlySpan<char> n = digits[..count];
        return count switch
        {
            9 when ElevenTest(n) => DataFormat.Bsn,
            15 when LuhnValid(n) && !n.StartsWith("34") && !n.StartsWith("37") => DataFormat.Imei,
            >= 12 and <= 19 when LuhnValid(n) && n[0] is '2' or '3' or '4' or '5' or '6' => DataFormat.PaymentCard,
            _ => null,
        };
    }

    private static int Digits(ReadOnlySpan<char> value, Span<char> digits)
    {
        int count = 0;
        foreach (char c in value)
        {
            if (char.IsAsciiDigit(c) && count < digits.Length)
            {
                digits[count++] = c;
            }
        }

        return count;
    }

    private static bool ElevenTest(ReadOnlySpan<char> n)
    {
        int sum = 0;
        for (int i = 0; i < 8; i++)
        {
            sum += (9 - i) * (n[i] - '0');
        }

        return (sum - (n[8] - '0')) % 11 == 0 && !n.SequenceEqual("000000000");
    }

    private static bool LuhnValid(ReadOnlySpan<char> n)
    {
        int sum = 0;
        for (int i = 0; i < n.Length; i++)
        {
            int digit = n[n.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    private static bool Mod97(ReadOnlySpan<char> value)
    {
        Span<char> iban = stackalloc char[40];
        int length = 0;
        foreach (char c in value)
        {
            if (c != ' ' && length < iban.Length)
            {
                iban[length++] = c;
            }
        }

        if (length < 15)
        {
            return false;
        }

        int remainder = 0;
        for (int i = 0; i < length; i++)
        {
            char c = iban[(i + 4) % length];
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder == 1;
    }
}
