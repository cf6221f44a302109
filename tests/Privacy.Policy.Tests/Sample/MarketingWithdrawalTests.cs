using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MisterVoip;
using MisterVoip.Domain;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Privacy.Policy.Tests.Sample;

/// <summary>
/// Issue 16, item 6: withdrawal starts the retention the member declares for it. The sample's marketing profile is
/// kept one day after consent was withdrawn (the instant the ledger recorded), then it goes (GDPR art. 7(3),
/// 17(1)(b)); without that instant it goes at once.
/// </summary>
public sealed class MarketingWithdrawalTests
{
    private static readonly Instant Withdrawn = Instant.FromUtc(2027, 3, 1, 10, 0);

    private static MarketingProfile Profile() => new()
    {
        Id = 1,
        CustomerNumber = "MV-100001",
        Interests = "zeilen, jazz",
        ConsentGiven = Withdrawn - Duration.FromDays(40),
        LastUpdated = Withdrawn - Duration.FromDays(10),
    };

    /// <summary>The profile after a withdrawal through the portal at <see cref="Withdrawn"/>, its instant from the ledger.</summary>
    private static async Task<(MarketingProfile Profile, ConsentLedger Ledger, FakeClock Clock)> WithdrawnProfileAsync()
    {
        var clock = new FakeClock(Withdrawn - Duration.FromDays(40));
        var ledger = new ConsentLedger(new InMemoryConsentLedgerStore(), clock);
        MarketingProfile profile = Profile();
        await ledger.GiveAsync(profile.CustomerNumber, Purpose.Marketing, ConsentChannel.Portal, "marketing-2027-01");
        clock.Reset(Withdrawn);
        await MarketingConsent.WithdrawAsync(ledger, profile, ConsentChannel.Portal);
        return (profile, ledger, clock);
    }

    [Fact]
    public async Task The_profile_is_kept_a_day_after_the_withdrawal_and_then_goes()
    {
        (MarketingProfile profile, ConsentLedger ledger, FakeClock clock) = await WithdrawnProfileAsync();
        Assert.Equal(Withdrawn, profile.ConsentWithdrawn);
        Assert.Null(profile.ConsentGiven);

        // Processing stops at once: the ledger refuses it from the withdrawal on (art. 7(3)).
        await Assert.ThrowsAsync<ConsentRequiredException>(async () => await ledger.RequireConsentAsync(profile.CustomerNumber, Purpose.Marketing));

        clock.Reset(Withdrawn + Duration.FromHours(23));
        RetentionDecision kept = MisterVoipPolicy.Create(clock).EvaluateRetention(profile);
        Assert.NotEqual(RetentionAction.Delete, kept.Action);
        Assert.DoesNotContain(nameof(MarketingProfile.Interests), kept.ExpiredMembers);
        Assert.Equal(Withdrawn + Duration.FromDays(1), kept.NextChangeAt);

        clock.Reset(Withdrawn + Duration.FromDays(1));
        RetentionDecision gone = MisterVoipPolicy.Create(clock).EvaluateRetention(profile);
        Assert.Equal(RetentionAction.Delete, gone.Action);
        Assert.Null(gone.NextChangeAt);
    }

    [Fact]
    public async Task Without_the_withdrawal_instant_the_profile_goes_at_once()
    {
        (MarketingProfile profile, _, FakeClock clock) = await WithdrawnProfileAsync();
        profile.ConsentWithdrawn = null; // a withdrawal whose instant was never copied from the ledger: fail closed

        Assert.Equal(RetentionAction.Delete, MisterVoipPolicy.Create(clock).EvaluateRetention(profile).Action);
    }

    [Fact]
    public void With_consent_the_profile_is_kept_until_it_is_stale()
    {
        var clock = new FakeClock(Withdrawn);
        MarketingProfile profile = Profile();

        Assert.Equal(RetentionAction.Keep, MisterVoipPolicy.Create(clock).EvaluateRetention(profile).Action);
    }

    /// <summary>Once erased or deleted, a member stays so later on: retention only ever takes more as time passes.</summary>
    [Property(MaxTest = 200)]
    public Property Retention_after_withdrawal_is_monotone_in_time()
        => Prop.ForAll(Gen.Choose(-600, 3000).ToArbitrary(), Gen.Choose(0, 3000).ToArbitrary(), (earlierMinutes, laterMinutes) =>
        {
            (MarketingProfile profile, _, FakeClock clock) = WithdrawnProfileAsync().GetAwaiter().GetResult();
            clock.Reset(Withdrawn + Duration.FromMinutes(earlierMinutes));
            RetentionDecision earlier = MisterVoipPolicy.Create(clock).EvaluateRetention(profile);
            clock.Reset(Withdrawn + Duration.FromMinutes(earlierMinutes + laterMinutes));
            RetentionDecision later = MisterVoipPolicy.Create(clock).EvaluateRetention(profile);

            bool interestsGone = later.ExpiredMembers.Contains(nameof(MarketingProfile.Interests));
            bool expectedGone = earlierMinutes + laterMinutes >= 24 * 60;
            return (earlier.Action != RetentionAction.Delete || later.Action == RetentionAction.Delete)
                   && earlier.ExpiredMembers.All(later.ExpiredMembers.Contains)
                   && interestsGone == expectedGone
                   && (later.Action == RetentionAction.Delete) == expectedGone;
        });
}
