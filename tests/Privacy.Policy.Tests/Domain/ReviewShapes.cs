using System;
using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Tests.Domain;

/// <summary>A tier, exported by name.</summary>
public enum Tier
{
    Basic,
    Gold,
}

/// <summary>Collections and values of every kind the export writes.</summary>
public sealed partial record Counters
{
    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public List<int> Ints { get; init; } = [];

    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public Dictionary<int, decimal> Totals { get; init; } = [];

    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public List<Instant> Moments { get; init; } = [];

    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public List<Tier> Tiers { get; init; } = [];

    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public Dictionary<Instant, string> ByMoment { get; init; } = [];

    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public float Ratio { get; init; }

    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public DateOnly Day { get; init; }

    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public Duration Total { get; init; }
}

/// <summary>A contact that derived types extend.</summary>
public partial record BaseContact
{
    [PersonalData(Category.Contact, Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string? Email { get; init; }
}

/// <summary>A contact with a member of its own.</summary>
public sealed partial record DerivedContact : BaseContact
{
    [PersonalData(Category.Contact, Purposes = Purpose.Support, Format = DataFormat.PhoneNumber)]
    public string? Phone { get; init; }
}

/// <summary>Calls keyed by the number called: the keys are personal data too.</summary>
public sealed partial record CallsByNumber
{
#pragma warning disable PRIV016 // the fixture of the finding PRIV016 warns about: what the export does with such keys
    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public Dictionary<string, CallRecord> Calls { get; init; } = [];
#pragma warning restore PRIV016
}

/// <summary>An invoice whose anchor has a shorter retention of its own, and a nested payment kept whole.</summary>
public sealed partial record Invoice
{
    [RetentionAnchor(Start = RetentionStart.EndOfYear)]
    [PersonalData(Category.Payment, Retention = "P1Y", Purposes = Purpose.Bookkeeping)]
    public LocalDate Booked { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping)]
    public string? Amount { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping)]
    public Payment? Settlement { get; init; }
}

/// <summary>A session with a short retention counted from an instant.</summary>
public sealed partial record ShortSession
{
    [RetentionAnchor]
    [NotPersonalData("The moment retention counts from.")]
    public Instant At { get; init; }

    [PersonalData(Category.TechnicalIdentifier, Retention = "PT10M", Purposes = Purpose.ServiceDelivery)]
    public string? Ip { get; init; }
}
