namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>
/// EF matrix entity: derived from <see cref="MatrixVirtualRow"/> in the same table, with a stored override of the IBAN
/// that only support uses for a year (no legal obligation holds it here) and a phone number of its own.
/// </summary>
public sealed partial class MatrixOverrideRow : MatrixVirtualRow
{
    [PersonalData(Category.Payment, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.Iban)]
    public override string? Iban { get; set; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.PhoneNumber)]
    public string? Phone { get; set; }
}
