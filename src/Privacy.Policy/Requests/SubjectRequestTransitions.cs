namespace Privacy.Policy.Requests;

/// <summary>The state machine of a data subject's request: which step may follow which.</summary>
internal static class SubjectRequestTransitions
{
    /// <summary>
    /// Whether a request in <paramref name="from"/> may move to <paramref name="to"/>. Forward one step at a time;
    /// refusal from any open state (an identity that cannot be verified, art. 12(2) and 12(6); a manifestly
    /// unfounded or excessive request, art. 12(5); an exemption found while working on it); nothing leaves
    /// <see cref="SubjectRequestState.Answered"/> or <see cref="SubjectRequestState.Refused"/>.
    /// </summary>
    public static bool IsAllowed(SubjectRequestState from, SubjectRequestState to) => (from, to) switch
    {
        (SubjectRequestState.Received, SubjectRequestState.IdentityVerified) => true,
        (SubjectRequestState.IdentityVerified, SubjectRequestState.InProgress) => true,
        (SubjectRequestState.InProgress, SubjectRequestState.Answered) => true,
        (SubjectRequestState.Received or SubjectRequestState.IdentityVerified or SubjectRequestState.InProgress, SubjectRequestState.Refused) => true,
        _ => false,
    };

    /// <summary>Whether a request in <paramref name="state"/> is still open (not answered, not refused).</summary>
    public static bool IsOpen(SubjectRequestState state)
        => state is SubjectRequestState.Received or SubjectRequestState.IdentityVerified or SubjectRequestState.InProgress;
}
