using System;

#if PRIVACY_POLICY_GENERATOR
// The generator compiles this file too (linked in its project), as an internal copy in its own namespace.
#pragma warning disable CS1574 // crefs to runtime-only types
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy;
#endif

/// <summary>
/// Why personal data is processed. A member may serve several purposes; each purpose has one
/// <see cref="LegalBasis"/> (see <see cref="PrivacyTaxonomy.GetLegalBasis(Purpose)"/>).
/// </summary>
/// <remarks>
/// The purposes are those of the privacy statement the package was built for; the numeric values
/// are part of the contract with the analyzers and the generator and never change.
/// </remarks>
[Flags]
#if PRIVACY_POLICY_GENERATOR
internal
#else
public
#endif
enum Purpose
{
    /// <summary>No purpose given.</summary>
    None = 0,

    /// <summary>
    /// Carrying calls and internet traffic over the network ("nodig om telefoonverkeer over het netwerk
    /// te transporteren"). Legal basis: contract.
    /// </summary>
    ServiceDelivery = 1 << 0,

    /// <summary>
    /// Billing the customer: the itemised bill ("gespecificeerde nota"), numbers called "t.b.v. facturatie".
    /// Legal basis: contract.
    /// </summary>
    Billing = 1 << 1,

    /// <summary>
    /// The customer's own online view of their usage and settings ("een online omgeving voor inzage in uw
    /// eigen verbruiksgegevens en instellingen"). Legal basis: contract.
    /// </summary>
    CustomerPortal = 1 << 2,

    /// <summary>
    /// Statutory bookkeeping: seven years for the tax authority ("wettelijke bewaartermijn van zeven jaar
    /// ten behoeve van de belastingdienst", art. 52 AWR). Legal basis: legal obligation.
    /// </summary>
    Bookkeeping = 1 << 3,

    /// <summary>
    /// Personalised marketing and offers ("personificatie van marketing en/of aanbiedingen"). Legal basis:
    /// consent, since profiling on traffic data needs it (ePrivacy directive art. 6(3)).
    /// </summary>
    Marketing = 1 << 4,

    /// <summary>
    /// Telling customers about outages and changes to products ("informeren bij storingen en wijzigingen").
    /// Legal basis: contract.
    /// </summary>
    ServiceNotifications = 1 << 5,

    /// <summary>
    /// Support and repairs, also by an external repair service ("inplannen van externe hersteldienst").
    /// Legal basis: contract.
    /// </summary>
    Support = 1 << 6,

    /// <summary>
    /// Delivering a parcel ("ten behoeve van de levering van een pakket"). Legal basis: contract.
    /// </summary>
    Shipping = 1 << 7,

    /// <summary>
    /// Preventing fraud and abuse, and keeping the network and the customer's files secure
    /// ("aanwijzingen van misbruik", "dossiers beveiligd op te slaan"). Legal basis: legitimate interest.
    /// </summary>
    Security = 1 << 8,
}
