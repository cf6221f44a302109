using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Privacy.Policy.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Privacy.Policy.Tests.Text;

/// <summary>
/// Precision and recall of <see cref="IPrivacyPolicy.FindPersonalData(string)"/> per format on the labelled corpus in
/// <c>Text/Corpus</c> (see its README): at least 0.98 for the checksum-validated formats and 0.95 for the rest. The
/// table is printed; docs/free-text.md shows it with the command that reproduces it.
/// </summary>
public sealed class FreeTextCorpusTests(ITestOutputHelper output)
{
    private static readonly IPrivacyPolicy Policy = TestPolicies.Create();

    private static readonly Dictionary<string, DataFormat> Tags = new()
    {
        ["BSN"] = DataFormat.Bsn, ["IBAN"] = DataFormat.Iban, ["CARD"] = DataFormat.PaymentCard, ["IMEI"] = DataFormat.Imei,
        ["MRZ"] = DataFormat.Mrz, ["DOC"] = DataFormat.DocumentNumber, ["IMSI"] = DataFormat.Imsi, ["PHONE"] = DataFormat.PhoneNumber,
        ["EMAIL"] = DataFormat.EmailAddress, ["IP"] = DataFormat.IpAddress, ["MAC"] = DataFormat.MacAddress, ["POSTCODE"] = DataFormat.PostalCode,
    };

    private static readonly DataFormat[] Checksummed =
        [DataFormat.Bsn, DataFormat.Iban, DataFormat.Imei, DataFormat.PaymentCard, DataFormat.Mrz, DataFormat.DocumentNumber];

    [Fact]
    public void Precision_and_recall_per_format_meet_the_bar()
    {
        var counts = Tags.Values.ToDictionary(f => f, _ => (Labels: 0, Found: 0, Right: 0));
        var misses = new List<string>();
        int documents = 0;
        foreach (string document in Documents())
        {
            documents++;
            (string text, List<TextFinding> labels) = Parse(document);
            IReadOnlyList<TextFinding> findings = Policy.FindPersonalData(text);
            foreach (TextFinding label in labels)
            {
                var c = counts[label.Format];
                bool right = findings.Contains(label);
                counts[label.Format] = (c.Labels + 1, c.Found, c.Right + (right ? 1 : 0));
                if (!right)
                {
                    misses.Add($"missed {label.Format} \"{text.Substring(label.Start, label.Length)}\"");
                }
            }

            foreach (TextFinding finding in findings)
            {
                if (!counts.TryGetValue(finding.Format, out var c))
                {
                    misses.Add($"found {finding.Format} \"{text.Substring(finding.Start, finding.Length)}\"");
                    continue;
                }

                counts[finding.Format] = (c.Labels, c.Found + 1, c.Right);
                if (!labels.Contains(finding))
                {
                    misses.Add($"found {finding.Format} \"{text.Substring(finding.Start, finding.Length)}\"");
                }
            }
        }

        var table = new StringBuilder();
        table.AppendLine($"{documents} documents, {counts.Values.Sum(c => c.Labels)} labelled identifiers");
        table.AppendLine("| Format | Labelled | Found | Right | Precision | Recall | Bar |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        var failures = new List<string>();
        foreach ((DataFormat format, var c) in counts.OrderBy(p => Array.IndexOf(Checksummed, p.Key) < 0).ThenBy(p => p.Key.ToString(), StringComparer.Ordinal))
        {
            double precision = c.Found == 0 ? 1 : (double)c.Right / c.Found;
            double recall = c.Labels == 0 ? 1 : (double)c.Right / c.Labels;
            double bar = Checksummed.Contains(format) ? 0.98 : 0.95;
            table.AppendLine($"| `{format}` | {c.Labels} | {c.Found} | {c.Right} | {precision:0.000} | {recall:0.000} | {bar:0.00} |");
            if (c.Labels == 0 || precision < bar || recall < bar)
            {
                failures.Add(format.ToString());
            }
        }

        output.WriteLine(table.ToString());
        foreach (string miss in misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(failures.Count == 0, $"below the bar: {string.Join(", ", failures)}\n{table}\n{string.Join("\n", misses)}");
    }

    [Fact]
    public void The_corpus_holds_a_few_hundred_labels_of_every_format()
    {
        List<TextFinding> labels = Documents().SelectMany(d => Parse(d).Labels).ToList();

        Assert.True(labels.Count >= 300, $"{labels.Count} labels");
        Assert.All(Tags.Values, format => Assert.True(labels.Count(l => l.Format == format) >= 10, $"{format}"));
    }

    private static IEnumerable<string> Documents()
    {
        foreach (string file in Directory.GetFiles(RepositoryPaths.Combine("tests", "Privacy.Policy.Tests", "Text", "Corpus"), "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (string document in File.ReadAllText(file).ReplaceLineEndings("\n").Split("\n----\n"))
            {
                yield return document;
            }
        }
    }

    /// <summary>The text without its <c>[[TAG:value]]</c> markers, and where each value is in it.</summary>
    private static (string Text, List<TextFinding> Labels) Parse(string document)
    {
        var text = new StringBuilder(document.Length);
        var labels = new List<TextFinding>();
        int position = 0;
        while (true)
        {
            int open = document.IndexOf("[[", position, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(document, position, document.Length - position);
                return (text.ToString(), labels);
            }

            int colon = document.IndexOf(':', open);
            int close = document.IndexOf("]]", colon, StringComparison.Ordinal);
            text.Append(document, position, open - position);
            DataFormat format = Tags[document.Substring(open + 2, colon - open - 2)];
            string value = document.Substring(colon + 1, close - colon - 1);
            labels.Add(new TextFinding(format, text.Length, value.Length));
            text.Append(value);
            position = close + 2;
        }
    }
}
