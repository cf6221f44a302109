using System;
using Privacy.Policy.Tool.Cli;

namespace Privacy.Policy.Tool;

/// <summary>The <c>privacy-policy</c> command: everything it does is in <see cref="ToolCommand"/>, which the tests run in-process.</summary>
internal static class Program
{
    private static int Main(string[] args) => ToolCommand.Run(args, Console.Out, Console.Error);
}
