using System;
using System.Collections.Generic;
using System.IO;
using Privacy.Policy.Tool.Merging;

namespace Privacy.Policy.Tool.Cli;

/// <summary>The tool's entry: dispatches the command, turns failures into exit codes and messages on standard error.</summary>
internal static class ToolCommand
{
    /// <summary>Runs <c>privacy-policy</c> with <paramref name="args"/>.</summary>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            error.WriteLine(MergeArguments.Usage);
            return ExitCodes.Usage;
        }

        if (args[0] is "--help" or "-h" or "help" || (args[0] == "merge" && args.Count > 1 && args[1] is "--help" or "-h"))
        {
            output.WriteLine(MergeArguments.Usage);
            return ExitCodes.Success;
        }

        if (args[0] != "merge")
        {
            error.WriteLine($"privacy-policy: unknown command '{args[0]}'. Run privacy-policy --help.");
            return ExitCodes.Usage;
        }

        try
        {
            MergeArguments arguments = MergeArguments.Parse([.. System.Linq.Enumerable.Skip(args, 1)]);
            return new MergeCommand(output, error).Run(arguments);
        }
        catch (ToolFailure failure)
        {
            error.WriteLine("privacy-policy: " + failure.Message);
            return ExitCodes.Usage;
        }
    }
}
