using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

// Usage data and technical identifiers take their period from RetentionDefaults (MisterVoipPolicy.Options), which the build cannot see.
#pragma warning disable PRIV015
#pragma warning disable PRIV024, PRIV025 // fixed by the sample rewrite (issue 14)

/// <summary>An internet session ("Internet"): usage data to carry the traffic.</summary>
[ServiceArea("Internet", "Internet")]
public partial class InternetSession
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.ServiceDelivery | Purpose.CustomerPortal, Redaction = RedactionKind.Pseudonymize)]
    public string CustomerNumber { get; set; } = string.Empty;

    [RetentionAnchor(Dutch = "na het begin van de sessie", English = "after the session started")]
    [PersonalData(Category.Usage, Purposes = Purpose.ServiceDelivery | Purpose.CustomerPortal, Format = DataFormat.Timestamp)]
    public Instant Started { get; set; }

    [PersonalData(Category.Usage, Purposes = Purpose.ServiceDelivery | Purpose.CustomerPortal)]
    public int DurationSeconds { get; set; }

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery)]
    public string UserName { get; set; } = string.Empty;

    [PersonalData(Category.TechnicalIdentifier, Retention = "P30D", Purposes = Purpose.ServiceDelivery | Purpose.Security, Format = DataFormat.IpAddress)]
    public string IpAddress { get; set; } = string.Empty;

    [PersonalData(Category.TechnicalIdentifier, Retention = "P30D", Purposes = Purpose.ServiceDelivery, Format = DataFormat.MacAddress)]
    public string MacAddress { get; set; } = string.Empty;

    [PersonalData(Category.Usage, Purposes = Purpose.Billing | Purpose.CustomerPortal)]
    public long BytesTransferred { get; set; }

    [PersonalData(Category.Location, Retention = "P7D", Purposes = Purpose.ServiceDelivery, Format = DataFormat.GeoCoordinate)]
    public string CellLocation { get; set; } = string.Empty;
}
