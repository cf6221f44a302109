using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>
/// A SIM card and the device it is in: subscriber data, not traffic data. The IMSI, IMEI and ICCID of an active SIM
/// are needed to carry every call on it, so they are kept while the SIM is active, and shortly after: three months
/// after the month it was deactivated, for the last bill and questions about it.
/// </summary>
[ServiceArea("Bellen", "Calls")]
public partial class Device
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    /// <summary>How support screens name the SIM: computed from the row number, so it holds nothing of its own.</summary>
    public string Label => "SIM-" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P3M", RetentionFrom = nameof(DeactivatedOn), RetentionFromStart = RetentionStart.EndOfMonth, Purposes = Purpose.ServiceDelivery)]
    public string CustomerNumber { get; set; } = string.Empty;

    [PersonalData(Category.TechnicalIdentifier, Retention = "P3M", RetentionFrom = nameof(DeactivatedOn), RetentionFromStart = RetentionStart.EndOfMonth, Purposes = Purpose.ServiceDelivery | Purpose.Support, Format = DataFormat.Imsi)]
    public string Imsi { get; set; } = string.Empty;

    [PersonalData(Category.TechnicalIdentifier, Retention = "P3M", RetentionFrom = nameof(DeactivatedOn), RetentionFromStart = RetentionStart.EndOfMonth, Purposes = Purpose.ServiceDelivery | Purpose.Support, Format = DataFormat.Imei)]
    public string Imei { get; set; } = string.Empty;

    /// <summary>The number printed on the SIM card itself (ICCID, ITU-T E.118), which support asks for when a SIM is swapped.</summary>
    [PersonalData(Category.TechnicalIdentifier, Retention = "P3M", RetentionFrom = nameof(DeactivatedOn), RetentionFromStart = RetentionStart.EndOfMonth, Purposes = Purpose.ServiceDelivery | Purpose.Support, Format = DataFormat.Iccid)]
    public string Iccid { get; set; } = string.Empty;

    [PersonalData(Category.TechnicalIdentifier, Retention = "P3M", RetentionFrom = nameof(DeactivatedOn), RetentionFromStart = RetentionStart.EndOfMonth, Purposes = Purpose.ServiceDelivery, Format = DataFormat.PhoneNumber)]
    public string LineNumber { get; set; } = string.Empty;

    /// <summary>When the SIM was activated: what holds the record together. Every member counts from <see cref="DeactivatedOn"/> instead.</summary>
    [RetentionAnchor(Start = RetentionStart.EndOfMonth, Dutch = "na het einde van de maand waarin de simkaart werd geactiveerd", English = "after the end of the month the SIM was activated")]
    [NotPersonalData("When the SIM was activated.")]
    public LocalDate ActivatedOn { get; set; }

    /// <summary>When the SIM was deactivated; empty while it is active, and then every member is still in use.</summary>
    [RetentionMoment(Dutch = "na het afsluiten van de simkaart", English = "after the SIM was deactivated")]
    [NotPersonalData("When the SIM was deactivated.")]
    public LocalDate? DeactivatedOn { get; set; }
}
