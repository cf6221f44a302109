namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>A contact row whose nullable e-mail address carries a unique index, as a login table's would.</summary>
public partial class ContactRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.CustomerPortal)]
    public string CustomerId { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Purposes = Purpose.ServiceNotifications, Format = DataFormat.EmailAddress)]
    public string? Email { get; set; }
}
