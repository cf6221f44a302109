using NodaTime;

namespace Privacy.Policy.Tests.Domain;

/// <summary>
/// A profile resting on consent alone whose members count from the withdrawal: one a day after it, one past the
/// 30 days erasure may wait (GDPR art. 17(1)(b)), and one with no period from it.
/// </summary>
public partial record WithdrawalProfile
{
    [DataSubject]
    public string CustomerId { get; init; } = string.Empty;

    [RetentionAnchor]
    [NotPersonalData("When the profile was made.")]
    public Instant Created { get; init; }

    [ConsentRecord(Purpose.Marketing)]
    public bool? OptedIn { get; init; }

    [NotPersonalData("When consent was withdrawn; empty while it holds.")]
    public Instant? Withdrawn { get; init; }

    [PersonalData(Category.Marketing, Retention = "P1D", RetentionFrom = nameof(Withdrawn), Purposes = Purpose.Marketing, Format = DataFormat.FreeText)]
    public string? Interests { get; init; }

#pragma warning disable PRIV027 // the build refuses this period; the test is of the run-time backstop, which erases it at once
    [PersonalData(Category.Marketing, Retention = "P31D", RetentionFrom = nameof(Withdrawn), Purposes = Purpose.Marketing, Format = DataFormat.FreeText)]
    public string? Notes { get; init; }
#pragma warning restore PRIV027

    [PersonalData(Category.Marketing, Retention = "P1Y", Purposes = Purpose.Marketing, Format = DataFormat.FreeText)]
    public string? Segment { get; init; }
}
