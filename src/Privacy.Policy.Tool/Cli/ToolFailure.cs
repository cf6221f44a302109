using System;

namespace Privacy.Policy.Tool.Cli;

/// <summary>
/// A failure that ends the command with <see cref="ExitCodes.Usage"/>: arguments it cannot use, a file it cannot read,
/// a setting that is not valid. The message names the argument, file or setting, never a value read from a file.
/// </summary>
internal sealed class ToolFailure : Exception
{
    public ToolFailure(string message)
        : base(message)
    {
    }

    public ToolFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
