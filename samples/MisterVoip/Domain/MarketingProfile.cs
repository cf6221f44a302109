using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>
/// Preferences for personalised offers ("personificatie van marketing en/of aanbiedingen"): only with consent
/// (AVG art. 6(1)(a); Tw art. 11.5 and 11.7). A profile without consent keeps nothing for marketing (art. 7(3)): when
/// the person never opted in, or the withdrawal's instant is unknown, it goes at once; after a withdrawal recorded
/// in the ledger (<see cref="MarketingConsent.WithdrawAsync"/>) the interests are kept one day after it, so the
/// withdrawal reaches every system before the profile is gone, and then it goes (art. 17(1)(b)). With consent it is kept until
/// two years after its last update: then its consent record is stale and goes, and the rest with it (art. 5(1)(e)).
/// </summary>
public partial class MarketingProfile
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P2Y", Purposes = Purpose.Marketing)]
    public string CustomerNumber { get; set; } = string.Empty;

    /// <summary>What the person is interested in; kept one day after consent was withdrawn (<see cref="ConsentWithdrawn"/>).</summary>
    [PersonalData(Category.Marketing, Retention = "P1D", RetentionFrom = nameof(ConsentWithdrawn), Purposes = Purpose.Marketing, Format = DataFormat.FreeText)]
    public string Interests { get; set; } = string.Empty;

    /// <summary>
    /// Since when the person consents to personalised offers, which shows the consent (art. 7(1)); empty when they never
    /// opted in, and emptied when they withdraw.
    /// </summary>
    [ConsentRecord(Purpose.Marketing)]
    [PersonalData(Category.Marketing, Retention = "P2Y", Purposes = Purpose.Marketing, Format = DataFormat.Timestamp)]
    public Instant? ConsentGiven { get; set; }

    /// <summary>
    /// When the person withdrew that consent, as the consent ledger recorded it (<c>ConsentLedger.FindWithdrawalAsync</c>):
    /// empty while consent holds, or when it was never given. The interests are kept one day after it.
    /// </summary>
    [RetentionMoment(Dutch = "na intrekking van de toestemming", English = "after consent was withdrawn")]
    [NotPersonalData("When consent to personalised offers was withdrawn.")]
    public Instant? ConsentWithdrawn { get; set; }

    [RetentionAnchor(Dutch = "na de laatste wijziging van het profiel", English = "after the profile was last updated")]
    [NotPersonalData("When the profile was last updated.")]
    public Instant LastUpdated { get; set; }
}
