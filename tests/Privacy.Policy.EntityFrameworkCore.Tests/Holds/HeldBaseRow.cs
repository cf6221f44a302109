using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Holds;

/// <summary>The base of a held hierarchy in one table (TPH).</summary>
public partial class HeldBaseRow
{
    [NotPersonalData("A row key.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P1Y", Purposes = Purpose.Billing)]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor]
    [PersonalData(Category.Usage, Retention = "P1Y", Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public Instant At { get; set; }

    [PersonalData(Category.Usage, Retention = "P1Y", Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public string? CalledNumber { get; set; }
}
