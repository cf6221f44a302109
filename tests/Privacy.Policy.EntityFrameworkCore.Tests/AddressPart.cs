namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>A postal address, stored in its holder's table.</summary>
public partial class AddressPart
{
    [PersonalData(Category.Contact, Purposes = Purpose.Shipping)]
    public string? Street { get; set; }

    [PersonalData(Category.Contact, Purposes = Purpose.Shipping)]
    public string? City { get; set; }
}
