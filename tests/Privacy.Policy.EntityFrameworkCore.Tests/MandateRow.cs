using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

#pragma warning disable PRIV012 // The segment tests that consent-based data of an active customer is still erased, not how consent is recorded.

/// <summary>
/// A SEPA direct-debit mandate as a table row: its IBAN is kept while the mandate is in use and 13 months after the
/// last collection, its reference seven years after the end of that book year; its marketing segment rests on consent.
/// </summary>
public partial class MandateRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing)]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor]
    [NotPersonalData("When the mandate was signed.")]
    public Instant SignedAt { get; set; }

    [NotPersonalData("The last collection under the mandate: empty while it is in use.")]
    public Instant? LastCollectionAt { get; set; }

    [PersonalData(Category.Payment, Retention = "P13M", RetentionFrom = nameof(LastCollectionAt), Purposes = Purpose.Billing, Format = DataFormat.Iban)]
    public string? Iban { get; set; }

    [PersonalData(Category.Payment, Retention = "P7Y", RetentionFrom = nameof(LastCollectionAt), RetentionFromStart = RetentionStart.EndOfYear, Purposes = Purpose.Bookkeeping)]
    public string? Reference { get; set; }

    [PersonalData(Category.Marketing, Retention = "P1Y", RetentionFrom = nameof(LastCollectionAt), Purposes = Purpose.Marketing)]
    public string? Segment { get; set; }

    [PersonalData(Category.Identity, Retention = "P2Y", Purposes = Purpose.Billing, Format = DataFormat.PersonName)]
    public string? SignedBy { get; set; }
}

#pragma warning restore PRIV012
