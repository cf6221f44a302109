using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Privacy.Policy.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Crash;

/// <summary>
/// A sweep killed with SIGKILL (<see cref="Process.Kill()"/>) at random points, again and again, and then run to its
/// end, leaves the database exactly as one sweep run without interruption does: every row, every table (so every
/// partition), every hold. The sweep runs in a child process (Privacy.Policy.EntityFrameworkCore.SweepChild) that stops
/// before and after each statement and commit until told to go on, so a kill lands at an exact step; some kills land
/// after a random delay instead, wherever the sweep is.
/// </summary>
public abstract class SweepCrashSuite(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Child = "Privacy.Policy.EntityFrameworkCore.SweepChild";

    protected abstract string Database { get; }

    protected abstract string Reference { get; }

    protected abstract string Victim { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public abstract Task DisposeAsync();

    /// <summary>Every table of the database, its name and its rows in order, as text.</summary>
    protected abstract Task<string> DumpAsync(string connection);

    protected static async Task<string> DumpAsync(DbConnection connection, string tables, Func<string, string> select)
    {
        var dump = new StringBuilder();
        await connection.OpenAsync();
        var names = new List<string>();
        await using (DbCommand command = connection.CreateCommand())
        {
            command.CommandText = tables;
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (string name in names)
        {
            dump.Append("table ").AppendLine(name);
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = select(name);
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append(reader.GetName(i)).Append('=').Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append(i + 1 < reader.FieldCount ? "|" : "\n");
                }
            }
        }

        return dump.ToString();
    }

    /// <summary>
    /// A table's rows in order; the holds without their ids, which are random (<c>Guid.NewGuid</c>) in each database.
    /// </summary>
    protected static string Select(string table)
        => table == "PrivacyHolds"
            ? "SELECT \"SubjectId\", \"RecordType\", \"RecordKey\", \"LegalGround\", \"PlacedAt\", \"LiftedAt\" FROM \"PrivacyHolds\" ORDER BY \"LegalGround\""
            : $"SELECT * FROM \"{table}\" ORDER BY 1";

    protected async Task KilledSweepsRerunEndWhereOneSweepEndsAsync()
    {
        var budget = Stopwatch.StartNew();
        (string seeded, _) = await RunAsync(["seed", Database, Reference, Victim], stepping: false, kill: null);
        int steps = int.Parse(seeded.Trim().Split('\n')[^1]["steps ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        string reference = await DumpAsync(Reference);
        Assert.NotEqual(reference, await DumpAsync(Victim)); // the sweep has something to do

        int seed = Environment.TickCount;
        var random = new Random(seed);
        var killedAt = new List<string>();
        while (killedAt.Count < 3 || (killedAt.Count < 24 && budget.Elapsed < TimeSpan.FromSeconds(40)))
        {
            if (random.Next(4) != 0)
            {
                int step = random.Next(1, steps + 1);
                (_, bool killed) = await RunAsync(["sweep", Database, Victim], stepping: true, kill: step);
                killedAt.Add(killed ? $"step {step}" : $"finished before step {step}");
            }
            else
            {
                int delay = random.Next(0, 1500);
                (_, bool killed) = await RunAsync(["sweep", Database, Victim], stepping: false, kill: -delay);
                killedAt.Add(killed ? $"{delay} ms" : $"finished before {delay} ms");
            }
        }

        output.WriteLine($"{steps} steps in one sweep; random seed {seed}; killed at: {string.Join(", ", killedAt)}");
        (string last, _) = await RunAsync(["sweep", Database, Victim], stepping: false, kill: null);
        Assert.EndsWith("done", last.Trim());
        Assert.Equal(reference, await DumpAsync(Victim));
    }

    /// <summary>
    /// Runs the child; <paramref name="kill"/> positive: kills it when it reaches that step; negative: that many
    /// milliseconds after it is ready; null: lets it finish. Returns its output and whether it was killed.
    /// </summary>
    private static async Task<(string Output, bool Killed)> RunAsync(string[] arguments, bool stepping, int? kill)
    {
        string directory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        string configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.Combine("tests", Child, "bin", configuration, directory, Child + ".dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PRIVACY_SWEEP_CHILD_STEP"] = stepping ? "1" : "0";
        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        var lines = new StringBuilder();
        bool killed = false;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            lines.AppendLine(line);
            if (kill > 0 && line == $"step {kill}" || kill < 0 && line == "ready" && await DelayAsync(-kill.Value, process))
            {
                process.Kill(); // SIGKILL
                killed = true;
                break;
            }

            if (stepping && line.StartsWith("step ", StringComparison.Ordinal))
            {
                await process.StandardInput.WriteLineAsync();
                await process.StandardInput.FlushAsync();
            }
        }

        await process.WaitForExitAsync();
        if (!killed && kill < 0 && process.ExitCode == 0)
        {
            return (lines.ToString(), false);
        }

        Assert.True(killed || process.ExitCode == 0, $"the child failed ({process.ExitCode}): {await errors}");
        return (lines.ToString(), killed);
    }

    /// <summary>Waits, and says whether the process is still running (to be killed).</summary>
    private static async Task<bool> DelayAsync(int milliseconds, Process process)
    {
        await Task.Delay(milliseconds);
        return !process.HasExited;
    }
}
