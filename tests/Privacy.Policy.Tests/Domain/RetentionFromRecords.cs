using NodaTime;

namespace Privacy.Policy.Tests.Domain;

#pragma warning disable PRIV012 // Marketing here tests that consent-based data of an active customer is still erased, not how consent is recorded.

/// <summary>
/// A SEPA direct-debit mandate: kept while it is in use (no last collection yet) and 13 months after its last
/// collection (the payer's refund right), its bookkeeping copy seven years after the end of the book year of the
/// last collection; a marketing tag counted from the same moment rests on consent alone.
/// </summary>
public sealed partial record DebitMandate
{
    [NotPersonalData("A row number.")]
    public long Id { get; init; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing, Redaction = RedactionKind.Pseudonymize)]
    public string? CustomerId { get; init; }

    [RetentionAnchor]
    [NotPersonalData("When the mandate was signed.")]
    public LocalDate SignedOn { get; init; }

    [NotPersonalData("The last collection under the mandate: empty while it is in use.")]
    public LocalDate? LastCollection { get; init; }

    [PersonalData(Category.Payment, Retention = "P13M", RetentionFrom = nameof(LastCollection), Purposes = Purpose.Billing, Format = DataFormat.Iban)]
    public string? Iban { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", RetentionFrom = nameof(LastCollection), RetentionFromStart = RetentionStart.EndOfYear, Purposes = Purpose.Bookkeeping)]
    public string? MandateReference { get; init; }

    [PersonalData(Category.Marketing, Retention = "P1Y", RetentionFrom = nameof(LastCollection), Purposes = Purpose.Marketing)]
    public string? Segment { get; init; }

    [PersonalData(Category.Identity, Retention = "P13M", Purposes = Purpose.Billing, Format = DataFormat.PersonName)]
    public string? SignedBy { get; init; }
}

#pragma warning restore PRIV012

/// <summary>
/// A call whose billing data counts from its invoice (Tw art. 11.5(3)): no Retention of its own, so the bill dispute
/// window applies; the invoice date is an instant that is empty until the call is billed.
/// </summary>
public sealed partial record BilledCall
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing)]
    public string? CustomerId { get; init; }

    [RetentionAnchor]
    [NotPersonalData("When the call started.")]
    public Instant CallStart { get; init; }

    [RetentionMoment(Dutch = "na de factuurdatum", English = "after the invoice date")]
    [NotPersonalData("When the call was invoiced; empty until it is.")]
    public Instant? InvoicedAt { get; init; }

    [PersonalData(Category.Usage, RetentionFrom = nameof(InvoicedAt), Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public string? CalledNumber { get; init; }

    [PersonalData(Category.Usage, Retention = "P1D", Purposes = Purpose.ServiceDelivery)]
    public string? CellId { get; init; }
}

/// <summary>A fiscal record counted from the end of the book year its booking date falls in.</summary>
public sealed partial record BookedEntry
{
    [RetentionAnchor(Start = RetentionStart.EndOfYear)]
    [NotPersonalData("When the entry was booked.")]
    public LocalDateTime BookedAt { get; init; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; init; }

    [PersonalData(Category.Payment, Retention = "P1M", Purposes = Purpose.Bookkeeping)]
    public string? Note { get; init; }
}

/// <summary>
/// A contract whose end date is itself personal data with a short retention, and whose address counts from it: the
/// end date goes with the record, never on its own, or the address would look still in use for ever.
/// </summary>
public sealed partial record EndedContract
{
    [RetentionAnchor]
    [NotPersonalData("When the contract started.")]
    public LocalDate StartedOn { get; init; }

    [PersonalData(Category.Usage, Retention = "P1M", Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public LocalDate? EndedOn { get; init; }

    [PersonalData(Category.Contact, Retention = "P2Y", RetentionFrom = nameof(EndedOn), Purposes = Purpose.Billing, Format = DataFormat.PostalAddress)]
    public string? Address { get; init; }
}
