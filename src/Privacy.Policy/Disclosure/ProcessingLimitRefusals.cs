namespace Privacy.Policy.Disclosure;

/// <summary>
/// The refusals of a disclosure for a declared purpose that come from the data subject, not the recipient: a
/// restriction (GDPR art. 18). Read from the registered <see cref="ISubjectProcessingLimits"/>.
/// </summary>
internal static class ProcessingLimitRefusals
{
    /// <summary>Why a disclosure of <paramref name="subjectId"/>'s data for <paramref name="purpose"/> is refused, or <see langword="null"/>.</summary>
    /// <param name="limits">The register; <see langword="null"/> when none is registered, and nothing is limited.</param>
    /// <param name="subjectId">The value's <c>[DataSubject]</c>; <see langword="null"/> when it names none, and no subject's limit can apply.</param>
    /// <param name="purpose">The purpose of the disclosure.</param>
    /// <param name="exemption">The ground of art. 18(2) the disclosure is made on, if any.</param>
    public static DisclosureRefusal? Check(ISubjectProcessingLimits? limits, string? subjectId, Purpose purpose, RestrictionExemption? exemption)
    {
        if (limits is null || string.IsNullOrEmpty(subjectId))
        {
            return null;
        }

        // Art. 18(2): a restricted subject's data is only stored, save for legal claims, another person's rights and
        // important public interest.
        if (exemption is null && limits.IsRestricted(subjectId))
        {
            return DisclosureRefusal.Restricted;
        }

        return null;
    }

    /// <summary>The message of the refusal: names the recipient, the purpose and the article, never the subject.</summary>
    public static string Explain(DisclosureRefusal reason, string recipient, Purpose purpose)
        => reason switch
        {
            _ => $"Disclosure to '{recipient}' for {purpose} refused: the data subject has restricted the processing of their data (GDPR art. 18(1)); only a disclosure for legal claims, another person's rights or an important public interest (art. 18(2)) may go.",
        };
}
