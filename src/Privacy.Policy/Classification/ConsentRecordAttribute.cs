using System;

namespace Privacy.Policy;

/// <summary>
/// Marks the member that records a person's consent to the given purposes (GDPR art. 7(1): the controller must be
/// able to show the consent). A <see cref="bool"/> says whether they consented; a date or time (NodaTime's
/// <c>Instant</c>, <c>LocalDate</c>, ..., nullable) says since when, <see langword="null"/> meaning no consent.
/// </summary>
/// <remarks>
/// A record without consent for a purpose whose legal basis is <see cref="LegalBasis.Consent"/> keeps nothing for that
/// purpose: its consent-only members are due for erasure at once (art. 6(1)(a), 7(3)). A type with a member processed
/// on consent and no <c>[ConsentRecord]</c> for that purpose fails the build (PRIV012). The member counts as
/// classified for PRIV001. The member says whether consent holds now; the evidence of it (who consented to which
/// text, when, through which channel, and when they withdrew) is kept by <see cref="ConsentLedger"/> (docs/consent.md),
/// whose answers a service copies into the member.
/// </remarks>
/// <example>
/// <code>
/// [ConsentRecord(Purpose.Marketing)]
/// public Instant? MarketingConsentGiven { get; set; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class ConsentRecordAttribute : Attribute
{
    /// <summary>Marks the member recording consent to <paramref name="purposes"/>.</summary>
    /// <param name="purposes">The purposes the consent covers, such as <see cref="Purpose.Marketing"/>.</param>
    public ConsentRecordAttribute(Purpose purposes) => Purposes = purposes;

    /// <summary>The purposes the consent covers.</summary>
    public Purpose Purposes { get; }
}
