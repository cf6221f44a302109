namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>EF matrix entity: an owned collection (<c>OwnsMany</c>), which the erasure refuses.</summary>
public sealed partial class MatrixOwnsManyRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing)]
    public string CustomerId { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public System.Collections.Generic.List<MatrixContactPart> Contacts { get; set; } = [];

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}
