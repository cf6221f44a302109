using NodaTime;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>Preferences for personalised offers, kept until consent ends.</summary>
public partial class MarketingProfile
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P1D", Purposes = Purpose.Marketing)]
    public string CustomerNumber { get; set; } = string.Empty;

    [PersonalData(Category.Marketing, Retention = "P1D", Purposes = Purpose.Marketing, Format = DataFormat.FreeText)]
    public string Interests { get; set; } = string.Empty;

    // The record of consent (GDPR art. 7(1)): false means no consent, and the profile goes at once (art. 7(3)).
    [ConsentRecord(Purpose.Marketing)]
    [PersonalData(Category.Marketing, Retention = "P1D", Purposes = Purpose.Marketing)]
    public bool WantsOffers { get; set; }

    /// <summary>While consent stands there is no anchor: the profile is kept. A day after withdrawal it is gone.</summary>
    [RetentionAnchor(Dutch = "na intrekking van de toestemming", English = "after consent is withdrawn")]
    [NotPersonalData("When consent was withdrawn.")]
    public Instant? ConsentWithdrawn { get; set; }
}
