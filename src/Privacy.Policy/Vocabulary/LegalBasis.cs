#if PRIVACY_POLICY_GENERATOR
// The generator compiles this file too (linked in its project), as an internal copy in its own namespace.
#pragma warning disable CS1574 // crefs to runtime-only types
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy;
#endif

/// <summary>
/// The lawful basis for processing personal data (GDPR art. 6(1)) that a <see cref="Purpose"/> rests on.
/// </summary>
#if PRIVACY_POLICY_GENERATOR
internal
#else
public
#endif
enum LegalBasis
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
