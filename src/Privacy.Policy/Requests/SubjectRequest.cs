using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Privacy.Policy.Requests;

namespace Privacy.Policy;

/// <summary>
/// A data subject's request under GDPR (AVG) articles 15 to 21, from receipt to answer: its kind, when it was
/// received, its deadline (one calendar month, GDPR art. 12(3), extendable once or twice by up to two further months
/// in all), where it stands and the audit of every step. A <see cref="SubjectRequest"/> is a snapshot: its members
/// never change, and <see cref="SubjectRequests"/> stores a new one, with the next <see cref="Version"/>, for each step.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> shows the id, kind, state, dates and version; never <see cref="SubjectId"/> or a reason.
/// </remarks>
public sealed class SubjectRequest
{
    private List<SubjectRequestAuditEntry> _audit;

    // Entity Framework Core binds through the private setters; everything else goes through SubjectRequests.
    private SubjectRequest()
    {
        SubjectId = string.Empty;
        _audit = [];
    }

    /// <summary>The request's id, made when it is received.</summary>
    public Guid Id { get; private set; }

    /// <summary>
    /// The data subject the request is about, as their records' <c>[DataSubject]</c> members hold it. This is personal
    /// data: it is never in an exception message, a log entry or <see cref="ToString"/>.
    /// </summary>
    public string SubjectId { get; private set; }

    /// <summary>What the subject asks for.</summary>
    public SubjectRequestKind Kind { get; private set; }

    /// <summary>When the request was received: the one-month period of GDPR art. 12(3) runs from here.</summary>
    public Instant ReceivedAt { get; private set; }

    /// <summary>
    /// The first deadline: the end of the day, in the configured zone, one calendar month after the day of receipt
    /// (docs/requests.md, "Deadlines").
    /// </summary>
    public Instant FirstDeadline { get; private set; }

    /// <summary>
    /// The deadline in force: <see cref="FirstDeadline"/>, or the extended one. The answer is due before this instant;
    /// at it the request is overdue.
    /// </summary>
    public Instant Deadline { get; private set; }

    /// <summary>How many further months the deadline was extended by (0, 1 or 2; GDPR art. 12(3)).</summary>
    public int ExtensionMonths { get; private set; }

    /// <summary>Why the deadline was extended (the complexity and number of requests, art. 12(3)); <see langword="null"/> when it was not.</summary>
    public string? ExtensionReason { get; private set; }

    /// <summary>Where the request stands.</summary>
    public SubjectRequestState State { get; private set; }

    /// <summary>How the requester's identity was verified; <see langword="null"/> until it was (GDPR art. 12(6)).</summary>
    public IdentityVerificationMethod? IdentityVerification { get; private set; }

    /// <summary>Why the request was refused, as the subject was told (GDPR art. 12(4)); <see langword="null"/> unless refused.</summary>
    public string? RefusalReason { get; private set; }

    /// <summary>When the request was answered or refused; <see langword="null"/> while it is open.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>
    /// The request's version: 1 when received, one more for each step. A store replaces a request only when the
    /// version it holds is the one the writer read (<see cref="ISubjectRequestStore.UpdateAsync"/>).
    /// </summary>
    public long Version { get; private set; }

    /// <summary>Every step the request took, oldest first, starting with its receipt.</summary>
    public IReadOnlyList<SubjectRequestAuditEntry> Audit => _audit;

    /// <summary>Whether the request is still open: neither answered nor refused.</summary>
    public bool IsOpen => SubjectRequestTransitions.IsOpen(State);

    /// <summary>Whether the request is open at <paramref name="at"/> with its deadline passed (at or after <see cref="Deadline"/>).</summary>
    /// <param name="at">The instant to judge at, usually the clock's.</param>
    /// <returns><see langword="true"/> when the request is late.</returns>
    public bool IsOverdueAt(Instant at) => IsOpen && at >= Deadline;

    /// <summary>The id, kind, state, receipt, deadline and version; never the subject id or a reason.</summary>
    /// <returns>For example <c>SubjectRequest 3f2a… Access InProgress, received 2026-11-30T10:00:00Z, deadline 2026-12-30T23:00:00Z, version 3</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture,
            $"SubjectRequest {Id} {Kind} {State}, received {InstantPattern.General.Format(ReceivedAt)}, deadline {InstantPattern.General.Format(Deadline)}{(ExtensionMonths > 0 ? $" (extended {ExtensionMonths} month(s))" : string.Empty)}, version {Version}");

    /// <summary>A request received at <paramref name="receivedAt"/>, its deadline counted in <paramref name="zone"/>.</summary>
    internal static SubjectRequest Receive(Guid id, string subjectId, SubjectRequestKind kind, Instant receivedAt, DateTimeZone zone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of subject request.");
        }

        Instant deadline = SubjectRequestDeadlines.FirstDeadline(receivedAt, zone);
        var request = new SubjectRequest
        {
            Id = id,
            SubjectId = subjectId,
            Kind = kind,
            ReceivedAt = receivedAt,
            FirstDeadline = deadline,
            Deadline = deadline,
            State = SubjectRequestState.Received,
            Version = 1,
        };
        request._audit.Add(new SubjectRequestAuditEntry(receivedAt, null, SubjectRequestState.Received, null, null, deadline));
        return request;
    }

    /// <summary>This request moved to <paramref name="to"/> at <paramref name="at"/>, as a new snapshot.</summary>
    /// <exception cref="SubjectRequestTransitionException">The state machine does not allow the step.</exception>
    internal SubjectRequest MoveTo(SubjectRequestState to, Instant at, string? reason, IdentityVerificationMethod? identityVerification = null)
    {
        if (!SubjectRequestTransitions.IsAllowed(State, to))
        {
            throw new SubjectRequestTransitionException(Id, State, to, string.Create(CultureInfo.InvariantCulture,
                $"Subject request {Id} cannot move from {State} to {to}: {Expected(State)}."));
        }

        SubjectRequest next = Next(at, reason, to, identityVerification);
        next.State = to;
        if (identityVerification is not null)
        {
            next.IdentityVerification = identityVerification;
        }

        if (to is SubjectRequestState.Refused)
        {
            next.RefusalReason = reason;
        }

        if (!SubjectRequestTransitions.IsOpen(to))
        {
            next.ClosedAt = at;
        }

        return next;
    }

    /// <summary>This request with its deadline extended to <paramref name="totalMonths"/> further months, as a new snapshot.</summary>
    /// <exception cref="SubjectRequestTransitionException">
    /// The request is closed, its first deadline has passed at <paramref name="at"/>, or the extension would exceed two
    /// further months or not lengthen the deadline.
    /// </exception>
    internal SubjectRequest Extend(int totalMonths, string reason, Instant at, DateTimeZone zone)
    {
        if (!IsOpen)
        {
            throw Refused($"Subject request {Id} is {State}: a closed request's deadline cannot be extended.");
        }

        if (at >= FirstDeadline)
        {
            throw Refused(string.Create(CultureInfo.InvariantCulture,
                $"Subject request {Id} ({State}): its first deadline {InstantPattern.General.Format(FirstDeadline)} has passed; GDPR art. 12(3) allows an extension only within the first month."));
        }

        if (totalMonths > SubjectRequestDeadlines.MaximumExtensionMonths)
        {
            throw Refused(string.Create(CultureInfo.InvariantCulture,
                $"Subject request {Id} ({State}): an extension to {totalMonths} further months exceeds the two GDPR art. 12(3) allows."));
        }

        if (totalMonths <= ExtensionMonths)
        {
            throw Refused(string.Create(CultureInfo.InvariantCulture,
                $"Subject request {Id} ({State}) is extended by {ExtensionMonths} month(s) already: an extension to {totalMonths} would not lengthen it."));
        }

        Instant deadline = SubjectRequestDeadlines.Extended(ReceivedAt, totalMonths, zone);
        SubjectRequest next = Next(at, reason, State, null, deadline);
        next.ExtensionMonths = totalMonths;
        next.ExtensionReason = reason;
        next.Deadline = deadline;
        return next;
    }

    private SubjectRequestTransitionException Refused(string message) => new(Id, State, null, message);

    private static string Expected(SubjectRequestState state) => state switch
    {
        SubjectRequestState.Received => "a received request is verified (IdentityVerified) or refused first",
        SubjectRequestState.IdentityVerified => "a verified request is started (InProgress) or refused first",
        SubjectRequestState.InProgress => "a request in progress is answered or refused",
        _ => "an answered or refused request is closed",
    };

    private SubjectRequest Next(Instant at, string? reason, SubjectRequestState to, IdentityVerificationMethod? identityVerification, Instant? deadline = null)
    {
        var next = (SubjectRequest)MemberwiseClone();
        next._audit = [.. _audit, new SubjectRequestAuditEntry(at, State, to, reason, identityVerification, deadline ?? Deadline)];
        next.Version = Version + 1;
        return next;
    }
}
