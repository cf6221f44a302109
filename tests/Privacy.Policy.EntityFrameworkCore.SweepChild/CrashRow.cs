using NodaTime;

// The sweep tests' call record (the periods of before issue 14, PRIV024/PRIV025): what is tested is that a sweep
// killed and run again ends where one sweep ends, whatever the periods.
#pragma warning disable PRIV024, PRIV025

namespace Privacy.Policy.EntityFrameworkCore.SweepChild;

/// <summary>A call detail record as a table row.</summary>
public partial class CrashRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P2Y", Purposes = Purpose.Billing)]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor]
    [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Timestamp)]
    public Instant? CallStart { get; set; }

    [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.PhoneNumber)]
    public string CalledNumber { get; set; } = string.Empty;

    [PersonalData(Category.Usage, Retention = "P6M", Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public string? CallingNumber { get; set; }

    [PersonalData(Category.TechnicalIdentifier, Retention = "P3M", Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi)]
    public string? Imsi { get; set; }

    [PersonalData(Category.Usage, Retention = "P6M", Purposes = Purpose.Billing)]
    public int DurationSeconds { get; set; }
}
