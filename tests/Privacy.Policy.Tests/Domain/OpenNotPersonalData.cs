using System.Collections.Generic;

namespace Privacy.Policy.Tests.Domain;

// [NotPersonalData] members of open types (object, an interface, a class that may be derived from), whose runtime
// value is a personal-data type (issue 12, class 4). The build cannot see what they will hold; generated code checks
// each value at run time and sends a personal-data value through its own generated code.

/// <summary>What a ticket is about: implemented by a personal-data type and by types that are not.</summary>
public interface ITicketSubject
{
}

/// <summary>A party to a ticket: a class that is not personal data, from which a personal-data type derives.</summary>
public class TicketParty : ITicketSubject
{
    /// <summary>A reference code, not a person.</summary>
    [NotPersonalData("A reference code.")]
    public string Code { get; set; } = string.Empty;
}

/// <summary>The personal-data type held as object, as the interface and as the base class.</summary>
public sealed partial class TicketContact : TicketParty
{
    [PersonalData(Category.Contact, Purposes = Purpose.Billing, Format = DataFormat.EmailAddress)]
    public string? Email { get; set; }

    [PersonalData(Category.Identity, Purposes = Purpose.Support, Format = DataFormat.PersonName)]
    public string? Name { get; set; }
}

/// <summary>A ticket as a class (copied by MemberwiseClone), with its open [NotPersonalData] members.</summary>
public sealed partial class OpenTicket
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Support, Redaction = RedactionKind.Pseudonymize)]
    public string? CustomerId { get; set; }

    [NotPersonalData("Whatever the caller attached; a personal-data value is checked at run time.")]
    public object? Payload { get; set; }

    [NotPersonalData("What the ticket is about; a personal-data value is checked at run time.")]
    public ITicketSubject? About { get; set; }

    [NotPersonalData("Who raised it; a personal-data value is checked at run time.")]
    public TicketParty? Party { get; set; }

    [NotPersonalData("Another ticket, or anything else.")]
    public object? Related { get; set; }
}

/// <summary>A ticket as a record that may be derived from (copied by a virtual with), with an open member.</summary>
public partial record OpenTicketRecord
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Support, Redaction = RedactionKind.Pseudonymize)]
    public string? CustomerId { get; init; }

    [NotPersonalData("Whatever the caller attached; a personal-data value is checked at run time.")]
    public object? Payload { get; init; }

    [NotPersonalData("Whatever the caller attached; each element is checked at run time.")]
    public IReadOnlyList<object>? Payloads { get; init; }
}

/// <summary>
/// Open [NotPersonalData] collections and dynamic members (issue 12, class 4): generated code copies the array, list,
/// read-only list or dictionary element by element and checks each element (a dictionary's values) at run time.
/// </summary>
public sealed partial class OpenCollectionTicket
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Support, Redaction = RedactionKind.Pseudonymize)]
    public string? CustomerId { get; set; }

    [NotPersonalData("Whatever the caller attached; each element is checked at run time.")]
    public List<object>? Payloads { get; set; }

    [NotPersonalData("Whatever the caller attached; each element is checked at run time.")]
    public object[]? Attachments { get; set; }

    [NotPersonalData("What the ticket is about; each element is checked at run time.")]
    public IReadOnlyList<ITicketSubject>? Subjects { get; set; }

    [NotPersonalData("Attachments by line number; each value is checked at run time, the numbers are kept.")]
    public Dictionary<int, object>? ByLine { get; set; }

    [NotPersonalData("Whatever a script attached; checked at run time as an object.")]
    public dynamic? Extra { get; set; }

    [NotPersonalData("Whatever a script attached; each element is checked at run time.")]
    public List<dynamic>? Extras { get; set; }
}
