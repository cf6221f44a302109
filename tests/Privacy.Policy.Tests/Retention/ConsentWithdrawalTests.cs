using System.Linq;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Retention;

/// <summary>
/// Without consent, what rests on consent alone is due for erasure at once, whatever its period (GDPR art. 6(1)(a),
/// 7(3), 17(1)(b)); what another basis also holds keeps its period.
/// </summary>
public sealed class ConsentWithdrawalTests
{
    private static readonly Instant Since = Instant.FromUtc(2026, 1, 10, 9, 0);
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 12, 0);

    private static OfferSubscription Subscription(Instant? consent) => new()
    {
        CustomerId = "C-1",
        Since = Since,
        OffersConsentGiven = consent,
        Interests = "zeilen",
        Email = "jan@example.nl",
    };

    [Fact]
    public void Without_consent_the_consent_only_member_expires_and_the_one_another_basis_holds_stays()
    {
        RetentionDecision decision = TestPolicies.Create(Now).EvaluateRetention(Subscription(consent: null));

        Assert.Equal(RetentionAction.EraseMembers, decision.Action);
        Assert.Equal([nameof(OfferSubscription.Interests)], decision.ExpiredMembers);
        Assert.True(decision.NextChangeAt > Now); // the e-mail address's own period still runs
    }

    [Fact]
    public void With_consent_the_periods_decide()
    {
        RetentionDecision decision = TestPolicies.Create(Now).EvaluateRetention(Subscription(consent: Since));

        Assert.Equal(RetentionAction.Keep, decision.Action);
        Assert.Empty(decision.ExpiredMembers);
    }

    [Fact]
    public void A_record_whose_every_member_rests_on_withheld_consent_is_deleted()
    {
        var profile = new ConsentOnlyProfile { CustomerId = "C-1", Created = Since, OptedIn = false, Interests = "zeilen" };

        RetentionDecision refused = TestPolicies.Create(Now).EvaluateRetention(profile);
        RetentionDecision unknown = TestPolicies.Create(Now).EvaluateRetention(profile with { OptedIn = null });
        RetentionDecision given = TestPolicies.Create(Now).EvaluateRetention(profile with { OptedIn = true });

        Assert.Equal(RetentionAction.Delete, refused.Action);
        Assert.Equal(RetentionAction.Delete, unknown.Action);
        Assert.Equal(RetentionAction.Keep, given.Action);
    }

    [Fact]
    public void The_generated_reader_names_the_purposes_without_consent()
    {
        Assert.Equal(Purpose.Marketing, OfferSubscription.GetPurposesWithoutConsent(Subscription(consent: null)));
        Assert.Equal(Purpose.None, OfferSubscription.GetPurposesWithoutConsent(Subscription(consent: Since)));
    }

    [Fact]
    public void Erasure_erases_the_consent_only_member()
    {
        ErasureResult<OfferSubscription> erased = TestPolicies.Create(Now).Erase(Subscription(consent: null));

        Assert.True(string.IsNullOrEmpty(erased.Value.Interests));
        Assert.Contains(nameof(OfferSubscription.Interests), erased.Erased);
        Assert.DoesNotContain(erased.Retained, retained => retained.Member == nameof(OfferSubscription.Interests));
    }

    private static readonly Instant Withdrawn = Instant.FromUtc(2026, 2, 27, 12, 0);

    private static WithdrawalProfile Withdrawal(Instant? withdrawn) => new()
    {
        CustomerId = "C-1",
        Created = Since,
        OptedIn = false,
        Withdrawn = withdrawn,
        Interests = "zeilen",
        Notes = "belt liever niet",
        Segment = "jong gezin",
    };

    [Fact]
    public void A_member_counted_from_the_withdrawal_is_kept_its_period_after_it_and_no_longer_than_thirty_days()
    {
        // Within the day: the member a day from the withdrawal waits; one past 30 days, or without a period from it, goes now.
        RetentionDecision within = TestPolicies.Create(Withdrawn + Duration.FromHours(23)).EvaluateRetention(Withdrawal(Withdrawn));
        Assert.Equal(RetentionAction.EraseMembers, within.Action);
        Assert.Equal([nameof(WithdrawalProfile.Notes), nameof(WithdrawalProfile.Segment)], within.ExpiredMembers);
        Assert.Equal(Withdrawn + Duration.FromDays(1), within.NextChangeAt);

        // A day after it nothing is left: the record goes.
        RetentionDecision after = TestPolicies.Create(Withdrawn + Duration.FromDays(1)).EvaluateRetention(Withdrawal(Withdrawn));
        Assert.Equal(RetentionAction.Delete, after.Action);
    }

    [Fact]
    public void Without_the_withdrawal_instant_the_member_counted_from_it_goes_at_once()
        => Assert.Equal(RetentionAction.Delete, TestPolicies.Create(Now).EvaluateRetention(Withdrawal(withdrawn: null)).Action);
}
