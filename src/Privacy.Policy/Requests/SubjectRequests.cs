using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Privacy.Policy.Requests;

namespace Privacy.Policy;

/// <summary>
/// Tracks data subjects' requests (GDPR art. 15 to 21) from receipt to answer: records them with their deadline
/// (one calendar month in the configured zone, art. 12(3)), takes each step in order with the clock's instant and the
/// audit entry it leaves, extends deadlines within art. 12(3)'s limits, and lists what is due and overdue.
/// <c>AddPrivacyPolicy</c> registers it with the container's <see cref="ISubjectRequestStore"/> (in memory unless
/// another is registered first), the policy's <see cref="IClock"/> and time zone.
/// </summary>
/// <remarks>
/// Each step reads the request, checks it against the state machine and writes the next snapshot only if no one else
/// wrote in between (<see cref="SubjectRequestConcurrencyException"/>); a step out of order throws
/// <see cref="SubjectRequestTransitionException"/>. Neither message names the data subject.
/// </remarks>
public sealed class SubjectRequests
{
    private readonly ISubjectRequestStore _store;
    private readonly IClock _clock;
    private readonly DateTimeZone _zone;

    /// <summary>Creates the service.</summary>
    /// <param name="store">Where the requests are kept.</param>
    /// <param name="clock">The clock every step is dated by.</param>
    /// <param name="zone">The zone deadlines are counted in (<see cref="IPrivacyPolicy.TimeZone"/>).</param>
    public SubjectRequests(ISubjectRequestStore store, IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        _store = store;
        _clock = clock;
        _zone = zone;
    }

    /// <summary>The zone deadlines are counted in.</summary>
    public DateTimeZone TimeZone => _zone;

    /// <summary>
    /// The deadline of a request received at <paramref name="receivedAt"/>: the end of the day, in <see cref="TimeZone"/>,
    /// one calendar month after the day of receipt (GDPR art. 12(3), counted as Regulation 1182/71 art. 3 counts a
    /// period of months; 31 January gives the end of 28 or 29 February).
    /// </summary>
    /// <param name="receivedAt">When the request was received.</param>
    /// <returns>The instant the answer is due before.</returns>
    public Instant DeadlineFor(Instant receivedAt) => SubjectRequestDeadlines.FirstDeadline(receivedAt, _zone);

    /// <summary>Records a request received now.</summary>
    /// <param name="subjectId">The data subject the request is about.</param>
    /// <param name="kind">What they ask for.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The request, in <see cref="SubjectRequestState.Received"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is empty, or <paramref name="kind"/> is not a kind.</exception>
    public ValueTask<SubjectRequest> ReceiveAsync(string subjectId, SubjectRequestKind kind, CancellationToken cancellationToken = default)
        => ReceiveAsync(subjectId, kind, _clock.GetCurrentInstant(), cancellationToken);

    /// <summary>
    /// Records a request received earlier than now: a letter that arrived yesterday, an e-mail read this morning. The
    /// period runs from receipt, not from recording (GDPR art. 12(3)).
    /// </summary>
    /// <param name="subjectId">The data subject the request is about.</param>
    /// <param name="kind">What they ask for.</param>
    /// <param name="receivedAt">When it was received: not after the clock's now.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The request, in <see cref="SubjectRequestState.Received"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is empty, <paramref name="kind"/> is not a kind, or <paramref name="receivedAt"/> is in the future.</exception>
    public async ValueTask<SubjectRequest> ReceiveAsync(string subjectId, SubjectRequestKind kind, Instant receivedAt, CancellationToken cancellationToken = default)
    {
        if (receivedAt > _clock.GetCurrentInstant())
        {
            throw new ArgumentOutOfRangeException(nameof(receivedAt), "A request cannot be received in the future.");
        }

        SubjectRequest request = SubjectRequest.Receive(Guid.NewGuid(), subjectId, kind, receivedAt, _zone);
        await _store.AddAsync(request, cancellationToken).ConfigureAwait(false);
        return request;
    }

    /// <summary>
    /// Records that the requester was shown to be the data subject, and how (GDPR art. 12(6)). An identity document
    /// needs a reason why a portal session and a known e-mail address or phone number cannot work.
    /// </summary>
    /// <param name="id">The request's id.</param>
    /// <param name="method">How the identity was verified.</param>
    /// <param name="reason">Why this method; required for <see cref="IdentityVerificationMethod.IdentityDocument"/>. No personal data.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The request, in <see cref="SubjectRequestState.IdentityVerified"/>.</returns>
    /// <exception cref="ArgumentException">An identity document without a reason, or a method that is not one.</exception>
    /// <exception cref="SubjectRequestTransitionException">The request is not in <see cref="SubjectRequestState.Received"/>.</exception>
    /// <exception cref="SubjectRequestConcurrencyException">Another writer changed the request meanwhile.</exception>
    /// <exception cref="KeyNotFoundException">There is no request with that id.</exception>
    public ValueTask<SubjectRequest> VerifyIdentityAsync(Guid id, IdentityVerificationMethod method, string? reason = null, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Not an identity verification method.");
        }

        if (method is IdentityVerificationMethod.IdentityDocument && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException(
                "An identity document is asked for only when a portal session and a known e-mail address or phone number cannot work (GDPR art. 12(6)): give the reason.",
                nameof(reason));
        }

        return StepAsync(id, (request, now) => request.MoveTo(SubjectRequestState.IdentityVerified, now, Trimmed(reason), method), cancellationToken);
    }

    /// <summary>Records that work on a verified request has started.</summary>
    /// <param name="id">The request's id.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The request, in <see cref="SubjectRequestState.InProgress"/>.</returns>
    /// <exception cref="SubjectRequestTransitionException">The request is not in <see cref="SubjectRequestState.IdentityVerified"/>.</exception>
    /// <exception cref="SubjectRequestConcurrencyException">Another writer changed the request meanwhile.</exception>
    /// <exception cref="KeyNotFoundException">There is no request with that id.</exception>
    public ValueTask<SubjectRequest> StartAsync(Guid id, CancellationToken cancellationToken = default)
        => StepAsync(id, (request, now) => request.MoveTo(SubjectRequestState.InProgress, now, null), cancellationToken);

    /// <summary>Records that the request was answered (GDPR art. 12(3)); a late answer is recorded too, and stays late in the audit.</summary>
    /// <param name="id">The request's id.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The request, in <see cref="SubjectRequestState.Answered"/>.</returns>
    /// <exception cref="SubjectRequestTransitionException">The request is not in <see cref="SubjectRequestState.InProgress"/>.</exception>
    /// <exception cref="SubjectRequestConcurrencyException">Another writer changed the request meanwhile.</exception>
    /// <exception cref="KeyNotFoundException">There is no request with that id.</exception>
    public ValueTask<SubjectRequest> AnswerAsync(Guid id, CancellationToken cancellationToken = default)
        => StepAsync(id, (request, now) => request.MoveTo(SubjectRequestState.Answered, now, null), cancellationToken);

    /// <summary>
    /// Records that the request was refused, with the reason the subject is told together with their right to complain
    /// to the Autoriteit Persoonsgegevens and to go to court (GDPR art. 12(4)).
    /// </summary>
    /// <param name="id">The request's id.</param>
    /// <param name="reason">Why, as the subject is told. No personal data.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The request, in <see cref="SubjectRequestState.Refused"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="SubjectRequestTransitionException">The request is answered or refused already.</exception>
    /// <exception cref="SubjectRequestConcurrencyException">Another writer changed the request meanwhile.</exception>
    /// <exception cref="KeyNotFoundException">There is no request with that id.</exception>
    public ValueTask<SubjectRequest> RefuseAsync(Guid id, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return StepAsync(id, (request, now) => request.MoveTo(SubjectRequestState.Refused, now, reason.Trim()), cancellationToken);
    }

    /// <summary>
    /// Extends the deadline to <paramref name="totalMonths"/> further months after the first deadline (GDPR art. 12(3):
    /// up to two, given the complexity and number of requests). Only before the first deadline passes, and only with a
    /// reason; the subject must be told of it, with the reason, within the first month. A second call may lengthen an
    /// extension of one month to two.
    /// </summary>
    /// <param name="id">The request's id.</param>
    /// <param name="totalMonths">The further months in all: 1 or 2.</param>
    /// <param name="reason">Why, as the subject is told. No personal data.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The request with its extended <see cref="SubjectRequest.Deadline"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or <paramref name="totalMonths"/> is less than 1.</exception>
    /// <exception cref="SubjectRequestTransitionException">
    /// The first deadline has passed, the extension exceeds two months or does not lengthen the deadline, or the
    /// request is closed.
    /// </exception>
    /// <exception cref="SubjectRequestConcurrencyException">Another writer changed the request meanwhile.</exception>
    /// <exception cref="KeyNotFoundException">There is no request with that id.</exception>
    public ValueTask<SubjectRequest> ExtendAsync(Guid id, int totalMonths, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(totalMonths, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return StepAsync(id, (request, now) => request.Extend(totalMonths, reason.Trim(), now, _zone), cancellationToken);
    }

    /// <summary>Finds a request by its id.</summary>
    /// <param name="id">The request's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The request; <see langword="null"/> when there is none with that id.</returns>
    public ValueTask<SubjectRequest?> FindAsync(Guid id, CancellationToken cancellationToken = default)
        => _store.FindAsync(id, cancellationToken);

    /// <summary>
    /// The open requests due within <paramref name="days"/> days, overdue ones included: those whose deadline is at or
    /// before the end of the day <paramref name="days"/> days after today in <see cref="TimeZone"/> (0: due today or
    /// overdue), earliest deadline first.
    /// </summary>
    /// <param name="days">How many days ahead to look; not negative.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The requests, ordered by deadline.</returns>
    public ValueTask<IReadOnlyList<SubjectRequest>> ListDueAsync(int days, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return _store.ListOpenDueByAsync(SubjectRequestDeadlines.DueWithin(_clock.GetCurrentInstant(), days, _zone), cancellationToken);
    }

    /// <summary>The open requests whose deadline has passed at the clock's now, earliest deadline first.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The overdue requests, ordered by deadline.</returns>
    public ValueTask<IReadOnlyList<SubjectRequest>> ListOverdueAsync(CancellationToken cancellationToken = default)
        => _store.ListOpenDueByAsync(_clock.GetCurrentInstant(), cancellationToken);

    private async ValueTask<SubjectRequest> StepAsync(Guid id, Func<SubjectRequest, Instant, SubjectRequest> step, CancellationToken cancellationToken)
    {
        SubjectRequest current = await _store.FindAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"There is no subject request {id}.");
        SubjectRequest next = step(current, _clock.GetCurrentInstant());
        await _store.UpdateAsync(next, current.Version, cancellationToken).ConfigureAwait(false);
        return next;
    }

    private static string? Trimmed(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}
