using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>An invoice: bookkeeping, kept seven years from the end of the year for the tax authority.</summary>
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
