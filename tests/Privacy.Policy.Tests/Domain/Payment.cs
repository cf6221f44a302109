using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Tests.Domain;

// A redaction fixture: how long its members are kept is not what it tests.
#pragma warning disable PRIV015

/// <summary>A payment: a record struct.</summary>
public partial record struct Payment
{
    [PersonalData(Category.Payment, Purposes = Purpose.Billing | Purpose.Bookkeeping, Retention = "P7Y", Format = DataFormat.Iban)]
    public string Iban { get; init; }

    [PersonalData(Category.Payment, Purposes = Purpose.Billing, Format = DataFormat.PaymentCard)]
    public string? CardNumber { get; init; }

    [NotPersonalData]
    public decimal Amount { get; init; }

    [RetentionAnchor(Start = RetentionStart.EndOfYear)]
    [PersonalData(Category.Payment, Purposes = Purpose.Bookkeeping, Format = DataFormat.Timestamp)]
    public Instant PaidAt { get; init; }
}

/// <summary>A marketing profile: a plain struct with mutable fields.</summary>
public partial struct MarketingProfile
{
    [PersonalData(Category.Marketing, Purposes = Purpose.Marketing, Format = DataFormat.FreeText)]
    public string? Interests;

    [ConsentRecord(Purpose.Marketing)]
    [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
    public bool OptedIn;

    [NotPersonalData]
    public int Segment;
}

/// <summary>A positional record: members declared in the parameter list.</summary>
public partial record SupportTicket(
    [property: PersonalData(Category.Correspondence, Purposes = Purpose.Support, Format = DataFormat.FreeText)] string Notes,
    [property: NotPersonalData] int TicketNumber,
    [property: PersonalData(Category.Contact, Purposes = Purpose.Support, Format = DataFormat.PhoneNumber)] string CallbackNumber);

/// <summary>A record deriving from a record with personal data.</summary>
public sealed partial record EscalatedTicket(
    string Notes,
    int TicketNumber,
    string CallbackNumber,
    [property: PersonalData(Category.Identity, Purposes = Purpose.Support, Format = DataFormat.PersonName)] string EscalatedBy)
    : SupportTicket(Notes, TicketNumber, CallbackNumber);

/// <summary>Generic containers: nested in a generic type, with a generic parameter.</summary>
public static partial class Envelopes
{
    public partial class Envelope<TPayload>
        where TPayload : IPersonalData<TPayload>
    {
        [PersonalData(Category.Contact, Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
        public string? ReplyTo { get; set; }

        [PersonalData(Category.Correspondence, Purposes = Purpose.Support)]
        public TPayload? Payload { get; set; }

        [NotPersonalData]
        public string Subject { get; set; } = string.Empty;
    }
}

/// <summary>A device: a class that is not sealed, with init-only members, rebuilt with an object initializer.</summary>
public partial class Device
{
    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.Support, Format = DataFormat.Imei)]
    public string? Imei { get; init; }

    [NotPersonalData]
    public string Model { get; init; } = string.Empty;
}

/// <summary>A device type that adds nothing personal, so it gets no code of its own.</summary>
public class Smartphone : Device
{
    [NotPersonalData]
    public bool HasEsim { get; init; }
}

/// <summary>A base class from outside our rules, as ASP.NET Core Identity's IdentityUser is: nothing is classified.</summary>
public class AccountBase
{
    public string? Email { get; set; }

    public string? PasswordHash { get; set; }

    public string Id { get; } = "acct-0001";
}

#pragma warning disable PRIV009 // Erasing the base's unclassified members in redacted copies is what this test wants.

/// <summary>A portal account deriving from an unannotated base.</summary>
public partial class PortalAccount : AccountBase
{
    [PersonalData(Category.Identity, Purposes = Purpose.CustomerPortal, Format = DataFormat.PersonName)]
    public string DisplayName { get; set; } = string.Empty;

    [NotPersonalData]
    public bool PrefersDarkMode { get; set; }
}

/// <summary>A record deriving from a record nobody annotated.</summary>
public partial record ContactCard(string Email, [property: PersonalData(Category.Identity, Purposes = Purpose.ServiceDelivery, Format = DataFormat.PersonName)] string Name) : PlainContact(Email);

#pragma warning restore PRIV009

/// <summary>A record without annotations; the compiler's PrintMembers would show its Email.</summary>
public record PlainContact(string Email);

/// <summary>A type whose only personal data is its subject id.</summary>
public partial record SubjectOnly
{
    [DataSubject]
    public string CustomerId { get; init; } = string.Empty;

    [NotPersonalData]
    public int Calls { get; init; }
}

#pragma warning disable PRIV005 // Erasing these whole is what the test checks.

/// <summary>Personal data deeper than generated code copies element by element: erased whole.</summary>
public partial record DeepHolder
{
    [PersonalData(Category.Usage)]
    public HashSet<CallRecord> Set { get; init; } = [];

    [PersonalData(Category.Usage)]
    public CallRecord[][] Jagged { get; init; } = [];

    [PersonalData(Category.Usage)]
    public Dictionary<int, List<CallRecord>> ByDay { get; init; } = [];

    [NotPersonalData]
    public string Label { get; init; } = string.Empty;
}

#pragma warning restore PRIV005
