namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>A portal account keyed by the customer number, to which another table (its sessions) refers.</summary>
public partial class AccountRow
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.CustomerPortal)]
    public string CustomerId { get; set; } = string.Empty;

    [PersonalData(Category.Identity, Purposes = Purpose.CustomerPortal, Format = DataFormat.PersonName)]
    public string DisplayName { get; set; } = string.Empty;
}
