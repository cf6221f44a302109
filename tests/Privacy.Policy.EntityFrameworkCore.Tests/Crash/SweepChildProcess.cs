using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Privacy.Policy.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Crash;

/// <summary>
/// One Privacy.Policy.EntityFrameworkCore.SweepChild process: <c>seed</c> runs to its end; <c>serve</c> warms up on a
/// database (EF Core's model and compiled queries) and then sweeps once per <see cref="SweepAsync"/>, until killed.
/// </summary>
internal sealed class SweepChildProcess : IDisposable
{
    private const string Child = "Privacy.Policy.EntityFrameworkCore.SweepChild";

    private readonly Process _process;

    private readonly Task<string> _errors;

    private SweepChildProcess(Process process)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The committed state at the last batch boundary the sweep passed (the child's <c>committed</c> line).</summary>
    public string? Committed { get; private set; }

    /// <summary>How long the last sweep that ran to its end took, as the child measured it.</summary>
    public TimeSpan LastSweep { get; private set; }

    /// <summary>How many batch boundaries the sweep passed (partition transactions and keyset queries): where a kill landed.</summary>
    public int Boundaries { get; private set; }

    public static SweepChildProcess Start(params string[] arguments)
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
        start.Environment["DOTNET_TieredPGO"] = "0"; // a process that lives a second: no profiling of its first compilations
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new SweepChildProcess(Process.Start(start)!);
    }

    /// <summary>Reads lines until one starts with <paramref name="prefix"/>, and returns it; fails if the child ends first.</summary>
    public async Task<string> ExpectAsync(string prefix)
    {
        while (await ReadAsync() is { } line)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }

        await _process.WaitForExitAsync();
        Assert.Fail($"the child ended ({_process.ExitCode}) before '{prefix}': {await _errors}");
        return string.Empty;
    }

    /// <summary>
    /// Starts a sweep of <paramref name="database"/> that stops at the first of <paramref name="pauses"/> it reaches;
    /// returns the step it stopped at, or null when it finished without reaching any.
    /// </summary>
    public async Task<string?> SweepAsync(string database, params string[] pauses)
    {
        await SendSweepAsync(database, pauses);
        while (await ReadAsync() is { } line)
        {
            if (line.StartsWith("step ", StringComparison.Ordinal))
            {
                return line["step ".Length..];
            }

            if (line.StartsWith("done ", StringComparison.Ordinal))
            {
                LastSweep = TimeSpan.FromMilliseconds(double.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));
                return null;
            }
        }

        await _process.WaitForExitAsync();
        Assert.Fail($"the child ended ({_process.ExitCode}) in a sweep: {await _errors}");
        return null;
    }

    /// <summary>Starts a sweep that stops nowhere, and returns once it is at its first batch boundary (in the database).</summary>
    public async Task StartSweepAsync(string database)
    {
        await SendSweepAsync(database, []);
        _ = await ExpectAsync("committed ");
    }

    /// <summary>Waits until the sweep started is done (true), or the child's output ends (false: killed).</summary>
    public async Task<bool> DoneAsync()
    {
        while (await ReadAsync() is { } line)
        {
            if (line.StartsWith("done ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the next line, noting the committed state the child reports; null at the end of its output.</summary>
    public async Task<string?> ReadAsync()
    {
        string? line = await _process.StandardOutput.ReadLineAsync();
        if (line?.StartsWith("committed ", StringComparison.Ordinal) == true)
        {
            Committed = line["committed ".Length..];
            Boundaries++;
        }

        return line;
    }

    /// <summary>SIGKILL, and waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private async Task SendSweepAsync(string database, string[] pauses)
    {
        Committed = null;
        Boundaries = 0;
        await _process.StandardInput.WriteLineAsync("sweep " + database + "|" + string.Join("|", pauses));
        await _process.StandardInput.FlushAsync();
    }
}
