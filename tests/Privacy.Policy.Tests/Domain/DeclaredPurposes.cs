using NodaTime;
using Privacy.Policy.Tests.ExternalBase;

namespace Privacy.Policy.Tests.Domain;

/// <summary>
/// A cell visit processed for the shared assembly's company purpose, and a contact kept on legitimate interest after
/// the contract (a member's own basis replacing Billing's contract basis).
/// </summary>
public partial class CellVisit
{
    [DataSubject]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor]
    [NotPersonalData("When the visit began.")]
    public Instant At { get; set; }

    // Location for a company purpose that does not rest on consent is what PRIV026 (Tw art. 11.5a) reports; this fixture
    // is about declarations reaching the descriptor, not about the telecom rule.
#pragma warning disable PRIV026
    [PersonalData(Category.Location, Retention = "P30D", Purposes = SharedPurposes.NetworkPlanning | Purpose.ServiceDelivery)]
    public string Cell { get; set; } = string.Empty;
#pragma warning restore PRIV026

    [PersonalData(Category.Contact, Retention = "P2Y", Purposes = Purpose.Billing, LegalBasis = LegalBasis.LegitimateInterest,
        Interest = "Vorderingen na afloop van het contract kunnen instellen")]
    public string? BillingAddress { get; set; }

    [PersonalData(Category.TechnicalIdentifier, Retention = "P1Y", Purposes = Purpose.Security)]
    public string? DeviceFingerprint { get; set; }
}

/// <summary>Offers on consent beside contract data: a member that rests on consent alone goes when consent does.</summary>
public partial class OfferSubscription
{
    [DataSubject]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor]
    [NotPersonalData("When the subscription began.")]
    public Instant Since { get; set; }

    [ConsentRecord(Purpose.Marketing)]
    public Instant? OffersConsentGiven { get; set; }

    [PersonalData(Category.Marketing, Retention = "P2Y", Purposes = Purpose.Marketing, Format = DataFormat.FreeText)]
    public string? Interests { get; set; }

    [PersonalData(Category.Contact, Retention = "P2Y", Purposes = Purpose.Marketing | Purpose.ServiceNotifications, Format = DataFormat.EmailAddress)]
    public string? Email { get; set; }
}

/// <summary>A marketing profile whose every member rests on consent: without consent nothing keeps it.</summary>
public partial record ConsentOnlyProfile
{
    [DataSubject]
    public string CustomerId { get; init; } = string.Empty;

    [RetentionAnchor]
    [NotPersonalData("When the profile was made.")]
    public Instant Created { get; init; }

    [ConsentRecord(Purpose.Marketing)]
    public bool? OptedIn { get; init; }

    [PersonalData(Category.Marketing, Retention = "P1Y", Purposes = Purpose.Marketing, Format = DataFormat.FreeText)]
    public string? Interests { get; init; }
}
