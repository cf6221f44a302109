using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Tests.Domain;

/// <summary>A customer: a sealed class with init-only members, copied with an object initializer.</summary>
public sealed partial class Customer
{
    [DataSubject]
    public required string CustomerNumber { get; init; }

    [PersonalData(Category.Identity, Purposes = Purpose.ServiceDelivery | Purpose.Billing, Format = DataFormat.PersonName)]
    public required string Name { get; init; }

    [PersonalData(Category.Identity, Purposes = Purpose.ServiceDelivery)]
    public LocalDate? DateOfBirth { get; init; }

    [PersonalData(Category.Contact, Purposes = Purpose.ServiceNotifications | Purpose.Billing, Format = DataFormat.EmailAddress)]
    public string? Email { get; init; }

    [PersonalData(Category.Contact, Purposes = Purpose.ServiceNotifications, Format = DataFormat.PhoneNumber)]
    public string? ContactPhone { get; init; }

    [PersonalData(Category.Contact, Purposes = Purpose.Shipping | Purpose.Billing, Format = DataFormat.PostalAddress)]
    public string? Address { get; init; }

#pragma warning disable PRIV013 // A telecom provider has no lawful purpose for a BSN (UAVG art. 46): the fixture holds one to show it is erased, never masked.
    [PersonalData(Category.NationalIdentifier, Format = DataFormat.Bsn)]
    public string? Bsn { get; init; }
#pragma warning restore PRIV013

    [PersonalData(Category.Payment, Purposes = Purpose.Billing, Format = DataFormat.Iban, Redaction = RedactionKind.Pseudonymize)]
    public string? Iban { get; init; }

    [PersonalData(Category.Usage, Purposes = Purpose.CustomerPortal)]
    public IReadOnlyList<CallRecord> RecentCalls { get; init; } = [];

#pragma warning disable PRIV016 // keyed by invoice number, which identifies no person
    [PersonalData(Category.Payment, Purposes = Purpose.Billing)]
    public Dictionary<string, Payment> PaymentsByInvoice { get; init; } = [];
#pragma warning restore PRIV016

    [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
    public MarketingProfile? Marketing { get; init; }

    [NotPersonalData]
    public bool IsBusiness { get; init; }
}
