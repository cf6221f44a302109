using System;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>
/// Offers and remote help on consent, each recorded on the row: what rests on a consent alone goes when its record
/// says no (false, or null), and the row with it when nothing else is left.
/// </summary>
public partial class OfferRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor]
    [NotPersonalData("When the offers began.")]
    public Instant Since { get; set; }

    [ConsentRecord(Purpose.Marketing)]
    public bool? OffersOptIn { get; set; }

    [ConsentRecord(Purpose.Support)]
    public DateTimeOffset? RemoteHelpConsentGiven { get; set; }

    [PersonalData(Category.Marketing, Retention = "P2Y", Purposes = Purpose.Marketing, Format = DataFormat.FreeText)]
    public string? Interests { get; set; }

    [PersonalData(Category.Correspondence, Retention = "P2Y", Purposes = Purpose.Support, LegalBasis = LegalBasis.Consent, Format = DataFormat.FreeText)]
    public string? ScreenNotes { get; set; }

    [NotPersonalData("When the offers were withdrawn, from the consent ledger; empty while consent holds.")]
    public Instant? OffersWithdrawn { get; set; }

    /// <summary>Kept one day after the offers were withdrawn (GDPR art. 17(1)(b)); at once when that instant is empty.</summary>
    [PersonalData(Category.Marketing, Retention = "P1D", RetentionFrom = nameof(OffersWithdrawn), Purposes = Purpose.Marketing, Format = DataFormat.FreeText)]
    public string? OfferNote { get; set; }
}
