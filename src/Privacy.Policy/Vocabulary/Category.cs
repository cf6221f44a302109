#if PRIVACY_POLICY_GENERATOR
// The generator compiles this file too (linked in its project), as an internal copy in its own namespace.
#pragma warning disable CS1574 // crefs to runtime-only types
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy;
#endif

/// <summary>
/// The kind of personal data a member holds. The categories follow the privacy statement of the
/// first user of this package (a Dutch telecom and VoIP provider) and map onto the fideslang
/// taxonomy; see <see cref="PrivacyTaxonomy"/> and <c>docs/taxonomy.md</c>.
/// </summary>
/// <remarks>
/// The numeric values are part of the contract with the analyzers and the generator; they never change.
/// </remarks>
#if PRIVACY_POLICY_GENERATOR
internal
#else
public
#endif
enum Category
{
    /// <summary>
    /// Who the person is: name and date of birth, as given when the customer becomes a customer
    /// ("als u klant wordt, bent of was").
    /// </summary>
    Identity = 1,

    /// <summary>
    /// How to reach the person: e-mail address, postal address, contact phone number. The
    /// statement uses it to inform customers of outages and changes ("informeren bij storingen en
    /// wijzigingen") and for parcel delivery.
    /// </summary>
    Contact = 2,

    /// <summary>
    /// Identifiers issued by a state: BSN (burgerservicenummer), passport or ID-card number, copies
    /// of identity documents. The statement asks customers to black these out of the ID copy that
    /// comes with an access request; a telecom provider has no legal basis to keep a BSN (UAVG art. 46).
    /// </summary>
    NationalIdentifier = 3,

    /// <summary>
    /// Identifiers of a line, SIM, device or connection: IMSI ("nummer SIM kaart"), IMEI ("nummer van het
    /// mobiele toestel"), MAC and IP address, line number ("aansluitnummer"), user name.
    /// </summary>
    TechnicalIdentifier = 4,

    /// <summary>
    /// Secrets that authenticate the person: passwords ("gebruikersnaam en wachtwoord"), PINs, tokens.
    /// Never exported and erased by default.
    /// </summary>
    Credentials = 5,

    /// <summary>
    /// The statement's "verbruiksgegevens": date, time and duration of calls and internet sessions,
    /// the customer's number and the numbers called, data volume and connection quality. Never the
    /// content of the communication.
    /// </summary>
    Usage = 6,

    /// <summary>
    /// Where the person or their device is: the location data needed to carry internet traffic
    /// ("locatiegegevens die nodig zijn om internetverkeer over ons netwerk te vervoeren").
    /// </summary>
    Location = 7,

    /// <summary>
    /// What is needed to handle payments ("afhandeling van betalingen"): IBAN, payment status, card data.
    /// </summary>
    Payment = 8,

    /// <summary>
    /// Preferences and profiles used to personalise marketing and offers ("personificatie van marketing
    /// en/of aanbiedingen").
    /// </summary>
    Marketing = 9,

    /// <summary>
    /// What the person wrote or what was written about them: support notes, tickets, e-mails to
    /// customer service, free text.
    /// </summary>
    Correspondence = 10,
}
