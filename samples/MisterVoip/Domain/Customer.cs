using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>
/// A customer: who they are and how to reach them ("Als u klant bij ons bent"). Everything here serves the contract,
/// so it is kept while the contract runs, whatever its age, and an erasure request does not take it while it does
/// (AVG art. 17(1)(a): still necessary; the seed: "als ze niet noodzakelijk zijn voor de dienstverlening").
/// </summary>
/// <remarks>
/// Each member counts from <see cref="ContractEnded"/>, empty while the customer is active. After the contract the
/// final bill is still sent, disputed and paid under it: two years after the month it ended (the provider's own term;
/// the seed gives none) the data goes. The invoices themselves stay seven years for the tax authority
/// (<see cref="Invoice"/>), and hold the name and address a later claim needs.
/// </remarks>
public partial class Customer
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P2Y", RetentionFrom = nameof(ContractEnded), RetentionFromStart = RetentionStart.EndOfMonth, Purposes = Purpose.ServiceDelivery | Purpose.Billing | Purpose.CustomerPortal)]
    public string CustomerNumber { get; set; } = string.Empty;

    [PersonalData(Category.Identity, Retention = "P2Y", RetentionFrom = nameof(ContractEnded), RetentionFromStart = RetentionStart.EndOfMonth, Purposes = Purpose.ServiceDelivery | Purpose.Billing, Format = DataFormat.PersonName)]
    public string Name { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Retention = "P2Y", RetentionFrom = nameof(ContractEnded), RetentionFromStart = RetentionStart.EndOfMonth, Purposes = Purpose.ServiceNotifications | Purpose.Billing | Purpose.CustomerPortal, Format = DataFormat.EmailAddress)]
    public string Email { get; set; } = string.Empty;

    /// <summary>For notices of outages and changes: after the contract there is nothing left to notify, so it goes with the end of the month.</summary>
    [PersonalData(Category.Contact, Retention = "P1D", RetentionFrom = nameof(ContractEnded), RetentionFromStart = RetentionStart.EndOfMonth, Purposes = Purpose.ServiceNotifications, Format = DataFormat.PhoneNumber)]
    public string ContactPhone { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Retention = "P2Y", RetentionFrom = nameof(ContractEnded), RetentionFromStart = RetentionStart.EndOfMonth, Purposes = Purpose.Billing | Purpose.Shipping, Format = DataFormat.PostalAddress)]
    public string Address { get; set; } = string.Empty;

    /// <summary>The portal stays open three months after the contract, for the final bill and the last usage.</summary>
    [PersonalData(Category.Credentials, Retention = "P3M", RetentionFrom = nameof(ContractEnded), RetentionFromStart = RetentionStart.EndOfMonth, Purposes = Purpose.CustomerPortal, Format = DataFormat.Secret)]
    public string PortalPasswordHash { get; set; } = string.Empty;

    /// <summary>When the contract started: what holds the record together. Every member counts from <see cref="ContractEnded"/> instead.</summary>
    [RetentionAnchor(Start = RetentionStart.EndOfMonth, Dutch = "na het einde van de maand waarin het contract begon", English = "after the end of the month the contract started")]
    [NotPersonalData("When the contract started.")]
    public LocalDate CustomerSince { get; set; }

    /// <summary>When the contract ended; empty while the customer is active, and then every member is still in use.</summary>
    [RetentionMoment(Dutch = "na het einde van het contract", English = "after the contract ended")]
    [NotPersonalData("When the contract ended.")]
    public LocalDate? ContractEnded { get; set; }
}
