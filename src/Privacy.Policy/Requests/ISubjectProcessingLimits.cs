namespace Privacy.Policy;

/// <summary>
/// The register of limits data subjects put on the processing of their data: restriction (GDPR art. 18) and objection (art. 21). When one is
/// registered in the container, <see cref="IPrivacyPolicy.Disclose{T}(T, string, Purpose)"/> reads it for the value's
/// <c>[DataSubject]</c> and refuses what the limits stop; without one, nothing is limited. No register is chosen by
/// <c>AddPrivacyPolicy</c>: a restriction must outlive the process, so the service registers a durable one
/// (<see cref="InMemorySubjectProcessingLimits"/> only in tests).
/// </summary>
/// <remarks>
/// The register is read synchronously because <c>Disclose</c> is synchronous and checks it on every disclosure:
/// blocking on an asynchronous store there would tie up a thread per disclosure. A database-backed register keeps a
/// snapshot in memory (loaded at start-up, updated when a limit is recorded) and answers from it.
/// </remarks>
public interface ISubjectProcessingLimits
{
    /// <summary>Whether the processing of the subject's data is restricted (GDPR art. 18(1)): kept, but not processed.</summary>
    /// <param name="subjectId">The data subject's id, as the records' <c>[DataSubject]</c> members hold it.</param>
    /// <returns><see langword="true"/> while the restriction is in force.</returns>
    bool IsRestricted(string subjectId);

    /// <summary>
    /// Whether the subject has objected to processing of their data for <paramref name="purpose"/> (GDPR art. 21).
    /// What the objection stops is the package's rule: direct marketing always (art. 21(3)), a purpose resting on
    /// legitimate interest unless <see cref="CompellingGroundsFor"/> records grounds (art. 21(1)).
    /// </summary>
    /// <param name="subjectId">The data subject's id, as the records' <c>[DataSubject]</c> members hold it.</param>
    /// <param name="purpose">One purpose flag.</param>
    /// <returns><see langword="true"/> while the objection stands.</returns>
    bool HasObjected(string subjectId, Purpose purpose);

    /// <summary>
    /// The compelling legitimate grounds the controller recorded for going on with <paramref name="purpose"/> after the
    /// subject objected (GDPR art. 21(1)), or <see langword="null"/> when none are recorded. Never read for direct
    /// marketing: no grounds override an objection to it (art. 21(3)).
    /// </summary>
    /// <param name="subjectId">The data subject's id.</param>
    /// <param name="purpose">One purpose flag.</param>
    /// <returns>The grounds as recorded; free text without personal data.</returns>
    string? CompellingGroundsFor(string subjectId, Purpose purpose);

    /// <summary>
    /// Whether <paramref name="purpose"/> is direct marketing, beside <see cref="Purpose.Marketing"/>, which always is:
    /// a company purpose (bits 16 to 30) that sends offers. An objection to it stops it unconditionally (art. 21(3)).
    /// </summary>
    /// <param name="purpose">One purpose flag.</param>
    /// <returns><see langword="true"/> for a direct-marketing purpose.</returns>
    bool IsDirectMarketing(Purpose purpose) => purpose == Purpose.Marketing;
}
