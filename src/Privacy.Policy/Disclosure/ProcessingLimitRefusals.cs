namespace Privacy.Policy.Disclosure;

/// <summary>
/// The refusals of a disclosure for a declared purpose that come from the data subject, not the recipient: a
/// restriction (GDPR art. 18) and an objection (art. 21). Read from the registered <see cref="ISubjectProcessingLimits"/>.
/// </summary>
internal static class ProcessingLimitRefusals
{
    /// <summary>Why a disclosure of <paramref name="subjectId"/>'s data for <paramref name="purpose"/> is refused, or <see langword="null"/>.</summary>
    /// <param name="limits">The register; <see langword="null"/> when none is registered, and nothing is limited.</param>
    /// <param name="subjectId">The value's <c>[DataSubject]</c>; <see langword="null"/> when it names none, and no subject's limit can apply.</param>
    /// <param name="purpose">The purpose of the disclosure.</param>
    /// <param name="basis">The purpose's legal basis as the disclosed type declares it; <see langword="null"/> when the type does not say.</param>
    /// <param name="exemption">The ground of art. 18(2) the disclosure is made on, if any.</param>
    public static DisclosureRefusal? Check(ISubjectProcessingLimits? limits, string? subjectId, Purpose purpose, LegalBasis? basis, RestrictionExemption? exemption)
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

        if (!limits.HasObjected(subjectId, purpose))
        {
            return null;
        }

        // Art. 21(3): direct marketing stops on objection, whatever the grounds or the claim.
        if (IsDirectMarketing(limits, purpose))
        {
            return DisclosureRefusal.Objected;
        }

        // Art. 21(1) covers processing on legitimate interest (the package knows no public-task basis); a type that
        // does not say its basis is taken to rest on it, so the objection is honoured. Contract, legal obligation and
        // consent (withdrawn in the consent ledger, art. 7(3)) are not stopped by an objection.
        bool objectable = (basis ?? Vocabulary.PurposeRows.Of(purpose)?.LegalBasis) is null or LegalBasis.LegitimateInterest;
        return objectable && exemption != RestrictionExemption.LegalClaims && limits.CompellingGroundsFor(subjectId, purpose) is null
            ? DisclosureRefusal.Objected
            : null;
    }

    /// <summary>The message of the refusal: names the recipient, the purpose and the article, never the subject.</summary>
    public static string Explain(DisclosureRefusal reason, string recipient, Purpose purpose, ISubjectProcessingLimits limits)
        => reason switch
        {
            DisclosureRefusal.Objected when IsDirectMarketing(limits, purpose) => $"Disclosure to '{recipient}' for {purpose} refused: the data subject objected to direct marketing, which then stops unconditionally (GDPR art. 21(3)).",
            DisclosureRefusal.Objected => $"Disclosure to '{recipient}' for {purpose} refused: the data subject objected to processing on legitimate interest (GDPR art. 21(1)), and no compelling legitimate grounds are recorded and no legal claim is given.",
            _ => $"Disclosure to '{recipient}' for {purpose} refused: the data subject has restricted the processing of their data (GDPR art. 18(1)); only a disclosure for legal claims, another person's rights or an important public interest (art. 18(2)) may go.",
        };

    /// <summary><see cref="Purpose.Marketing"/> always is direct marketing; the register may name company purposes beside it.</summary>
    private static bool IsDirectMarketing(ISubjectProcessingLimits limits, Purpose purpose)
        => purpose == Purpose.Marketing || limits.IsDirectMarketing(purpose);
}
