using System;
using NodaTime;

namespace Privacy.Policy.Tests.Domain;

/// <summary>A record anchored on a date, with yearly retention: for 29 February and month ends.</summary>
public sealed partial record DatedRecord
{
    [RetentionAnchor]
    [NotPersonalData("The booking date; the members below are what is kept.")]
    public LocalDate BookedOn { get; init; }

    [PersonalData(Category.Payment, Retention = "P1Y", Purposes = Purpose.Billing)]
    public string? OneYear { get; init; }

    [PersonalData(Category.Payment, Retention = "P1M", Purposes = Purpose.Billing)]
    public string? OneMonth { get; init; }

    [PersonalData(Category.Payment, Retention = "P4Y", Purposes = Purpose.Bookkeeping)]
    public string? FourYears { get; init; }
}

// Its two-day IpAddress tests the end-of-day arithmetic across two local days, not a telecom retention.
#pragma warning disable PRIV024

/// <summary>A session anchored at an instant whose retention starts at the end of its day in the configured zone.</summary>
public sealed partial record DailySession
{
    [RetentionAnchor(Start = RetentionStart.EndOfDay)]
    [NotPersonalData("The moment retention counts from.")]
    public Instant Started { get; init; }

    [PersonalData(Category.Usage, Retention = "PT48H", Purposes = Purpose.ServiceDelivery)]
    public string? IpAddress { get; init; }

    [PersonalData(Category.Usage, Retention = "P1D", Purposes = Purpose.ServiceDelivery)]
    public string? CellId { get; init; }
}

#pragma warning disable PRIV012 // A retention fixture: how consent is recorded is not what it tests.
#pragma warning disable PRIV015 // Interests has no retention on purpose: such a record is never deleted.

/// <summary>A record whose anchor may be missing, or a DateTime whose kind may not be UTC.</summary>
public sealed partial record LooseRecord
{
    [RetentionAnchor]
    [NotPersonalData("When the record was made, if known.")]
    public DateTime? MadeAt { get; init; }

    [PersonalData(Category.Marketing, Retention = "P30D", Purposes = Purpose.Marketing)]
    public string? Segment { get; init; }

    [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
    public string? Interests { get; init; }
}

#pragma warning restore PRIV012
#pragma warning restore PRIV015

/// <summary>
/// An invoice whose anchor is itself personal data with a shorter retention than the bookkeeping member: the anchor
/// must stay as long as anything is counted from it.
/// </summary>
public sealed partial record ShortAnchorInvoice
{
    [NotPersonalData("A row number.")]
    public long Id { get; init; }

    [RetentionAnchor]
    [PersonalData(Category.Usage, Retention = "P1Y", Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public Instant IssuedAt { get; init; }

    [PersonalData(Category.Usage, Retention = "P6M", Purposes = Purpose.Billing)]
    public string? CalledNumber { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }
}

/// <summary>A record whose data subject is a <see cref="System.Guid"/>.</summary>
public sealed partial record GuidSubjectRecord
{
    [DataSubject]
    public System.Guid CustomerKey { get; init; }

    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public string? Note { get; init; }
}

/// <summary>
/// A subject id and an anchor that are personal data without a retention of their own, beside a member kept six
/// months and one a legal obligation keeps seven years: the two follow the longest-lived member.
/// </summary>
public sealed partial record FollowingRecord
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing, Redaction = RedactionKind.Pseudonymize)]
    public string? CustomerId { get; init; }

    [RetentionAnchor]
    [PersonalData(Category.Usage, Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public Instant? CalledAt { get; init; }

    [PersonalData(Category.Usage, Retention = "P6M", Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public string? CallingNumber { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }
}

/// <summary>A subject id with a retention of its own, longer than the rest of its record: it keeps its own.</summary>
public sealed partial record LongLivedSubjectRecord
{
    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P10Y", Purposes = Purpose.Bookkeeping)]
    public long CustomerNumber { get; init; }

    [RetentionAnchor]
    [NotPersonalData("When the record was made.")]
    public LocalDate MadeOn { get; init; }

    [PersonalData(Category.Usage, Retention = "P1Y", Purposes = Purpose.Billing)]
    public string? Note { get; init; }
}

#pragma warning disable PRIV015 // The fixture: a record whose only personal data is its subject id, without a retention.

/// <summary>A record whose only personal data is its subject id, without a retention: nothing to follow, never deleted.</summary>
public sealed partial record SubjectOnlyRecord
{
    [DataSubject]
    public string CustomerId { get; init; } = "";

    [RetentionAnchor]
    [NotPersonalData("When the order was placed.")]
    public Instant PlacedAt { get; init; }

    [NotPersonalData("An amount, not a person.")]
    public decimal Amount { get; init; }
}

#pragma warning restore PRIV015
