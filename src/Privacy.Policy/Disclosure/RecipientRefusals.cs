using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Disclosure;

/// <summary>
/// When a disclosure for a declared purpose is refused, before anything is projected: the recipient must be declared
/// in <see cref="PrivacyPolicyOptions.Recipients"/>, for that purpose (purpose limitation, GDPR art. 5(1)(b)), and a
/// processor only with a processing agreement in force on the day (GDPR art. 28(3)).
/// </summary>
internal static class RecipientRefusals
{
    /// <summary>The declared recipient called <paramref name="recipient"/> (compared without regard to case), or <see langword="null"/>.</summary>
    /// <param name="recipients">The recipients as validated at start-up.</param>
    /// <param name="recipient">The name the caller gave.</param>
    /// <returns>The declaration, if any.</returns>
    public static RecipientDeclaration? Find(IReadOnlyList<RecipientDeclaration> recipients, string recipient)
    {
        foreach (RecipientDeclaration candidate in recipients)
        {
            if (candidate.IsNamed(recipient))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Why a disclosure to <paramref name="declared"/> for <paramref name="purpose"/> on <paramref name="today"/> is refused; <see langword="null"/> when it is not.</summary>
    /// <param name="declared">The recipient's declaration; <see langword="null"/> when none is declared by that name.</param>
    /// <param name="purpose">The single purpose of the disclosure.</param>
    /// <param name="today">The current date in the configured time zone.</param>
    /// <returns>The first rule the disclosure breaks, in the order the rules are listed above.</returns>
    public static DisclosureRefusal? Check(RecipientDeclaration? declared, Purpose purpose, LocalDate today)
        => declared is null ? DisclosureRefusal.UnknownRecipient
            : (declared.Purposes & purpose) == 0 ? DisclosureRefusal.PurposeNotDeclared
            : !declared.HasAgreementOn(today) ? DisclosureRefusal.NoProcessingAgreement
            : null;

    /// <summary>The message of the refusal: it names the recipient and the purpose, never a value.</summary>
    /// <param name="reason">What <see cref="Check"/> returned.</param>
    /// <param name="recipient">The name the caller gave.</param>
    /// <param name="declared">The recipient's declaration; <see langword="null"/> only for <see cref="DisclosureRefusal.UnknownRecipient"/>.</param>
    /// <param name="purpose">The purpose of the disclosure.</param>
    /// <returns>The exception message.</returns>
    public static string Explain(DisclosureRefusal reason, string recipient, RecipientDeclaration? declared, Purpose purpose)
        => reason switch
        {
            DisclosureRefusal.UnknownRecipient => $"Disclosure to '{recipient}' for {purpose} refused: no such recipient is declared in PrivacyPolicyOptions.Recipients.",
            DisclosureRefusal.PurposeNotDeclared => $"Disclosure to '{declared!.Name}' for {purpose} refused: it is declared for {declared.Purposes} only.",
            _ => declared!.ProcessingAgreementUntil is { } until
                ? $"Disclosure to '{declared.Name}' for {purpose} refused: it is a processor and its processing agreement ran until {until:uuuu-MM-dd}."
                : $"Disclosure to '{declared.Name}' for {purpose} refused: it is a processor and no processing agreement is recorded.",
        };
}
