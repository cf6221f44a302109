using System;
using System.Diagnostics;
using System.Linq;

namespace Privacy.Policy.Benchmarks;

/// <summary>
/// <c>--text-scan-profile</c>: a rough look at where the scanner spends its time, by kind of text (plain words, capitals,
/// numbers that are no identifiers, the benchmark's ticket text), with a stopwatch. For finding what to speed up; the
/// published figures come from <see cref="TextScanBenchmarks"/>.
/// </summary>
internal static class TextScanProfile
{
    public static void Run()
    {
        IPrivacyPolicy policy = TextScanBenchmarksAccess.Policy;
        (string Name, string Text)[] texts =
        [
            ("lower-case words", Repeat("de klant belt over een storing op de aansluiting en het modem knippert oranje ")),
            ("words with punctuation", Repeat("de klant, belt; over een storing. op de aansluiting: en het modem-knippert oranje. ")),
            ("capitalised words", Repeat("De Klant Belt Over Een Storing Op De Aansluiting En Het Modem Knippert Oranje ")),
            ("numbers, no identifiers", Repeat("order 123456789 op 12-03-2026, bedrag € 1.234,56, versie 10.0.13, om 14:30:15 ticket 88213 ")),
            ("tickets, no identifiers", TextScanBenchmarks.WithoutIdentifiers),
            ("tickets, 1 per KB", TextScanBenchmarks.WithIdentifiers),
        ];

        foreach ((string name, string text) in texts)
        {
            policy.FindPersonalData(text);
            var watch = Stopwatch.StartNew();
            int rounds = 0;
            while (watch.ElapsedMilliseconds < 1500)
            {
                policy.FindPersonalData(text);
                rounds++;
            }

            double seconds = watch.Elapsed.TotalSeconds / rounds;
            Console.WriteLine($"{name,-26} {text.Length / 1e6 / seconds,8:N0} MB/s");
        }
    }

    private static string Repeat(string sentence) => string.Concat(Enumerable.Repeat(sentence, (1_000_000 / sentence.Length) + 1))[..1_000_000];
}
