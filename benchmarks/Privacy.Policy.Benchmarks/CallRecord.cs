using NodaTime;

namespace Privacy.Policy.Benchmarks;

// A redaction benchmark's record: how long its members are kept is not what it measures (nor, so, whether
// Telecommunicatiewet art. 11.5 allows it); its shape stays as measured so the figures compare across runs.
#pragma warning disable PRIV015, PRIV024, PRIV025

/// <summary>A call detail record with ten members, eight of them personal data.</summary>
public sealed partial record CallRecord
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing, Redaction = RedactionKind.Pseudonymize)]
    public required string CustomerId { get; init; }

    [PersonalData(Category.Usage, Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public required string CallingNumber { get; init; }

    [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
    public required string CalledNumber { get; init; }

    [RetentionAnchor]
    [PersonalData(Category.Usage, Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public Instant CallStart { get; init; }

    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public Duration Duration { get; init; }

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi)]
    public string? Imsi { get; init; }

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imei)]
    public string? Imei { get; init; }

    [PersonalData(Category.Location, Purposes = Purpose.ServiceDelivery, Format = DataFormat.GeoCoordinate)]
    public double CellLatitude { get; init; }

    [NotPersonalData]
    public int TariffPlanId { get; init; }

    [NotPersonalData]
    public bool Outgoing { get; init; }

    /// <summary>One realistic call: a Dutch mobile calling an Amsterdam number, with IMSI, IMEI and cell location.</summary>
    public static CallRecord Sample() => new()
    {
        CustomerId = "C-100234",
        CallingNumber = "06 12345678",
        CalledNumber = "+31 20 555 0199",
        CallStart = Instant.FromUtc(2026, 3, 14, 15, 9, 26),
        Duration = Duration.FromSeconds(754),
        Imsi = "204081234567890",
        Imei = "352099001761481",
        CellLatitude = 52.37403,
        TariffPlanId = 42,
        Outgoing = true,
    };
}
