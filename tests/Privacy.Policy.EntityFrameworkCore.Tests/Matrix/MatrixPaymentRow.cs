using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>
/// EF matrix entity: the concrete base of a third hierarchy, whose IBAN (virtual) billing keeps one year and whose
/// phone number support keeps five;
/// <see cref="MatrixLedgerRow"/> keeps it longer, for bookkeeping.
/// </summary>
public partial class MatrixPaymentRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing)]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; set; }

    [PersonalData(Category.Payment, Retention = "P1Y", Purposes = Purpose.Billing, Format = DataFormat.Iban)]
    public virtual string? Iban { get; set; }

    [PersonalData(Category.Contact, Retention = "P5Y", Purposes = Purpose.Support, Format = DataFormat.PhoneNumber)]
    public string? Phone { get; set; }
}
