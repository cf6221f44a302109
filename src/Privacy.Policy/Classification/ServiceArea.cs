using System;

namespace Privacy.Policy;

/// <summary>The part of the service a type's personal data belongs to, from its <see cref="ServiceAreaAttribute"/>.</summary>
public sealed record ServiceArea
{
    /// <summary>Names a service area.</summary>
    /// <param name="dutch">The heading in the Dutch statement.</param>
    /// <param name="english">The heading in the English statement.</param>
    public ServiceArea(string dutch, string english)
    {
        ArgumentException.ThrowIfNullOrEmpty(dutch);
        ArgumentException.ThrowIfNullOrEmpty(english);
        Dutch = dutch;
        English = english;
    }

    /// <summary>Where types without a <see cref="ServiceAreaAttribute"/> appear: "Algemeen" / "General".</summary>
    public static ServiceArea General { get; } = new("Algemeen", "General");

    /// <summary>The heading in the Dutch statement.</summary>
    public string Dutch { get; }

    /// <summary>The heading in the English statement.</summary>
    public string English { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Dutch} / {English}";
}
