using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Helpdesk;

/// <summary>
/// A question or fault report a customer brings to customer service ("als u contact met ons opneemt"), from opening to
/// closing. The seed gives no period for it, only "niet langer dan nodig" (GDPR art. 5(1)(e)): the ticket is kept one
/// year after it is closed, the period the company gives its customer-service mailbox (samples/MisterVoip, an example
/// period marked as such there), so a returning fault can be traced to the earlier one.
/// </summary>
[ServiceArea("Klantenservice", "Customer service")]
public partial class HelpdeskTicket
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P1Y", RetentionFrom = nameof(Closed), Purposes = Purpose.Support, Redaction = RedactionKind.Pseudonymize)]
    public string CustomerNumber { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Retention = "P1Y", RetentionFrom = nameof(Closed), Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string ContactEmail { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Retention = "P1Y", RetentionFrom = nameof(Closed), Purposes = Purpose.Support, Format = DataFormat.PhoneNumber)]
    public string ContactPhone { get; set; } = string.Empty;

    /// <summary>The line the ticket is about: a fault on it is a matter of delivering the service, not only of support.</summary>
    [PersonalData(Category.TechnicalIdentifier, Retention = "P1Y", RetentionFrom = nameof(Closed), Purposes = Purpose.Support | Purpose.ServiceDelivery, Format = DataFormat.PhoneNumber)]
    public string LineNumber { get; set; } = string.Empty;

    /// <summary>What the customer wrote; scrubbed rather than erased, so the fault stays readable without the identifiers in it.</summary>
    [PersonalData(Category.Correspondence, Retention = "P1Y", RetentionFrom = nameof(Closed), Purposes = Purpose.Support, Format = DataFormat.FreeText, Redaction = RedactionKind.Scrub)]
    public string Subject { get; set; } = string.Empty;

    [RetentionAnchor(Dutch = "na het openen van de melding", English = "after the ticket was opened")]
    [PersonalData(Category.Correspondence, Retention = "P1Y", RetentionFrom = nameof(Closed), Purposes = Purpose.Support, Format = DataFormat.Timestamp)]
    public Instant Created { get; set; }

    /// <summary>When the ticket was closed; empty while it is open, and then the ticket is still in use.</summary>
    [RetentionMoment(Dutch = "na het sluiten van de melding", English = "after the ticket was closed")]
    [NotPersonalData("When the ticket was closed.")]
    public Instant? Closed { get; set; }
}
