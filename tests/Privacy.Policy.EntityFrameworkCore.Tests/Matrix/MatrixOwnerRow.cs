namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>EF matrix entity: an owned reference (<c>OwnsOne</c>) holding the e-mail and the IBAN.</summary>
public sealed partial class MatrixOwnerRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing)]
    public string CustomerId { get; set; } = string.Empty;

    // No retention on the reference itself: the owned type's own rules and anchor decide for its members.
    [PersonalData(Category.Contact, Purposes = Purpose.Support | Purpose.Billing | Purpose.Bookkeeping)]
    public MatrixContactPart? Contact { get; set; }

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}
