using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Privacy.Policy;

/// <summary>
/// Processing for a consent purpose was refused: the consent ledger holds no consent of the data subject at that
/// instant, because it was never given or was withdrawn (GDPR art. 6(1)(a): no other basis; art. 7(3): a withdrawal
/// stops processing from then on). Thrown by <see cref="ConsentLedger.RequireConsentAsync"/>. The message names the
/// purpose and the instant, never the data subject.
/// </summary>
public sealed class ConsentRequiredException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="purpose">The purpose processing was refused for.</param>
    /// <param name="purposeName">The purpose's name, such as <c>Marketing</c>.</param>
    /// <param name="at">The instant consent was asked for.</param>
    /// <param name="withdrawnAt">When the consent was withdrawn; <see langword="null"/> when it was never given.</param>
    public ConsentRequiredException(Purpose purpose, string purposeName, Instant at, Instant? withdrawnAt)
        : base(Describe(purposeName, at, withdrawnAt))
    {
        Purpose = purpose;
        At = at;
        WithdrawnAt = withdrawnAt;
    }

    /// <summary>The purpose processing was refused for.</summary>
    public Purpose Purpose { get; }

    /// <summary>The instant consent was asked for.</summary>
    public Instant At { get; }

    /// <summary>When the consent was withdrawn; <see langword="null"/> when it was never given.</summary>
    public Instant? WithdrawnAt { get; }

    private static string Describe(string purposeName, Instant at, Instant? withdrawnAt)
    {
        string why = withdrawnAt is { } withdrawn
            ? string.Create(CultureInfo.InvariantCulture, $"it was withdrawn at {InstantPattern.General.Format(withdrawn)} (GDPR art. 7(3))")
            : "it was never given";
        return string.Create(CultureInfo.InvariantCulture, $"Processing for purpose {purposeName} rests on consent (GDPR art. 6(1)(a)) and the data subject has none at {InstantPattern.General.Format(at)}: {why}. Do not process the data for this purpose.");
    }
}
