using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Privacy.Policy.Testing;
using Xunit;

namespace Privacy.Policy.Tests.Sample;

/// <summary>
/// The sample's output where nobody watches a terminal (a CI log, a file): plain text, every table row on one line,
/// no progress bar frozen at 0%.
/// </summary>
public sealed class SampleOutputTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "mistervoip-output-" + Guid.NewGuid().ToString("n"));

    [Fact]
    public void Redirected_output_is_plain_and_complete()
    {
        string output = RunSample("--customers", "5", "--out", _out);
        string[] lines = output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

        Assert.DoesNotContain('\u001b', output); // no escape codes
        Assert.DoesNotContain("0%", output, StringComparison.Ordinal);
        Assert.Contains("Created the database and synthetic data: 5 customers", lines);

        // Each redacted call record is one row holding both whole pseudonyms: nothing wrapped at 80 columns.
        int tickets = Array.IndexOf(lines, "Redacted support tickets (notes scrubbed: each identifier by its own rule)");
        Assert.True(tickets > 0, "no redacted support tickets");
        string[] callRows = lines[..tickets].Where(line => line.StartsWith("│ ps:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, callRows.Length);
        Assert.All(callRows, row => Assert.Equal(2, Regex.Matches(row, "ps:2026-11:[A-Za-z0-9_-]{22} ").Count));
        Assert.Contains(lines, line => line.StartsWith("ToString of the first original record: CallDetailRecord {", StringComparison.Ordinal) && line.EndsWith('}'));

        // The ticket notes are scrubbed, not erased: the words stay, the pasted IBAN keeps its country and last four,
        // the phone number its country code and last two digits, and the BSN is gone.
        string[] ticketRows = lines[tickets..].TakeWhile(line => !line.StartsWith("Subject-access", StringComparison.Ordinal))
            .Where(line => line.StartsWith("│ ps:", StringComparison.Ordinal)).ToArray();
        Assert.Contains(ticketRows, row => row.Contains("incasso wijzigen naar NL************", StringComparison.Ordinal) && row.Contains("BSN  mee", StringComparison.Ordinal));
        Assert.Contains(ticketRows, row => row.Contains("terugbellen op +31*******", StringComparison.Ordinal));
        Assert.All(ticketRows, row => Assert.DoesNotMatch(@"\d{4}\.\d{2}\.\d{3}|\d{9}|06-\d{8}|NL\d\d [A-Z]{4}", row));
        Assert.Contains("Disclosure of a device to Reparatiedienst Randstad BV, for Support", lines);
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^│ CallDetailRecord +│ \d+ +│ \d+ +│ \d+ +│$"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    internal static string RunSample(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The sample as built beside its own dependencies, in the configuration the tests were built in.
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        start.ArgumentList.Add(RepositoryPaths.Combine("samples", "MisterVoip", "bin", configuration, "net10.0", "MisterVoip.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A CI log's terminal width is whatever the environment says; the sample must not depend on it.
        start.Environment["COLUMNS"] = "80";
        using Process process = Process.Start(start)!;
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "The sample did not finish in two minutes.");
        Assert.True(process.ExitCode == 0, $"The sample failed ({process.ExitCode}):\n{output}\n{error.Result}");
        return output;
    }
}
