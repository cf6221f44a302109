using NodaTime;

namespace Privacy.Policy.Benchmarks;

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
}
