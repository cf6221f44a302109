using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>
/// A contract whose end is personal data kept a month, and whose address counts from that end: the end goes with the
/// row, never on its own, or the address would look still in use for ever.
/// </summary>
public partial class EndedContractRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [RetentionAnchor]
    [NotPersonalData("When the contract started.")]
    public Instant StartedAt { get; set; }

    [PersonalData(Category.Usage, Retention = "P1M", Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public Instant? EndedAt { get; set; }

    [PersonalData(Category.Contact, Retention = "P2Y", RetentionFrom = nameof(EndedAt), Purposes = Purpose.Billing, Format = DataFormat.PostalAddress)]
    public string? Address { get; set; }
}
