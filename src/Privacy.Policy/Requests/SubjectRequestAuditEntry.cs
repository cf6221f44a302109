using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Privacy.Policy;

/// <summary>
/// One line of a data subject's request's audit: a change of state, or an extension of its deadline (then
/// <see cref="From"/> and <see cref="To"/> are the same state and <see cref="Deadline"/> is the extended one). The audit
/// is append-only: each step adds an entry and none is changed, so it shows the controller met art. 12(3) and (4)
/// (accountability, art. 5(2)). It holds no personal data beyond the request's subject id, which the request holds:
/// write reasons without names, addresses or numbers.
/// </summary>
public sealed class SubjectRequestAuditEntry
{
    // Entity Framework Core binds through the private setters; entries are made by SubjectRequest only.
    private SubjectRequestAuditEntry()
    {
    }

    internal SubjectRequestAuditEntry(Instant at, SubjectRequestState? from, SubjectRequestState to, string? reason, IdentityVerificationMethod? identityVerification, Instant deadline)
    {
        At = at;
        From = from;
        To = to;
        Reason = reason;
        IdentityVerification = identityVerification;
        Deadline = deadline;
    }

    /// <summary>When the step was taken (for the first entry: when the request was received).</summary>
    public Instant At { get; private set; }

    /// <summary>The state before the step; <see langword="null"/> for the first entry, the request's receipt.</summary>
    public SubjectRequestState? From { get; private set; }

    /// <summary>The state after the step (the same as <see cref="From"/> for an extension).</summary>
    public SubjectRequestState To { get; private set; }

    /// <summary>
    /// Why: required for a refusal (art. 12(4)), an extension (art. 12(3)) and an identity document (art. 12(6));
    /// otherwise optional. Not shown by <see cref="ToString"/>.
    /// </summary>
    public string? Reason { get; private set; }

    /// <summary>The method the identity was verified by, on the entry that moved the request to <see cref="SubjectRequestState.IdentityVerified"/>.</summary>
    public IdentityVerificationMethod? IdentityVerification { get; private set; }

    /// <summary>The deadline in force after the step.</summary>
    public Instant Deadline { get; private set; }

    /// <summary>The instant, the states and the deadline; never the reason.</summary>
    /// <returns>For example <c>2026-11-30T10:00:00Z Received -> IdentityVerified (KnownEmailAddress), deadline 2026-12-30T23:00:00Z</c>.</returns>
    public override string ToString()
    {
        string from = From is { } state ? state.ToString() : "(new)";
        string method = IdentityVerification is { } verification ? $" ({verification})" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{InstantPattern.General.Format(At)} {from} -> {To}{method}, deadline {InstantPattern.General.Format(Deadline)}");
    }
}
