using NodaTime;

namespace Privacy.Policy.Tests.Domain.QuickStart;

// The shape the README's quick start had before issue 14 (a called number kept seven years for bookkeeping), kept for
// its retention arithmetic. PRIV025 is the rule that shape breaks; the README now keeps the number for billing,
// counted from the invoice.
#pragma warning disable PRIV025

/// <summary>
/// The README's original quick-start type: a subject id and an anchor without a retention of their own, and one member
/// kept seven years. Its records must be deleted once those seven years have run out.
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
