namespace Privacy.Policy;

/// <summary>
/// The register of limits data subjects put on the processing of their data: restriction (GDPR art. 18). When one is
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
}
