#if !PRIVACY_POLICY_GENERATOR
using Privacy.Policy.Redaction.Formats;
#endif

#if PRIVACY_POLICY_GENERATOR
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy.Vocabulary;
#endif

/// <summary>
/// One <see cref="FormatRow"/> per <see cref="DataFormat"/>, indexed by its value. A new format is its enum value, its
/// row here and its rule file (<c>Redaction/Formats/</c>); the masking and pseudonymising dispatch, the hash domain,
/// the logging classifications and their redactors, PRIV005, the code fix's suggestion, the fideslang key and the
/// statement's words all read the row. <c>VocabularyTests</c> fails when a value has no row.
/// </summary>
internal static class FormatRows
{
    private const string BsnAlwaysErased = "a BSN may not be processed by a telecom provider (UAVG art. 46) and is always erased";

    // Every character of a document number names the document; a masked part would still single it out.
    private const string DocumentAlwaysErased = "a passport or identity card number names one document and its holder, and is always erased";

    private const string MrzAlwaysErased = "a machine-readable zone holds the holder's name, document number and date of birth (and before August 2021 the BSN), and is always erased";

    /// <summary>Every row, at the index of its format's value.</summary>
    public static readonly FormatRow[] All =
    [
        new()
        {
            Format = DataFormat.Unspecified, Name = nameof(DataFormat.Unspecified), IsTypedText = true,
#if !PRIVACY_POLICY_GENERATOR
            Normalize = FormatRedaction.TryTrim,
#endif
        },
        new()
        {
            Format = DataFormat.PhoneNumber, Name = nameof(DataFormat.PhoneNumber), Masks = true, Fits = ["long", "ulong"],
            UsualCategory = Category.Contact, FideslangKey = "user.contact.phone_number",
            Dutch = "telefoonnummers", English = "phone numbers",
#if !PRIVACY_POLICY_GENERATOR
            Mask = PhoneNumberFormat.TryMask, Normalize = PhoneNumberFormat.TryNormalize,
#endif
        },
        new()
        {
            Format = DataFormat.EmailAddress, Name = nameof(DataFormat.EmailAddress), Masks = true, IsTypedText = true,
            Fits = ["System.Net.Mail.MailAddress"], UsualCategory = Category.Contact, FideslangKey = "user.contact.email",
            Dutch = "e-mailadres", English = "e-mail address",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => EmailAddressFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => EmailAddressFormat.TryNormalize(input, destination, out written),
#endif
        },
        new()
        {
            Format = DataFormat.IpAddress, Name = nameof(DataFormat.IpAddress), Masks = true, MasksInOwnType = true,
            Fits = ["System.Net.IPAddress"], UsualCategory = Category.TechnicalIdentifier, FideslangKey = "user.device.ip_address",
            Dutch = "IP-adres", English = "IP address",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => IpAddressFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => IpAddressFormat.TryNormalize(input, destination, out written),
#endif
        },
        new()
        {
            Format = DataFormat.MacAddress, Name = nameof(DataFormat.MacAddress), Masks = true,
            Fits = ["long", "ulong", "System.Net.NetworkInformation.PhysicalAddress"],
            UsualCategory = Category.TechnicalIdentifier, FideslangKey = "user.device.mac_address",
            Dutch = "MAC-adres", English = "MAC address",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => MacAddressFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => MacAddressFormat.TryNormalize(input, destination, out written),
#endif
        },
        new()
        {
            Format = DataFormat.Imsi, Name = nameof(DataFormat.Imsi), Masks = true, Fits = ["long", "ulong"],
            UsualCategory = Category.TechnicalIdentifier, FideslangKey = "user.unique_id.imsi", NameWords = ["imsi"],
            Dutch = "SIM-nummer (IMSI)", English = "SIM number (IMSI)",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => ImsiFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => ImsiFormat.TryNormalize(input, destination, out written),
#endif
        },
        new()
        {
            Format = DataFormat.Imei, Name = nameof(DataFormat.Imei), Masks = true, Fits = ["long", "ulong"],
            UsualCategory = Category.TechnicalIdentifier, FideslangKey = "user.device.device_id", NameWords = ["imei", "imeisv"],
            Dutch = "toestelnummer (IMEI)", English = "device number (IMEI)",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => ImeiFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => ImeiFormat.TryNormalize(input, destination, out written),
#endif
        },
        new()
        {
            Format = DataFormat.Iban, Name = nameof(DataFormat.Iban), Masks = true,
            UsualCategory = Category.Payment, FideslangKey = "user.financial.bank_account",
            Dutch = "rekeningnummer (IBAN)", English = "bank account number (IBAN)",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => IbanFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => IbanFormat.TryNormalize(input, destination, out written),
#endif
        },
        new()
        {
            Format = DataFormat.PaymentCard, Name = nameof(DataFormat.PaymentCard), Masks = true,
            UsualCategory = Category.Payment, FideslangKey = "user.payment",
            Dutch = "betaalkaart", English = "payment card",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => PaymentCardFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => PaymentCardFormat.TryNormalize(input, destination, out written),
#endif
        },
        new()
        {
            Format = DataFormat.Bsn, Name = nameof(DataFormat.Bsn), NeverMaskedBecause = BsnAlwaysErased, NeverPseudonymizedBecause = BsnAlwaysErased,
            Fits = ["int", "long", "uint", "ulong"], UsualCategory = Category.NationalIdentifier,
            FideslangKey = "user.government_id.national_identification_number",
            Dutch = "burgerservicenummer", English = "citizen service number (BSN)",
        },
        new()
        {
            Format = DataFormat.PersonName, Name = nameof(DataFormat.PersonName), Masks = true, IsTypedText = true,
            UsualCategory = Category.Identity, FideslangKey = "user.name",
            Dutch = "naam", English = "name",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => PersonNameFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => PersonNameFormat.TryNormalize(input, destination, out written),
#endif
        },
        new()
        {
            Format = DataFormat.PostalAddress, Name = nameof(DataFormat.PostalAddress), Masks = true, IsTypedText = true,
            UsualCategory = Category.Contact, FideslangKey = "user.contact.address",
            Dutch = "adres", English = "postal address",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => PostalAddressFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => PostalAddressFormat.TryNormalize(input, destination, out written),
#endif
        },
        new()
        {
            Format = DataFormat.GeoCoordinate, Name = nameof(DataFormat.GeoCoordinate), Masks = true, MasksInOwnType = true,
            Fits = ["double", "float", "decimal", PairOfDoubles], UsualCategory = Category.Location, FideslangKey = "user.location.precise",
            Dutch = "locatie", English = "location",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => GeoCoordinateFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => GeoCoordinateFormat.TryNormalize(input, destination, out written),
#endif
        },
        new()
        {
            Format = DataFormat.Timestamp, Name = nameof(DataFormat.Timestamp), Masks = true, MasksInOwnType = true,
            Fits =
            [
                "System.DateTime", "System.DateTimeOffset", "System.DateOnly", "NodaTime.Instant", "NodaTime.LocalDate",
                "NodaTime.LocalDateTime", "NodaTime.ZonedDateTime", "NodaTime.OffsetDateTime",
            ],
            Dutch = "datum en tijdstip", English = "date and time",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => TimestampFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => TimestampFormat.TryNormalize(input, destination, out written),
#endif
        },
        new()
        {
            Format = DataFormat.FreeText, Name = nameof(DataFormat.FreeText), IsTypedText = true,
            Dutch = "vrije tekst", English = "free text",
#if !PRIVACY_POLICY_GENERATOR
            Normalize = FormatRedaction.TryTrim,
#endif
        },
        new()
        {
            Format = DataFormat.Secret, Name = nameof(DataFormat.Secret), NeverMaskedBecause = RedactionRule.SecretsNeverMasked, NeverPseudonymizedBecause = RedactionRule.SecretsNeverHashed,
            Fits = ["byte", "char"], UsualCategory = Category.Credentials, FideslangKey = "user.authorization.credentials",
            Dutch = "wachtwoord of pincode", English = "password or PIN",
        },
        new()
        {
            Format = DataFormat.Iccid, Name = nameof(DataFormat.Iccid), Masks = true,
            UsualCategory = Category.TechnicalIdentifier, FideslangKey = "user.unique_id.iccid", NameWords = ["iccid"],
            Dutch = "SIM-kaartnummer (ICCID)", English = "SIM card number (ICCID)",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => IccidFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => IccidFormat.TryNormalize(input, destination, out written),
#endif
        },
        new()
        {
            Format = DataFormat.DocumentNumber, Name = nameof(DataFormat.DocumentNumber),
            NeverMaskedBecause = DocumentAlwaysErased, NeverPseudonymizedBecause = DocumentAlwaysErased,
            UsualCategory = Category.NationalIdentifier, FideslangKey = "user.government_id.passport_number", NameWords = ["passport", "paspoort"],
            Dutch = "documentnummer (paspoort of identiteitskaart)", English = "passport or identity card number",
        },
        new()
        {
            Format = DataFormat.Mrz, Name = nameof(DataFormat.Mrz),
            NeverMaskedBecause = MrzAlwaysErased, NeverPseudonymizedBecause = MrzAlwaysErased,
            UsualCategory = Category.NationalIdentifier, NameWords = ["mrz"],
            Dutch = "machineleesbare zone van een identiteitsbewijs", English = "machine-readable zone of an identity document",
        },
        new()
        {
            Format = DataFormat.PostalCode, Name = nameof(DataFormat.PostalCode), Masks = true, IsTypedText = true,
            UsualCategory = Category.Contact, FideslangKey = "user.contact.address.postal_code", NameWords = ["postcode", "zipcode"],
            Dutch = "postcode", English = "postcode",
#if !PRIVACY_POLICY_GENERATOR
            Mask = static (input, destination, _, out written) => PostalCodeFormat.TryMask(input, destination, out written),
            Normalize = static (input, destination, _, out written) => PostalCodeFormat.TryNormalize(input, destination, out written),
#endif
        },
    ];

    /// <summary>How <see cref="FormatRow.Fits"/> names a pair of doubles, named or not: <c>(double Latitude, double Longitude)</c>.</summary>
    public const string PairOfDoubles = "(double, double)";

    /// <summary>The row of <paramref name="format"/>; <see langword="null"/> for a value the enum does not define.</summary>
    public static FormatRow? Of(DataFormat format) => (uint)format < (uint)All.Length ? All[(int)format] : null;
}
