using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>A support ticket, possibly handed to an external repair service.</summary>
public partial class SupportTicket
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P1Y", Purposes = Purpose.Support, Redaction = RedactionKind.Pseudonymize)]
    public string CustomerNumber { get; set; } = string.Empty;

    [RetentionAnchor(Dutch = "na het openen van de melding", English = "after the ticket was opened")]
    [PersonalData(Category.Correspondence, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.Timestamp)]
    public Instant Opened { get; set; }

    /// <summary>
    /// What the agent typed. Customers paste phone numbers, IBANs and even BSNs into it: it is scrubbed (each identifier
    /// redacted by its own rule, a BSN erased) rather than erased whole, so that a support screen still shows the fault.
    /// </summary>
    [PersonalData(Category.Correspondence, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.FreeText, Redaction = RedactionKind.Scrub)]
    public string Notes { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.PhoneNumber)]
    public string CallbackNumber { get; set; } = string.Empty;
}
