#if PRIVACY_POLICY_GENERATOR
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy.Vocabulary;
#endif

/// <summary>One <see cref="PurposeRow"/> per <see cref="Purpose"/> value (each flag, and <see cref="Purpose.None"/>); the table is in <c>docs/taxonomy.md</c>.</summary>
internal static class PurposeRows
{
    /// <summary>Every row: <see cref="Purpose.None"/> first, then the flags in order.</summary>
    public static readonly PurposeRow[] All =
    [
        new() { Purpose = Purpose.None, Dutch = "Geen doel opgegeven", English = "No purpose given" },
        new()
        {
            Purpose = Purpose.ServiceDelivery, LegalBasis = LegalBasis.Contract, FideslangDataUse = "essential.service",
            Dutch = "Transport van telefoon- en internetverkeer", English = "Carrying calls and internet traffic",
            Requirement = ProvisionRequirement.Contractual,
        },
        new()
        {
            Purpose = Purpose.Billing, LegalBasis = LegalBasis.Contract, FideslangDataUse = "essential.service.payment_processing",
            Dutch = "Facturatie", English = "Billing", Requirement = ProvisionRequirement.Contractual,
        },
        new()
        {
            Purpose = Purpose.CustomerPortal, LegalBasis = LegalBasis.Contract, FideslangDataUse = "essential.service.operations",
            Dutch = "Online inzage in uw verbruik en instellingen", English = "The online portal for your usage and settings",
        },
        new()
        {
            Purpose = Purpose.Bookkeeping, LegalBasis = LegalBasis.LegalObligation, FideslangDataUse = "essential.legal_obligation",
            Dutch = "Boekhouding (wettelijke bewaarplicht)", English = "Bookkeeping (statutory retention)",
            Requirement = ProvisionRequirement.Statutory,
        },
        new()
        {
            Purpose = Purpose.Marketing, LegalBasis = LegalBasis.Consent, FideslangDataUse = "marketing.advertising.first_party.targeted",
            Dutch = "Gepersonaliseerde marketing en aanbiedingen", English = "Personalised marketing and offers",
        },
        new()
        {
            Purpose = Purpose.ServiceNotifications, LegalBasis = LegalBasis.Contract, FideslangDataUse = "essential.service.notifications",
            Dutch = "Informeren bij storingen en wijzigingen", English = "Notices of outages and changes",
            Requirement = ProvisionRequirement.Contractual,
        },
        new()
        {
            Purpose = Purpose.Support, LegalBasis = LegalBasis.Contract, FideslangDataUse = "essential.service.operations.support",
            Dutch = "Reparatie en ondersteuning", English = "Repairs and support",
        },
        new()
        {
            Purpose = Purpose.Shipping, LegalBasis = LegalBasis.Contract, FideslangDataUse = "essential.service.operations.shipping",
            Dutch = "Levering van pakketten", English = "Parcel delivery", Requirement = ProvisionRequirement.Contractual,
        },
        new()
        {
            Purpose = Purpose.Security, LegalBasis = LegalBasis.LegitimateInterest, FideslangDataUse = "essential.fraud_detection",
            Dutch = "Voorkomen van fraude en misbruik", English = "Preventing fraud and abuse",
            // Art. 6(1)(f) needs the interest itself in the statement (art. 13(1)(d)); recital 47 names fraud prevention
            // and recital 49 network and information security as legitimate interests.
            InterestDutch = "Ons netwerk, onze diensten en uw gegevens beschermen tegen fraude, misbruik en inbraak",
            InterestEnglish = "Protecting our network, our services and your data against fraud, abuse and intrusion",
        },
    ];

    /// <summary>The row of <paramref name="purpose"/>; <see langword="null"/> for a combination of flags or an undefined value.</summary>
    public static PurposeRow? Of(Purpose purpose)
    {
        foreach (PurposeRow row in All)
        {
            if (row.Purpose == purpose)
            {
                return row;
            }
        }

        return null;
    }
}
