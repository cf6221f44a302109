using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

// Usage data and technical identifiers take their period from RetentionDefaults (MisterVoipPolicy.Options), which the build cannot see.
#pragma warning disable PRIV015
#pragma warning disable PRIV024, PRIV025 // fixed by the sample rewrite (issue 14)

/// <summary>
/// One call ("Bellen"): usage data kept for billing only as long as the bill can be disputed; that period is not
/// settled in Dutch law, so it comes from options (the Usage category default).
/// </summary>
[ServiceArea("Bellen", "Calls")]
public partial class CallDetailRecord
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing | Purpose.CustomerPortal, Redaction = RedactionKind.Pseudonymize)]
    public string CustomerNumber { get; set; } = string.Empty;

    [RetentionAnchor(Dutch = "na het gesprek", English = "after the call")]
    [PersonalData(Category.Usage, Purposes = Purpose.Billing | Purpose.CustomerPortal, Format = DataFormat.Timestamp)]
    public Instant CallStart { get; set; }

    [PersonalData(Category.Usage, Purposes = Purpose.Billing | Purpose.CustomerPortal)]
    public int DurationSeconds { get; set; }

    [PersonalData(Category.Usage, Purposes = Purpose.Billing | Purpose.CustomerPortal, Format = DataFormat.PhoneNumber)]
    public string CallingNumber { get; set; } = string.Empty;

    [PersonalData(Category.Usage, Purposes = Purpose.Billing | Purpose.CustomerPortal, Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
    public string CalledNumber { get; set; } = string.Empty;

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi)]
    public string Imsi { get; set; } = string.Empty;

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imei)]
    public string Imei { get; set; } = string.Empty;
}
