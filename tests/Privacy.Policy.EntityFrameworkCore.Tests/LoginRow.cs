namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>A login whose name is required, unique and at most 64 characters long.</summary>
public partial class LoginRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.CustomerPortal)]
    public string CustomerId { get; set; } = string.Empty;

    [PersonalData(Category.Identity, Purposes = Purpose.CustomerPortal)]
    public string LoginName { get; set; } = string.Empty;
}
