using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

// LastInvoiceAt is classified Usage, which the telecom rules read as traffic data; it is the customer's billing
// history, kept seven years here for the key-shape tests, not a communication's call detail.
#pragma warning disable PRIV025

/// <summary>A customer keyed by the customer number itself: the subject id is the primary key.</summary>
public partial class CustomerRow
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing)]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor]
    [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public Instant LastInvoiceAt { get; set; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; set; }

    [PersonalData(Category.Identity, Retention = "P7Y", Purposes = Purpose.Billing, Format = DataFormat.PersonName)]
    public string Name { get; set; } = string.Empty;

    /// <summary>Where the invoices went: kept whole for the tax authority while the bookkeeping retention runs.</summary>
    [PersonalData(Category.Contact, Retention = "P7Y", Purposes = Purpose.Bookkeeping)]
    public AddressPart? BillingAddress { get; set; }
}
