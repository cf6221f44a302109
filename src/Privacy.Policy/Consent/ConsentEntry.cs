using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Privacy.Policy;

/// <summary>
/// One line of the consent ledger: a data subject gave or withdrew consent to one purpose, at an instant, through a
/// channel, having been shown a version of the consent text. Entries are never changed: the ledger only appends them,
/// and removes some only when the subject's data is erased (<see cref="ConsentLedger.EraseSubjectAsync"/>), so they
/// show the consent the controller relied on (GDPR art. 7(1), accountability art. 5(2)).
/// </summary>
public sealed class ConsentEntry
{
    // Entity Framework Core binds through the private setters; entries are made by ConsentLedger only.
    private ConsentEntry()
    {
        SubjectId = string.Empty;
    }

    internal ConsentEntry(Guid id, string subjectId, Purpose purpose, long sequence, ConsentEntryKind kind, Instant at, ConsentChannel channel, string? textVersion)
    {
        Id = id;
        SubjectId = subjectId;
        Purpose = purpose;
        Sequence = sequence;
        Kind = kind;
        At = at;
        Channel = channel;
        TextVersion = textVersion;
    }

    /// <summary>The entry's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The data subject who gave or withdrew consent. Not shown by <see cref="ToString"/>.</summary>
    public string SubjectId { get; private set; }

    /// <summary>The purpose: one flag whose legal basis is <see cref="LegalBasis.Consent"/>.</summary>
    public Purpose Purpose { get; private set; }

    /// <summary>
    /// The entry's place among the subject's entries for <see cref="Purpose"/>: 1 for the first, one more for each next.
    /// A store appends an entry only right after the one it follows (optimistic concurrency).
    /// </summary>
    public long Sequence { get; private set; }

    /// <summary>Whether consent was given or withdrawn.</summary>
    public ConsentEntryKind Kind { get; private set; }

    /// <summary>When consent was given or withdrawn; never before the subject's previous entry for the purpose.</summary>
    public Instant At { get; private set; }

    /// <summary>Where consent was given or withdrawn.</summary>
    public ConsentChannel Channel { get; private set; }

    /// <summary>
    /// The version of the consent text the subject was shown, such as <c>marketing-2026-11</c>: required when consent is
    /// given (it shows what they agreed to, art. 7(1) and 7(2)); <see langword="null"/> for a withdrawal.
    /// </summary>
    public string? TextVersion { get; private set; }

    /// <summary>The sequence, kind, instant, purpose, channel and text version; never the subject.</summary>
    /// <returns>For example <c>#1 Given Marketing at 2026-11-30T10:00:00Z via Portal (text marketing-2026-11)</c>.</returns>
    public override string ToString()
    {
        string text = TextVersion is null ? string.Empty : $" (text {TextVersion})";
        return string.Create(CultureInfo.InvariantCulture, $"#{Sequence} {Kind} {Purpose} at {InstantPattern.General.Format(At)} via {Channel}{text}");
    }
}
