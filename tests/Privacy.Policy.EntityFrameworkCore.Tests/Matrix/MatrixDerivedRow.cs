namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>EF matrix entity: derived from <see cref="MatrixBaseRow"/> in the same table (TPH), with the e-mail.</summary>
public sealed partial class MatrixDerivedRow : MatrixBaseRow
{
    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string? Email { get; set; }

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}
