namespace Privacy.Policy.Tool.Cli;

/// <summary>What the command's exit code says, for CI.</summary>
internal static class ExitCodes
{
    /// <summary>Merged and written; with <c>--check</c>, nothing differs from the published version.</summary>
    public const int Success = 0;

    /// <summary>The services disagree (nothing is written), or with <c>--check</c> an output differs from the published version.</summary>
    public const int Disagreement = 1;

    /// <summary>Arguments the command cannot use, or a file it cannot read or whose settings are not valid.</summary>
    public const int Usage = 2;
}
