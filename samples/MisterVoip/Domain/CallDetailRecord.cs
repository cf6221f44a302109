using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>
/// One call ("Bellen"). Traffic data (Telecommunicatiewet art. 11.5): what carries the call (IMSI, IMEI) goes as soon
/// as the call is over; what the itemised bill shows (the numbers, when, how long) is kept for billing until the bill
/// can no longer be contested, counted from the invoice the call is on (art. 11.5(3)).
/// </summary>
/// <remarks>
/// Never seven years for bookkeeping: the invoice is the fiscal record (<see cref="Invoice"/>), not every call behind
/// it. The seed calls all of it "verbruiksgegevens" and keeps them "voor facturatie" and "inzage voor klant"; the
/// customer's own view in the portal lasts no longer than billing may keep them.
/// </remarks>
[ServiceArea("Bellen", "Calls")]
public partial class CallDetailRecord
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing | Purpose.CustomerPortal, Redaction = RedactionKind.Pseudonymize)]
    public string CustomerNumber { get; set; } = string.Empty;

    [RetentionAnchor(Dutch = "na het begin van het gesprek", English = "after the call started")]
    [PersonalData(Category.Usage, RetentionFrom = nameof(InvoiceDate), Purposes = Purpose.Billing | Purpose.CustomerPortal, Format = DataFormat.Timestamp)]
    public Instant CallStart { get; set; }

    [PersonalData(Category.Usage, RetentionFrom = nameof(InvoiceDate), Purposes = Purpose.Billing | Purpose.CustomerPortal)]
    public int DurationSeconds { get; set; }

    [PersonalData(Category.Usage, RetentionFrom = nameof(InvoiceDate), Purposes = Purpose.Billing | Purpose.CustomerPortal, Format = DataFormat.PhoneNumber)]
    public string CallingNumber { get; set; } = string.Empty;

    [PersonalData(Category.Usage, RetentionFrom = nameof(InvoiceDate), Purposes = Purpose.Billing | Purpose.CustomerPortal, Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
    public string CalledNumber { get; set; } = string.Empty;

    /// <summary>
    /// Carries the call, nothing else: erased the day after it started, when no call is still running (Tw art. 11.5(1)).
    /// The seed keeps IMSI and IMEI among the data "nodig om telefoonverkeer over het netwerk te transporteren"; the
    /// SIM's own record (<see cref="Device"/>) keeps them as subscriber data while the SIM is active.
    /// </summary>
    [PersonalData(Category.TechnicalIdentifier, Retention = "P1D", Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi)]
    public string Imsi { get; set; } = string.Empty;

    /// <inheritdoc cref="Imsi"/>
    [PersonalData(Category.TechnicalIdentifier, Retention = "P1D", Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imei)]
    public string Imei { get; set; } = string.Empty;

    /// <summary>The date of the invoice the call is billed on; empty until it is billed, and then the billing data is still in use.</summary>
    [RetentionMoment(Dutch = "na de factuurdatum", English = "after the invoice date")]
    [NotPersonalData("The date of the invoice the call is on.")]
    public LocalDate? InvoiceDate { get; set; }
}
