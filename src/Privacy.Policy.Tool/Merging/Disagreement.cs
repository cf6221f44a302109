namespace Privacy.Policy.Tool.Merging;

/// <summary>
/// Two services that say different things about the same purpose, recipient, setting or type: the company can publish
/// only one statement, so the merge stops and names both sources. The message never holds a value read from a setting.
/// </summary>
/// <param name="Message">What differs, and where each side comes from.</param>
internal sealed record Disagreement(string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
