using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

// The shape the README's quick start had before issue 14 (a called number kept seven years for bookkeeping), kept for
// the sweep's seven-year arithmetic. PRIV025 is the rule that shape breaks; the README now keeps the number for
// billing, counted from the invoice.
#pragma warning disable PRIV025

/// <summary>
/// The README's original quick-start type as a table row (with a row number for the batches): a subject id and an anchor
/// without a retention of their own, and one member kept seven years. The number is masked rather than pseudonymised
/// here: a pseudonym needs a key these tests' policy does not set, and redaction is not what they test.
/// </summary>
public partial class QuickStartCallRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    public string CustomerId { get; set; } = "";

    [RetentionAnchor]
    public Instant CallStart { get; set; }

    [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping,
                  Format = DataFormat.PhoneNumber)]
    public string CalledNumber { get; set; } = "";

    [NotPersonalData(Reason = "a tariff is shared by every customer on it")]
    public int TariffPlanId { get; set; }
}
