using System;

namespace Privacy.Policy;

/// <summary>
/// A step a data subject's request cannot take: a state change out of order (answering a request whose identity was
/// never verified), or an extension of its deadline after the first deadline passed or beyond the two further months
/// of GDPR art. 12(3). The message names the request's id and its state, never the data subject.
/// </summary>
public sealed class SubjectRequestTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="requestId">The request's id.</param>
    /// <param name="state">The state the request is in.</param>
    /// <param name="attempted">The state it was asked to move to; <see langword="null"/> for an extension.</param>
    /// <param name="message">What was refused and why.</param>
    public SubjectRequestTransitionException(Guid requestId, SubjectRequestState state, SubjectRequestState? attempted, string message)
        : base(message)
    {
        RequestId = requestId;
        State = state;
        AttemptedState = attempted;
    }

    /// <summary>The request's id.</summary>
    public Guid RequestId { get; }

    /// <summary>The state the request is in (and stays in).</summary>
    public SubjectRequestState State { get; }

    /// <summary>The state it was asked to move to; <see langword="null"/> when an extension was refused.</summary>
    public SubjectRequestState? AttemptedState { get; }
}
