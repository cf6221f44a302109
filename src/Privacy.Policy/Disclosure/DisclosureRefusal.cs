namespace Privacy.Policy;

/// <summary>Why a disclosure was refused.</summary>
public enum DisclosureRefusal
{
    /// <summary>No recipient of that name is declared in <see cref="PrivacyPolicyOptions.Recipients"/>.</summary>
    UnknownRecipient = 1,

    /// <summary>The recipient is declared, but not for that purpose.</summary>
    PurposeNotDeclared = 2,

    /// <summary>The recipient is a processor and no processing agreement is in force today.</summary>
    NoProcessingAgreement = 3,

    /// <summary>The data subject's request names a member the type does not have as personal data.</summary>
    UnknownMember = 4,

    /// <summary>
    /// The data subject's request names a member that never leaves the controller: credentials, and members marked
    /// not exportable.
    /// </summary>
    NotDisclosable = 5,

    /// <summary>
    /// The data subject has restricted the processing of their data (GDPR art. 18(1)), and the disclosure was not
    /// for one of the grounds of art. 18(2) (<see cref="RestrictionExemption"/>).
    /// </summary>
    Restricted = 6,

    /// <summary>
    /// The data subject has objected to processing for the purpose (GDPR art. 21): direct marketing, which then stops
    /// unconditionally (art. 21(3)), or a purpose resting on legitimate interest for which no compelling grounds are
    /// recorded and no legal claim is given (art. 21(1)).
    /// </summary>
    Objected = 7,
}
