using System;

namespace Privacy.Policy;

/// <summary>
/// How the privacy statement names the moment a type's retention is counted from, in both of its languages, from the
/// <see cref="RetentionAnchorAttribute.Dutch"/> and <see cref="RetentionAnchorAttribute.English"/> of its anchor; or
/// the moment one member's retention counts from, from the <see cref="RetentionMomentAttribute"/> of the member its
/// <c>RetentionFrom</c> names.
/// </summary>
public sealed record RetentionAnchorText
{
    /// <summary>Names the moment.</summary>
    /// <param name="dutch">The words after the period in the Dutch statement: <c>na intrekking van de toestemming</c>.</param>
    /// <param name="english">The words after the period in the English statement: <c>after consent is withdrawn</c>.</param>
    public RetentionAnchorText(string dutch, string english)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dutch);
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        Dutch = dutch;
        English = english;
    }

    /// <summary>The words after the period in the Dutch statement.</summary>
    public string Dutch { get; }

    /// <summary>The words after the period in the English statement.</summary>
    public string English { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Dutch} / {English}";
}
