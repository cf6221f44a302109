namespace Privacy.Policy.EntityFrameworkCore.Tests.Holds;

/// <summary>A type derived from <see cref="HeldBaseRow"/> in the same table, with a member of its own.</summary>
public sealed partial class HeldDerivedRow : HeldBaseRow
{
    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string? Email { get; set; }
}
