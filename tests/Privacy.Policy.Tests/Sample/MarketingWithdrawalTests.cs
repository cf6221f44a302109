using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MisterVoip;
using MisterVoip.Data;
using Privacy.Policy.EntityFrameworkCore;
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

    /// <summary>
    /// The EF Core sweep decides as <c>EvaluateRetention</c> does, row for row (SQLite): the profile withdrawn with its
    /// instant keeps its interests for a day, the one withdrawn without it goes at once, the consenting one stays.
    /// </summary>
    [Theory]
    [InlineData(23 * 60)]
    [InlineData(24 * 60)]
    [InlineData(3 * 24 * 60)]
    public async Task The_sweep_decides_as_the_policy_does(int minutesAfter)
    {
        string folder = Path.Combine(Path.GetTempPath(), "mistervoip-withdrawal-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        try
        {
            DbContextOptions<MisterVoipContext> db = MisterVoipDatabase.Options(Path.Combine(folder, "mistervoip.db"));
            await MisterVoipDatabase.CreateAsync(db, 1, Withdrawn, 0);
            (MarketingProfile withdrawn, _, _) = await WithdrawnProfileAsync();
            MarketingProfile unknown = Profile();
            (unknown.Id, unknown.CustomerNumber, unknown.ConsentGiven) = (2, "MV-100002", null);
            MarketingProfile consenting = Profile();
            (consenting.Id, consenting.CustomerNumber) = (3, "MV-100003");
            MarketingProfile[] before = [withdrawn, unknown, consenting];
            await using (var context = new MisterVoipContext(db))
            {
                context.MarketingProfiles.AddRange(before.Select(Copy));
                await context.SaveChangesAsync();
            }

            var clock = new FakeClock(Withdrawn + Duration.FromMinutes(minutesAfter));
            IPrivacyPolicy policy = MisterVoipPolicy.Create(clock);
            await using (var context = new MisterVoipContext(db))
            {
                await context.SweepRetentionAsync<MarketingProfile>(policy);
            }

            List<MarketingProfile> after;
            await using (var context = new MisterVoipContext(db))
            {
                after = await context.MarketingProfiles.AsNoTracking().OrderBy(row => row.Id).ToListAsync();
            }

            foreach (MarketingProfile profile in before)
            {
                RetentionDecision decision = policy.EvaluateRetention(Copy(profile));
                MarketingProfile? row = after.SingleOrDefault(kept => kept.Id == profile.Id);
                Assert.Equal(decision.Action == RetentionAction.Delete, row is null);
                if (row is not null)
                {
                    Assert.Equal(decision.ExpiredMembers.Contains(nameof(MarketingProfile.Interests)), row.Interests.Length == 0);
                }
            }

            Assert.Equal(minutesAfter >= 24 * 60, after.All(row => row.Id != withdrawn.Id)); // not vacuous: the day decides
            Assert.DoesNotContain(after, row => row.Id == unknown.Id);
            Assert.Contains(after, row => row.Id == consenting.Id && row.Interests == consenting.Interests);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static MarketingProfile Copy(MarketingProfile profile) => new()
    {
        Id = profile.Id,
        CustomerNumber = profile.CustomerNumber,
        Interests = profile.Interests,
        ConsentGiven = profile.ConsentGiven,
        ConsentWithdrawn = profile.ConsentWithdrawn,
        LastUpdated = profile.LastUpdated,
    };
}
