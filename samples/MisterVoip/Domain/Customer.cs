using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>A customer: who they are and how to reach them ("Als u klant bij ons bent").</summary>
public partial class Customer
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P2Y", Purposes = Purpose.ServiceDelivery | Purpose.Billing | Purpose.CustomerPortal)]
    public string CustomerNumber { get; set; } = string.Empty;

    [PersonalData(Category.Identity, Retention = "P2Y", Purposes = Purpose.ServiceDelivery | Purpose.Billing, Format = DataFormat.PersonName)]
    public string Name { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Retention = "P2Y", Purposes = Purpose.ServiceNotifications | Purpose.Billing | Purpose.CustomerPortal, Format = DataFormat.EmailAddress)]
    public string Email { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Retention = "P2Y", Purposes = Purpose.ServiceNotifications, Format = DataFormat.PhoneNumber)]
    public string ContactPhone { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Retention = "P2Y", Purposes = Purpose.Billing | Purpose.Shipping, Format = DataFormat.PostalAddress)]
    public string Address { get; set; } = string.Empty;

    [PersonalData(Category.Credentials, Retention = "P2Y", Purposes = Purpose.CustomerPortal, Format = DataFormat.Secret)]
    public string PortalPasswordHash { get; set; } = string.Empty;

    /// <summary>Retention of customer data counts from the end of the contract; an active customer has none yet.</summary>
    [RetentionAnchor(Start = RetentionStart.EndOfMonth, Dutch = "na het einde van de maand waarin het contract eindigde", English = "after the end of the month the contract ended")]
    [NotPersonalData("When the contract ended.")]
    public LocalDate? ContractEnded { get; set; }
}
