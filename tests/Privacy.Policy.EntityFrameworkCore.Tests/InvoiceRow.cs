using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>
/// An invoice as a table row. Its anchor is personal data kept one year, shorter than the bookkeeping members
/// counted from it; its subject, a customer number, is kept seven years for the tax authority.
/// </summary>
public partial class InvoiceRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P7Y", Purposes = Purpose.Bookkeeping)]
    public long CustomerNumber { get; set; }

    [RetentionAnchor]
    [PersonalData(Category.Usage, Retention = "P1Y", Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public Instant IssuedAt { get; set; }

    [PersonalData(Category.Usage, Retention = "P6M", Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public string? CalledNumber { get; set; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; set; }
}
