using NodaTime;

namespace Privacy.Policy.Tests.Domain.QuickStart;

/// <summary>
/// The README's quick-start type, as written there: a subject id and an anchor without a retention of their own, and
/// one member kept seven years. Its records must be deleted once those seven years have run out.
/// </summary>
public partial record CallRecord
{
    [DataSubject]
    public string CustomerId { get; init; } = "";

    [RetentionAnchor]
    public Instant CallStart { get; init; }

    [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping,
                  Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
    public string CalledNumber { get; init; } = "";

    [NotPersonalData(Reason = "a tariff is shared by every customer on it")]
    public int TariffPlanId { get; init; }
}
