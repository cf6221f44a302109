using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>
/// A SEPA direct-debit mandate ("Gegevens benodigd voor afhandeling van betalingen"). It is kept while it is in use
/// and thirteen months after its last collection: for that long the account holder can have an unauthorised debit
/// refunded (PSD2 art. 71), and the mandate is what shows the debit was authorised.
/// </summary>
/// <remarks>
/// Not bookkeeping: the seed's seven years are for the administration the tax authority checks, and the invoice is
/// that record (<see cref="Invoice"/>). A mandate counted seven years from its signature would be kept far too long
/// once ended, and, worse, erased while collections still run under it.
/// </remarks>
public partial class PaymentMandate
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P13M", RetentionFrom = nameof(EndedOn), Purposes = Purpose.Billing)]
    public string CustomerNumber { get; set; } = string.Empty;

    [PersonalData(Category.Payment, Retention = "P13M", RetentionFrom = nameof(EndedOn), Purposes = Purpose.Billing, Format = DataFormat.Iban, Redaction = RedactionKind.Mask)]
    public string Iban { get; set; } = string.Empty;

    [PersonalData(Category.Identity, Retention = "P13M", RetentionFrom = nameof(EndedOn), Purposes = Purpose.Billing, Format = DataFormat.PersonName)]
    public string AccountHolder { get; set; } = string.Empty;

    /// <summary>When the mandate was signed: what holds the record together; its retention counts from <see cref="EndedOn"/>.</summary>
    [RetentionAnchor(Dutch = "na de ondertekening van de machtiging", English = "after the mandate was signed")]
    [PersonalData(Category.Payment, Retention = "P13M", RetentionFrom = nameof(EndedOn), Purposes = Purpose.Billing)]
    public LocalDate SignedOn { get; set; }

    /// <summary>
    /// When the mandate ended: the day of its last collection, as the final bill is collected and then the mandate is
    /// closed. Empty while the mandate is in use, and then every member is kept.
    /// </summary>
    [RetentionMoment(Dutch = "na de laatste incasso van een beëindigde machtiging", English = "after the last collection of an ended mandate")]
    [NotPersonalData("When the mandate ended.")]
    public LocalDate? EndedOn { get; set; }
}
