using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

// The pre-issue-14 shape the sweep and subject-erasure tests assert on (call detail kept seven years for bookkeeping,
// an IMSI kept three months): Telecommunicatiewet art. 11.5 does not allow it (PRIV024, PRIV025), but these tests are
// about the SQL that enforces whatever periods a type declares.
#pragma warning disable PRIV024, PRIV025

/// <summary>A call detail record as a table row.</summary>
public partial class CallRow
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
