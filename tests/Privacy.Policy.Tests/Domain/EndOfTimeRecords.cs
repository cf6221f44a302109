using System;
using NodaTime;

namespace Privacy.Policy.Tests.Domain;

/// <summary>A contract anchored on a <c>Instant</c>, which may be an open-ended sentinel at the end of time.</summary>
public sealed partial record InstantAnchored
{
    [DataSubject]
    public string CustomerId { get; init; } = "C-100234";

    [RetentionAnchor]
    [NotPersonalData("When the contract ends; a sentinel when it is open.")]
    public Instant EndsAt { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }

    [PersonalData(Category.Usage, Retention = "PT1H", Purposes = Purpose.Billing)]
    public string? Note { get; init; }
}

/// <summary>A contract anchored on a <c>LocalDate</c>, which may be an open-ended sentinel at the end of time.</summary>
public sealed partial record LocalDateAnchored
{
    [DataSubject]
    public string CustomerId { get; init; } = "C-100234";

    [RetentionAnchor]
    [NotPersonalData("When the contract ends; a sentinel when it is open.")]
    public LocalDate EndsAt { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }

    [PersonalData(Category.Usage, Retention = "PT1H", Purposes = Purpose.Billing)]
    public string? Note { get; init; }
}

/// <summary>A contract anchored on a <c>LocalDateTime</c>, which may be an open-ended sentinel at the end of time.</summary>
public sealed partial record LocalDateTimeAnchored
{
    [DataSubject]
    public string CustomerId { get; init; } = "C-100234";

    [RetentionAnchor]
    [NotPersonalData("When the contract ends; a sentinel when it is open.")]
    public LocalDateTime EndsAt { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }

    [PersonalData(Category.Usage, Retention = "PT1H", Purposes = Purpose.Billing)]
    public string? Note { get; init; }
}

/// <summary>A contract anchored on a <c>ZonedDateTime</c>, which may be an open-ended sentinel at the end of time.</summary>
public sealed partial record ZonedAnchored
{
    [DataSubject]
    public string CustomerId { get; init; } = "C-100234";

    [RetentionAnchor]
    [NotPersonalData("When the contract ends; a sentinel when it is open.")]
    public ZonedDateTime EndsAt { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }

    [PersonalData(Category.Usage, Retention = "PT1H", Purposes = Purpose.Billing)]
    public string? Note { get; init; }
}

/// <summary>A contract anchored on a <c>OffsetDateTime</c>, which may be an open-ended sentinel at the end of time.</summary>
public sealed partial record OffsetAnchored
{
    [DataSubject]
    public string CustomerId { get; init; } = "C-100234";

    [RetentionAnchor]
    [NotPersonalData("When the contract ends; a sentinel when it is open.")]
    public OffsetDateTime EndsAt { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }

    [PersonalData(Category.Usage, Retention = "PT1H", Purposes = Purpose.Billing)]
    public string? Note { get; init; }
}

/// <summary>A contract anchored on a <c>DateTimeOffset</c>, which may be an open-ended sentinel at the end of time.</summary>
public sealed partial record DateTimeOffsetAnchored
{
    [DataSubject]
    public string CustomerId { get; init; } = "C-100234";

    [RetentionAnchor]
    [NotPersonalData("When the contract ends; a sentinel when it is open.")]
    public DateTimeOffset EndsAt { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }

    [PersonalData(Category.Usage, Retention = "PT1H", Purposes = Purpose.Billing)]
    public string? Note { get; init; }
}

/// <summary>A contract anchored on a <c>DateTime</c>, which may be an open-ended sentinel at the end of time.</summary>
public sealed partial record DateTimeAnchored
{
    [DataSubject]
    public string CustomerId { get; init; } = "C-100234";

    [RetentionAnchor]
    [NotPersonalData("When the contract ends; a sentinel when it is open.")]
    public DateTime EndsAt { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }

    [PersonalData(Category.Usage, Retention = "PT1H", Purposes = Purpose.Billing)]
    public string? Note { get; init; }
}

/// <summary>A contract anchored on a <c>Instant?</c>, which may be an open-ended sentinel at the end of time.</summary>
public sealed partial record NullableInstantAnchored
{
    [DataSubject]
    public string CustomerId { get; init; } = "C-100234";

    [RetentionAnchor]
    [NotPersonalData("When the contract ends; a sentinel when it is open.")]
    public Instant? EndsAt { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }

    [PersonalData(Category.Usage, Retention = "PT1H", Purposes = Purpose.Billing)]
    public string? Note { get; init; }
}

/// <summary>A contract anchored on a <c>LocalDate?</c>, which may be an open-ended sentinel at the end of time.</summary>
public sealed partial record NullableLocalDateAnchored
{
    [DataSubject]
    public string CustomerId { get; init; } = "C-100234";

    [RetentionAnchor]
    [NotPersonalData("When the contract ends; a sentinel when it is open.")]
    public LocalDate? EndsAt { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }

    [PersonalData(Category.Usage, Retention = "PT1H", Purposes = Purpose.Billing)]
    public string? Note { get; init; }
}

/// <summary>A contract anchored on a <c>DateTime?</c>, which may be an open-ended sentinel at the end of time.</summary>
public sealed partial record NullableDateTimeAnchored
{
    [DataSubject]
    public string CustomerId { get; init; } = "C-100234";

    [RetentionAnchor]
    [NotPersonalData("When the contract ends; a sentinel when it is open.")]
    public DateTime? EndsAt { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }

    [PersonalData(Category.Usage, Retention = "PT1H", Purposes = Purpose.Billing)]
    public string? Note { get; init; }
}
