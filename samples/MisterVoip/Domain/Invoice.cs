using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>
/// An invoice: the fiscal record, kept seven years from the end of the book year for the tax authority ("de wettelijke
/// bewaartermijn van zeven jaar ten behoeve van de belastingdienst", AWR art. 52(4)). The calls and sessions behind it
/// are not: they go once the bill can no longer be contested (<see cref="CallDetailRecord"/>).
/// </summary>
public partial class Invoice
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping)]
    public string CustomerNumber { get; set; } = string.Empty;

    [RetentionAnchor(Start = RetentionStart.EndOfYear)]
    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping)]
    public LocalDate InvoiceDate { get; set; }

    [PersonalData(Category.Identity, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.PersonName)]
    public string BilledName { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.PostalAddress)]
    public string BillingAddress { get; set; } = string.Empty;

    [NotPersonalData("An amount, meaningless without the customer.")]
    public decimal AmountEuro { get; set; }
}
