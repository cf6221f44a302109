namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>
/// EF matrix entity: derived from <see cref="MatrixPaymentRow"/> in the same table, with a stored override of the IBAN
/// that the bookkeeping obligation keeps seven years (AWR art. 52, BW 2:10), longer than its base, and an e-mail of its
/// own that support keeps two years.
/// </summary>
public sealed partial class MatrixLedgerRow : MatrixPaymentRow
{
    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public override string? Iban { get; set; }

    [PersonalData(Category.Contact, Retention = "P2Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string? Email { get; set; }
}
