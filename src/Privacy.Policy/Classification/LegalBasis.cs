namespace Privacy.Policy;

/// <summary>
/// The lawful basis for processing personal data (GDPR art. 6(1)) that a <see cref="Purpose"/> rests on.
/// </summary>
public enum LegalBasis
{
    /// <summary>Processing is needed to perform the contract with the person (art. 6(1)(b)).</summary>
    Contract = 1,

    /// <summary>
    /// Processing is needed to comply with a legal obligation (art. 6(1)(c)), such as fiscal retention.
    /// Erasure does not apply while the obligation runs (art. 17(3)(b)).
    /// </summary>
    LegalObligation = 2,

    /// <summary>The person consented (art. 6(1)(a)); they may withdraw it at any time.</summary>
    Consent = 3,

    /// <summary>Processing is needed for a legitimate interest of the controller (art. 6(1)(f)).</summary>
    LegitimateInterest = 4,
}
