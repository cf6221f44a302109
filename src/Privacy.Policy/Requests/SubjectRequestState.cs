namespace Privacy.Policy;

/// <summary>
/// Where a data subject's request stands. A request moves forward only:
/// <see cref="Received"/> → <see cref="IdentityVerified"/> → <see cref="InProgress"/> → <see cref="Answered"/>, and
/// from any open state to <see cref="Refused"/> (with a reason, GDPR art. 12(4)). <see cref="Answered"/> and
/// <see cref="Refused"/> are final.
/// </summary>
public enum SubjectRequestState
{
    /// <summary>Received and recorded; the one-month period of GDPR art. 12(3) runs from receipt.</summary>
    Received,

    /// <summary>The requester was shown to be the data subject, by a proportionate method (GDPR art. 12(6)).</summary>
    IdentityVerified,

    /// <summary>Being acted on: the data gathered, corrected, erased, restricted.</summary>
    InProgress,

    /// <summary>Answered: the subject was given the information or told what was done (GDPR art. 12(3)). Final.</summary>
    Answered,

    /// <summary>
    /// Refused, with the reason the subject was told together with their right to complain to a supervisory authority
    /// and to a judicial remedy (GDPR art. 12(4)). Final.
    /// </summary>
    Refused,
}
