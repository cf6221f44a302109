#if PRIVACY_POLICY_GENERATOR
// The generator compiles this file too (linked in its project), as an internal copy in its own namespace.
#pragma warning disable CS1574 // crefs to runtime-only types
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy;
#endif

/// <summary>
/// The shape of a member's value, which decides how it is masked, pseudonymised or recognised.
/// </summary>
/// <remarks>
/// Each format fits certain member types (a <see cref="Imsi"/> is a <see cref="string"/> or a
/// <see cref="ulong"/>, a <see cref="Timestamp"/> a date or time type); the analyzer PRIV005 warns when it
/// does not. The numeric values are part of the contract with the analyzers and the generator.
/// </remarks>
#if PRIVACY_POLICY_GENERATOR
internal
#else
public
#endif
enum DataFormat
{
    /// <summary>No particular format; redaction falls back to the category's default.</summary>
    Unspecified = 0,

    /// <summary>A telephone number in E.164 or Dutch national notation (<c>+31 6 1234 5678</c>, <c>0612345678</c>).</summary>
    PhoneNumber = 1,

    /// <summary>An e-mail address.</summary>
    EmailAddress = 2,

    /// <summary>An IPv4 or IPv6 address.</summary>
    IpAddress = 3,

    /// <summary>A 48-bit MAC address; its first three octets (the OUI) name the vendor.</summary>
    MacAddress = 4,

    /// <summary>An IMSI: MCC (3 digits), MNC (2 or 3) and MSIN, at most 15 digits. The Netherlands' MCC is 204.</summary>
    Imsi = 5,

    /// <summary>An IMEI (15 digits: TAC, serial, Luhn check digit) or IMEISV (16 digits).</summary>
    Imei = 6,

    /// <summary>An IBAN; Dutch IBANs are 18 characters (<c>NLkk BANK 0123456789</c>).</summary>
    Iban = 7,

    /// <summary>A payment card number (PAN).</summary>
    PaymentCard = 8,

    /// <summary>A Dutch citizen service number (burgerservicenummer), 9 digits passing the 11-test. Always erased.</summary>
    Bsn = 9,

    /// <summary>A person's name.</summary>
    PersonName = 10,

    /// <summary>A postal address; for Dutch addresses the 4-digit postcode area is not personal.</summary>
    PostalAddress = 11,

    /// <summary>A latitude, a longitude, or a pair of them.</summary>
    GeoCoordinate = 12,

    /// <summary>A point in time or a date.</summary>
    Timestamp = 13,

    /// <summary>Free text, which may hold anything. Always erased rather than masked.</summary>
    FreeText = 14,

    /// <summary>A secret such as a password, PIN or token. Always erased.</summary>
    Secret = 15,

    /// <summary>
    /// A SIM card number (ICCID, ITU-T E.118): 19 or 20 digits starting with the industry identifier <c>89</c>, then
    /// the country code, the issuer and the card's own number, ending in a Luhn check digit. Masked, it keeps its
    /// first six digits (industry, country and issuer), never the card's own number.
    /// </summary>
    Iccid = 16,

    /// <summary>
    /// The number of a Dutch passport or identity card: nine characters, two letters, six letters or digits and a
    /// digit (the letter O never used). It names one identity document and with it its holder: always erased.
    /// </summary>
    DocumentNumber = 17,

    /// <summary>
    /// One line of the machine-readable zone of a passport or identity card (ICAO 9303): it holds the holder's name,
    /// document number and date of birth, so it is always erased.
    /// </summary>
    Mrz = 18,

    /// <summary>
    /// A Dutch postcode, <c>1234 AB</c>. Masked, it keeps its four digits (the postcode area of some thousands of
    /// addresses, not personal) and hides the two letters, which with a house number name one address.
    /// </summary>
    PostalCode = 19,
}
