using System.Collections.Generic;

namespace Privacy.Policy.Tests.Domain;

// Export fixtures for records nested in records of other data subjects: how long they are kept is not what they test.
#pragma warning disable PRIV015

/// <summary>
/// A household: one customer's record that holds other people's, each a data subject of their own (the members,
/// their last calls, the calls per line, the contacts).
/// </summary>
public sealed partial class Household
{
    [DataSubject]
    public required string HeadCustomerNumber { get; init; }

    [PersonalData(Category.Contact, Purposes = Purpose.Billing, Format = DataFormat.PostalAddress)]
    public string? Address { get; init; }

    [PersonalData(Category.Identity, Purposes = Purpose.ServiceDelivery)]
    public HouseholdMember[] Members { get; init; } = [];

#pragma warning disable PRIV016 // keyed by line number on purpose: the export's failure names a value by position, never by its key
    [PersonalData(Category.Usage, Purposes = Purpose.CustomerPortal)]
    public Dictionary<string, CallRecord> LastCallByLine { get; init; } = [];
#pragma warning restore PRIV016

    [PersonalData(Category.Contact, Purposes = Purpose.Support)]
    public List<ContactPerson> Contacts { get; init; } = [];
}

/// <summary>A member of a household: a data subject, whose partner may be another member (a cycle).</summary>
public sealed partial class HouseholdMember
{
    [DataSubject]
    public required string CustomerNumber { get; init; }

    [PersonalData(Category.Identity, Purposes = Purpose.ServiceDelivery, Format = DataFormat.PersonName)]
    public string? Name { get; init; }

    [PersonalData(Category.Usage, Purposes = Purpose.CustomerPortal)]
    public CallRecord? LastCall { get; init; }

    [PersonalData(Category.Identity, Purposes = Purpose.ServiceDelivery)]
    public HouseholdMember? Partner { get; set; }
}

/// <summary>A contact person without a subject of its own; a derived type adds one.</summary>
public partial class ContactPerson
{
    [PersonalData(Category.Identity, Purposes = Purpose.Support, Format = DataFormat.PersonName)]
    public string? Name { get; set; }
}

/// <summary>A contact who is a customer too: held as a <see cref="ContactPerson"/>, its subject and calls still count.</summary>
public sealed partial class CustomerContact : ContactPerson
{
    [DataSubject]
    public string? CustomerNumber { get; set; }

    [PersonalData(Category.Usage, Purposes = Purpose.Support)]
    public CallRecord? LastCall { get; set; }
}
