using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>
/// Preferences for personalised offers ("personificatie van marketing en/of aanbiedingen"): only with consent
/// (AVG art. 6(1)(a); Tw art. 11.5 and 11.7). A profile without consent, because the person never opted in or withdrew,
/// keeps nothing for marketing (art. 7(3)); with consent it is kept until two years after its last update, then it
/// is stale and goes (art. 5(1)(e)).
/// </summary>
public partial class MarketingProfile
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P2Y", Purposes = Purpose.Marketing)]
    public string CustomerNumber { get; set; } = string.Empty;

    [PersonalData(Category.Marketing, Retention = "P2Y", Purposes = Purpose.Marketing, Format = DataFormat.FreeText)]
    public string Interests { get; set; } = string.Empty;

    /// <summary>
    /// Since when the person consents to personalised offers, which shows the consent (art. 7(1)); empty when they never
    /// opted in, and emptied when they withdraw.
    /// </summary>
    [ConsentRecord(Purpose.Marketing)]
    [PersonalData(Category.Marketing, Retention = "P2Y", Purposes = Purpose.Marketing, Format = DataFormat.Timestamp)]
    public Instant? ConsentGiven { get; set; }

    [RetentionAnchor(Dutch = "na de laatste wijziging van het profiel", English = "after the profile was last updated")]
    [NotPersonalData("When the profile was last updated.")]
    public Instant LastUpdated { get; set; }
}
