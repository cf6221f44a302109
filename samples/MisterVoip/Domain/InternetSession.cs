using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>
/// An internet session ("Internet"). Traffic data (Telecommunicatiewet art. 11.5): what carries the session (user
/// name, MAC address, cell location) goes the day after it started; what the bill and the portal show (when, how
/// long, how much) is kept until the bill can no longer be contested, counted from its invoice (art. 11.5(3)).
/// </summary>
[ServiceArea("Internet", "Internet")]
public partial class InternetSession
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing | Purpose.CustomerPortal, Redaction = RedactionKind.Pseudonymize)]
    public string CustomerNumber { get; set; } = string.Empty;

    [RetentionAnchor(Dutch = "na het begin van de sessie", English = "after the session started")]
    [PersonalData(Category.Usage, RetentionFrom = nameof(InvoiceDate), Purposes = Purpose.Billing | Purpose.CustomerPortal, Format = DataFormat.Timestamp)]
    public Instant Started { get; set; }

    [PersonalData(Category.Usage, RetentionFrom = nameof(InvoiceDate), Purposes = Purpose.Billing | Purpose.CustomerPortal)]
    public int DurationSeconds { get; set; }

    /// <summary>The session's login ("gebruikersnaam"): needed to carry the session, not after it (Tw art. 11.5(1)).</summary>
    [PersonalData(Category.TechnicalIdentifier, Retention = "P1D", Purposes = Purpose.ServiceDelivery)]
    public string UserName { get; set; } = string.Empty;

    /// <summary>
    /// The address the session had: carrying the traffic needs it (the contract), and tracing a report of abuse to the
    /// connection (the seed: "aanwijzingen van misbruik") rests on the provider's declared interest in fighting abuse
    /// (Purpose.Security, legitimate interest; see Purposes.cs). The seed's provider kept it thirty days for that; the
    /// Telecommunicatiewet does not: traffic data goes once the communication no longer needs it, billing aside (art.
    /// 11.5(1)); detecting abuse is a use of traffic data while it is lawfully held, not a reason to keep it. The law
    /// wins: one day (PRIV024).
    /// </summary>
    [PersonalData(Category.TechnicalIdentifier, Retention = "P1D", Purposes = Purpose.ServiceDelivery | Purpose.Security, Format = DataFormat.IpAddress)]
    public string IpAddress { get; set; } = string.Empty;

    [PersonalData(Category.TechnicalIdentifier, Retention = "P1D", Purposes = Purpose.ServiceDelivery, Format = DataFormat.MacAddress)]
    public string MacAddress { get; set; } = string.Empty;

    /// <summary>The volume, for the bundle on the bill ("Datavolume").</summary>
    [PersonalData(Category.Usage, RetentionFrom = nameof(InvoiceDate), Purposes = Purpose.Billing | Purpose.CustomerPortal)]
    public long BytesTransferred { get; set; }

    /// <summary>
    /// The location "nodig om internetverkeer over ons netwerk te vervoeren": traffic data, kept only to carry the
    /// session (Tw art. 11.5(1)). Location beyond that would need consent (art. 11.5a); the provider asks none, so it
    /// keeps none: the day after the session started, it is gone (the seed's provider kept it a week).
    /// </summary>
    [PersonalData(Category.Location, Retention = "P1D", Purposes = Purpose.ServiceDelivery, Format = DataFormat.GeoCoordinate)]
    public string CellLocation { get; set; } = string.Empty;

    /// <summary>The date of the invoice the session is billed on; empty until it is billed, and then the billing data is still in use.</summary>
    [RetentionMoment(Dutch = "na de factuurdatum", English = "after the invoice date")]
    [NotPersonalData("The date of the invoice the session is on.")]
    public LocalDate? InvoiceDate { get; set; }
}
