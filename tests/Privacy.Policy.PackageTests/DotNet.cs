using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace Privacy.Policy.PackageTests;

/// <summary>Runs the <c>dotnet</c> command line (or another tool, such as <c>git</c>) and captures what it prints.</summary>
internal static class DotNet
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string workingDirectory, params string[] arguments)
        => RunTool("dotnet", workingDirectory, new Dictionary<string, string>(), arguments);

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
        => RunTool("dotnet", workingDirectory, environment, arguments);

    public static Result RunTool(string tool, string workingDirectory, params string[] arguments)
        => RunTool(tool, workingDirectory, new Dictionary<string, string>(), arguments);

    public static Result RunTool(string tool, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A build server left running would outlive the test and hold files in the temporary folders.
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (KeyValuePair<string, string> variable in environment)
        {
            start.Environment[variable.Key] = variable.Value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', arguments)} did not finish in five minutes.");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());
    }
}
