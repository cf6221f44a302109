using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Privacy.Policy.Processing;

/// <summary>The words of the statement and the record, in Dutch and English.</summary>
internal static class StatementText
{
    public static string Of(Category category, StatementLanguage language) => (category, language == StatementLanguage.Dutch) switch
    {
        (Category.Identity, true) => "Identiteitsgegevens",
        (Category.Identity, false) => "Identity data",
        (Category.Contact, true) => "Contactgegevens",
        (Category.Contact, false) => "Contact details",
        (Category.NationalIdentifier, true) => "Nationale identificatienummers",
        (Category.NationalIdentifier, false) => "National identifiers",
        (Category.TechnicalIdentifier, true) => "Technische identificatiegegevens",
        (Category.TechnicalIdentifier, false) => "Technical identifiers",
        (Category.Credentials, true) => "Inloggegevens",
        (Category.Credentials, false) => "Credentials",
        (Category.Usage, true) => "Verbruiksgegevens",
        (Category.Usage, false) => "Usage data",
        (Category.Location, true) => "Locatiegegevens",
        (Category.Location, false) => "Location data",
        (Category.Payment, true) => "Betaalgegevens",
        (Category.Payment, false) => "Payment data",
        (Category.Marketing, true) => "Marketinggegevens",
        (Category.Marketing, false) => "Marketing data",
        (Category.Correspondence, true) => "Correspondentie",
        (Category.Correspondence, false) => "Correspondence",
        _ => category.ToString(),
    };

    public static string Of(Purpose purpose, StatementLanguage language) => (purpose, language == StatementLanguage.Dutch) switch
    {
        (Purpose.ServiceDelivery, true) => "Transport van telefoon- en internetverkeer",
        (Purpose.ServiceDelivery, false) => "Carrying calls and internet traffic",
        (Purpose.Billing, true) => "Facturatie",
        (Purpose.Billing, false) => "Billing",
        (Purpose.CustomerPortal, true) => "Online inzage in uw verbruik en instellingen",
        (Purpose.CustomerPortal, false) => "The online portal for your usage and settings",
        (Purpose.Bookkeeping, true) => "Boekhouding (wettelijke bewaarplicht)",
        (Purpose.Bookkeeping, false) => "Bookkeeping (statutory retention)",
        (Purpose.Marketing, true) => "Gepersonaliseerde marketing en aanbiedingen",
        (Purpose.Marketing, false) => "Personalised marketing and offers",
        (Purpose.ServiceNotifications, true) => "Informeren bij storingen en wijzigingen",
        (Purpose.ServiceNotifications, false) => "Notices of outages and changes",
        (Purpose.Support, true) => "Reparatie en ondersteuning",
        (Purpose.Support, false) => "Repairs and support",
        (Purpose.Shipping, true) => "Levering van pakketten",
        (Purpose.Shipping, false) => "Parcel delivery",
        (Purpose.Security, true) => "Voorkomen van fraude en misbruik",
        (Purpose.Security, false) => "Preventing fraud and abuse",
        (Purpose.None, true) => "Geen doel opgegeven",
        (Purpose.None, false) => "No purpose given",
        _ => purpose.ToString(),
    };

    public static string Of(LegalBasis basis, StatementLanguage language) => (basis, language == StatementLanguage.Dutch) switch
    {
        (LegalBasis.Contract, true) => "Uitvoering van de overeenkomst",
        (LegalBasis.Contract, false) => "Performance of the contract",
        (LegalBasis.LegalObligation, true) => "Wettelijke verplichting",
        (LegalBasis.LegalObligation, false) => "Legal obligation",
        (LegalBasis.Consent, true) => "Toestemming",
        (LegalBasis.Consent, false) => "Consent",
        (LegalBasis.LegitimateInterest, true) => "Gerechtvaardigd belang",
        (LegalBasis.LegitimateInterest, false) => "Legitimate interest",
        _ => basis.ToString(),
    };

    public static string Of(RecipientRole role, StatementLanguage language) => (role, language == StatementLanguage.Dutch) switch
    {
        (RecipientRole.Processor, true) => "Verwerker",
        (RecipientRole.Processor, false) => "Processor",
        (RecipientRole.IndependentController, true) => "Zelfstandig verwerkingsverantwoordelijke",
        (RecipientRole.IndependentController, false) => "Independent controller",
        (RecipientRole.Authority, true) => "Overheidsinstantie",
        (RecipientRole.Authority, false) => "Public authority",
        _ => role.ToString(),
    };

    public static string? Of(DataFormat format, StatementLanguage language) => (format, language == StatementLanguage.Dutch) switch
    {
        (DataFormat.PhoneNumber, true) => "telefoonnummers",
        (DataFormat.PhoneNumber, false) => "phone numbers",
        (DataFormat.EmailAddress, true) => "e-mailadres",
        (DataFormat.EmailAddress, false) => "e-mail address",
        (DataFormat.IpAddress, true) => "IP-adres",
        (DataFormat.IpAddress, false) => "IP address",
        (DataFormat.MacAddress, true) => "MAC-adres",
        (DataFormat.MacAddress, false) => "MAC address",
        (DataFormat.Imsi, true) => "SIM-nummer (IMSI)",
        (DataFormat.Imsi, false) => "SIM number (IMSI)",
        (DataFormat.Imei, true) => "toestelnummer (IMEI)",
        (DataFormat.Imei, false) => "device number (IMEI)",
        (DataFormat.Iban, true) => "rekeningnummer (IBAN)",
        (DataFormat.Iban, false) => "bank account number (IBAN)",
        (DataFormat.PaymentCard, true) => "betaalkaart",
        (DataFormat.PaymentCard, false) => "payment card",
        (DataFormat.Bsn, true) => "burgerservicenummer",
        (DataFormat.Bsn, false) => "citizen service number (BSN)",
        (DataFormat.PersonName, true) => "naam",
        (DataFormat.PersonName, false) => "name",
        (DataFormat.PostalAddress, true) => "adres",
        (DataFormat.PostalAddress, false) => "postal address",
        (DataFormat.GeoCoordinate, true) => "locatie",
        (DataFormat.GeoCoordinate, false) => "location",
        (DataFormat.Timestamp, true) => "datum en tijdstip",
        (DataFormat.Timestamp, false) => "date and time",
        (DataFormat.FreeText, true) => "vrije tekst",
        (DataFormat.FreeText, false) => "free text",
        (DataFormat.Secret, true) => "wachtwoord of pincode",
        (DataFormat.Secret, false) => "password or PIN",
        _ => null,
    };

    /// <summary>
    /// A retention in words: "7 jaar, vanaf het einde van het jaar" / "7 years, from the end of the year", or, when
    /// the anchor names its moment, "1 dag na intrekking van de toestemming" / "1 day after consent is withdrawn".
    /// </summary>
    public static string RetentionText(Period? period, PersonalDataDescriptor type, StatementLanguage language)
    {
        RetentionStart start = type.RetentionStart;
        bool dutch = language == StatementLanguage.Dutch;
        if (period is null)
        {
            return dutch ? "Zolang nodig voor het doel" : "As long as the purpose needs it";
        }

        var parts = new List<string>();
        Add(period.Years, "jaar", "jaar", "year", "years");
        Add(period.Months, "maand", "maanden", "month", "months");
        Add(period.Weeks, "week", "weken", "week", "weeks");
        Add(period.Days, "dag", "dagen", "day", "days");
        Add((int)period.Hours, "uur", "uur", "hour", "hours");
        Add((int)period.Minutes, "minuut", "minuten", "minute", "minutes");
        string amount = parts.Count switch
        {
            0 => dutch ? "0 dagen" : "0 days",
            1 => parts[0],
            _ => string.Join(", ", parts.GetRange(0, parts.Count - 1)) + (dutch ? " en " : " and ") + parts[^1],
        };

        if (type.RetentionAnchorText is { } moment)
        {
            return amount + " " + (dutch ? moment.Dutch : moment.English);
        }

        string from = (start, dutch) switch
        {
            (RetentionStart.EndOfDay, true) => ", vanaf het einde van de dag",
            (RetentionStart.EndOfDay, false) => ", from the end of the day",
            (RetentionStart.EndOfMonth, true) => ", vanaf het einde van de maand",
            (RetentionStart.EndOfMonth, false) => ", from the end of the month",
            (RetentionStart.EndOfYear, true) => ", vanaf het einde van het jaar",
            (RetentionStart.EndOfYear, false) => ", from the end of the year",
            _ => string.Empty,
        };
        return amount + from;

        void Add(int value, string dutchOne, string dutchMany, string englishOne, string englishMany)
        {
            if (value != 0)
            {
                string unit = dutch ? (value == 1 ? dutchOne : dutchMany) : (value == 1 ? englishOne : englishMany);
                parts.Add(value.ToString(CultureInfo.InvariantCulture) + " " + unit);
            }
        }
    }

    /// <summary>Text safe in a Markdown table cell: backslashes and pipes escaped, line breaks folded.</summary>
    public static string Cell(string text) => Line(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal));

    /// <summary>Text safe on one Markdown line (a heading, a list item): line breaks folded into spaces.</summary>
    public static string Line(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
