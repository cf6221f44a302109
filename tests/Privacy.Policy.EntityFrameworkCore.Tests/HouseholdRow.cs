namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>A household whose address is an owned type (<c>OwnsOne</c>) that is itself personal data.</summary>
public partial class HouseholdRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Shipping)]
    public string CustomerId { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Purposes = Purpose.Shipping)]
    public AddressPart? Address { get; set; }

    [PersonalData(Category.Contact, Purposes = Purpose.Shipping, Format = DataFormat.PhoneNumber)]
    public string? PhoneNumber { get; set; }
}
