using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>A direct-debit mandate ("afhandeling van betalingen").</summary>
public partial class PaymentMandate
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping)]
    public string CustomerNumber { get; set; } = string.Empty;

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban, Redaction = RedactionKind.Mask)]
    public string Iban { get; set; } = string.Empty;

    [PersonalData(Category.Identity, Retention = "P7Y", Purposes = Purpose.Billing, Format = DataFormat.PersonName)]
    public string AccountHolder { get; set; } = string.Empty;

    [RetentionAnchor(Start = RetentionStart.EndOfYear)]
    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping)]
    public LocalDate SignedOn { get; set; }
}
