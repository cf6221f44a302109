using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>A SIM card and the device it is in.</summary>
[ServiceArea("Bellen", "Calls")]
public partial class Device
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    /// <summary>How support screens name the SIM: computed from the row number, so it holds nothing of its own.</summary>
    public string Label => "SIM-" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P1Y", Purposes = Purpose.ServiceDelivery)]
    public string CustomerNumber { get; set; } = string.Empty;

    [PersonalData(Category.TechnicalIdentifier, Retention = "P1Y", Purposes = Purpose.ServiceDelivery | Purpose.Support, Format = DataFormat.Imsi)]
    public string Imsi { get; set; } = string.Empty;

    [PersonalData(Category.TechnicalIdentifier, Retention = "P1Y", Purposes = Purpose.ServiceDelivery | Purpose.Support, Format = DataFormat.Imei)]
    public string Imei { get; set; } = string.Empty;

    /// <summary>The number printed on the SIM card itself (ICCID, ITU-T E.118), which support asks for when a SIM is swapped.</summary>
    [PersonalData(Category.TechnicalIdentifier, Retention = "P1Y", Purposes = Purpose.ServiceDelivery | Purpose.Support, Format = DataFormat.Iccid)]
    public string Iccid { get; set; } = string.Empty;

    [PersonalData(Category.TechnicalIdentifier, Retention = "P1Y", Purposes = Purpose.ServiceDelivery, Format = DataFormat.PhoneNumber)]
    public string LineNumber { get; set; } = string.Empty;

    [RetentionAnchor(Start = RetentionStart.EndOfMonth, Dutch = "na het einde van de maand waarin de simkaart werd afgesloten", English = "after the end of the month the SIM was deactivated")]
    [NotPersonalData("When the SIM was deactivated.")]
    public LocalDate? DeactivatedOn { get; set; }
}
