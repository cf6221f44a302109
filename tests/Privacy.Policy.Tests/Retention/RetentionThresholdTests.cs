using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Retention;

/// <summary>The thresholds a set-based sweep compares the anchor column with agree with the decision per record.</summary>
public sealed class RetentionThresholdTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    [Property(MaxTest = 300)]
    public Property A_dated_record_expires_exactly_when_its_anchor_is_at_or_before_the_threshold()
        => Prop.ForAll(Gen.Choose(0, 4000).ToArbitrary(), Gen.Choose(0, 4000).ToArbitrary(), (bookedDay, nowDay) =>
        {
            var record = new DatedRecord { BookedOn = new LocalDate(2020, 1, 1).PlusDays(bookedDay) };
            Instant now = new LocalDate(2020, 1, 1).PlusDays(nowDay).AtMidnight().InZoneLeniently(Amsterdam).ToInstant() + Duration.FromHours(13);
            IPrivacyPolicy policy = TestPolicies.Create(now);

            var expired = policy.EvaluateRetention(record).ExpiredMembers.ToHashSet();
            return policy.GetRetentionThresholds<DatedRecord>()
                .All(threshold => (record.BookedOn.AtMidnight() <= threshold.ExpiredUpTo) == expired.Contains(threshold.Member))
                .Label($"booked {record.BookedOn}, now {now}");
        });

    [Property(MaxTest = 300)]
    public Property A_session_anchored_at_an_instant_agrees_across_daylight_saving()
        => Prop.ForAll(Gen.Choose(0, 2000 * 24).ToArbitrary(), Gen.Choose(0, 72 * 60).ToArbitrary(), (startHour, minutesLater) =>
        {
            Instant started = Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromHours(startHour) + Duration.FromMinutes(startHour % 60);
            Instant now = started + Duration.FromMinutes(minutesLater);
            var session = new DailySession { Started = started };
            IPrivacyPolicy policy = TestPolicies.Create(now);

            var expired = policy.EvaluateRetention(session).ExpiredMembers.ToHashSet();
            LocalDateTime local = started.InZone(Amsterdam).LocalDateTime;
            return policy.GetRetentionThresholds<DailySession>()
                .All(threshold => (local <= threshold.ExpiredUpTo) == expired.Contains(threshold.Member))
                .Label($"started {started}, now {now}");
        });

    [Fact]
    public void Thresholds_are_listed_for_members_with_a_retention_only()
    {
        IPrivacyPolicy policy = TestPolicies.Create(Instant.FromUtc(2026, 11, 29, 12, 0));

        Assert.Equal(["OneYear", "OneMonth", "FourYears"], policy.GetRetentionThresholds<DatedRecord>().Select(threshold => threshold.Member));
        Assert.Equal(new LocalDateTime(2025, 11, 29, 13, 0), policy.GetRetentionThresholds<DatedRecord>()[0].ExpiredUpTo);
    }
}
