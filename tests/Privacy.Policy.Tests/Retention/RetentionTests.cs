using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Generated;
using Xunit;
using QuickStartCall = Privacy.Policy.Tests.Domain.QuickStart.CallRecord;

namespace Privacy.Policy.Tests.Retention;

/// <summary>Retention decisions, at the edges NodaTime's calendar arithmetic defines.</summary>
public sealed class RetentionTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    [Fact]
    public void Nothing_expired_is_keep_and_the_next_change_is_the_first_end()
    {
        var record = new DatedRecord { BookedOn = new LocalDate(2026, 1, 15), OneYear = "a", OneMonth = "b", FourYears = "c" };

        RetentionDecision decision = At(new LocalDateTime(2026, 2, 1, 0, 0)).EvaluateRetention(record);

        Assert.Equal(RetentionAction.Keep, decision.Action);
        Assert.Empty(decision.ExpiredMembers);
        Assert.Equal(Local(2026, 2, 15), decision.NextChangeAt);
    }

    [Fact]
    public void Some_expired_is_erase_members_and_all_expired_is_delete()
    {
        var record = new DatedRecord { BookedOn = new LocalDate(2026, 1, 15) };

        RetentionDecision some = At(new LocalDateTime(2027, 1, 15, 0, 0)).EvaluateRetention(record);
        RetentionDecision all = At(new LocalDateTime(2030, 1, 15, 0, 0)).EvaluateRetention(record);

        Assert.Equal(RetentionAction.EraseMembers, some.Action);
        Assert.Equal(["OneYear", "OneMonth"], some.ExpiredMembers);
        Assert.Equal(Local(2030, 1, 15), some.NextChangeAt);
        Assert.Equal(RetentionAction.Delete, all.Action);
        Assert.Null(all.NextChangeAt);
    }

    [Fact]
    public void An_anchor_with_a_shorter_retention_stays_until_its_record_is_deleted()
    {
        var invoice = new ShortAnchorInvoice { IssuedAt = Local(2024, 3, 10), CalledNumber = "0612345678", Iban = "NL91ABNA0417164300" };

        RetentionDecision afterAYear = At(new LocalDateTime(2025, 6, 1, 0, 0)).EvaluateRetention(invoice);
        RetentionDecision afterSevenYears = At(new LocalDateTime(2031, 3, 10, 0, 0)).EvaluateRetention(invoice);

        // The anchor's own year ran out, but the IBAN is still counted from it: only the number goes.
        Assert.Equal(RetentionAction.EraseMembers, afterAYear.Action);
        Assert.Equal(["CalledNumber"], afterAYear.ExpiredMembers);
        Assert.Equal(Local(2031, 3, 10), afterAYear.NextChangeAt);
        Assert.Equal(RetentionAction.Delete, afterSevenYears.Action);
        Assert.Equal(["IssuedAt", "CalledNumber", "Iban"], afterSevenYears.ExpiredMembers);
    }

    [Fact]
    public void The_end_of_a_shorter_lived_anchor_is_not_a_change()
    {
        var invoice = new ShortAnchorInvoice { IssuedAt = Local(2024, 3, 10) };

        RetentionDecision decision = At(new LocalDateTime(2024, 9, 10, 0, 0)).EvaluateRetention(invoice);

        Assert.Equal(["CalledNumber"], decision.ExpiredMembers);
        Assert.Equal(Local(2031, 3, 10), decision.NextChangeAt); // the anchor's year ending changes nothing
    }

    [Theory]
    [InlineData(2024, 2, 29, 2025, 2, 28)] // 29 February plus a year is 28 February
    [InlineData(2023, 3, 1, 2024, 3, 1)]
    public void Whole_years_from_29_february_end_on_28_february(int y, int m, int d, int ey, int em, int ed)
    {
        var record = new DatedRecord { BookedOn = new LocalDate(y, m, d) };
        Instant end = Local(ey, em, ed);

        Assert.DoesNotContain("OneYear", At(end - Duration.FromTicks(1)).EvaluateRetention(record).ExpiredMembers);
        Assert.Contains("OneYear", At(end).EvaluateRetention(record).ExpiredMembers);
    }

    [Theory]
    [InlineData(2026, 1, 31, 2026, 2, 28)] // a month from 31 January is the last day of February
    [InlineData(2024, 1, 31, 2024, 2, 29)]
    [InlineData(2026, 3, 31, 2026, 4, 30)]
    public void A_month_from_a_month_end_is_the_next_month_end(int y, int m, int d, int ey, int em, int ed)
    {
        var record = new DatedRecord { BookedOn = new LocalDate(y, m, d) };
        Assert.Equal(Local(ey, em, ed), At(Local(y, m, d)).EvaluateRetention(record).NextChangeAt);
    }

    [Fact]
    public void End_of_day_and_hours_are_counted_in_local_time_across_the_daylight_saving_change()
    {
        // Started on Saturday 28 March 2026 in Amsterdam; the clocks go forward on Sunday 29 March at 02:00.
        var session = new DailySession { Started = Instant.FromUtc(2026, 3, 28, 20, 0), IpAddress = "192.0.2.1", CellId = "cell" };
        IPrivacyPolicy policy = At(Instant.FromUtc(2026, 3, 28, 21, 0));

        // Retention counts from the end of the day, 29 March 00:00 local (23:00 UTC on the 28th). One day later is
        // 30 March 00:00 local, which is 22:00 UTC: a 23-hour calendar day. PT48H, added to the local time, ends
        // on 31 March 00:00 local, 22:00 UTC on the 30th.
        RetentionDecision decision = policy.EvaluateRetention(session);
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 22, 0), decision.NextChangeAt);
        Assert.Equal(["CellId"], At(Instant.FromUtc(2026, 3, 29, 22, 0)).EvaluateRetention(session).ExpiredMembers);
        Assert.Equal(RetentionAction.Delete, At(Instant.FromUtc(2026, 3, 30, 22, 0)).EvaluateRetention(session).Action);
    }

    [Fact]
    public void An_anchor_in_the_future_expires_nothing_yet()
    {
        var record = new DatedRecord { BookedOn = new LocalDate(2030, 6, 1) };
        RetentionDecision decision = At(new LocalDateTime(2026, 11, 29, 12, 0)).EvaluateRetention(record);

        Assert.Equal(RetentionAction.Keep, decision.Action);
        Assert.Equal(Local(2030, 7, 1), decision.NextChangeAt);
    }

    [Fact]
    public void A_missing_anchor_is_keep_and_flag_never_delete()
    {
        IPrivacyPolicy policy = At(new LocalDateTime(2099, 1, 1, 0, 0));

        RetentionDecision missing = policy.EvaluateRetention(new LooseRecord { MadeAt = null, Segment = "s" });
        RetentionDecision local = policy.EvaluateRetention(new LooseRecord { MadeAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Local), Segment = "s" });
        RetentionDecision utc = policy.EvaluateRetention(new LooseRecord { MadeAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), Segment = "s" });

        Assert.Equal(RetentionAction.Keep, missing.Action);
        Assert.True(missing.AnchorMissing);
        Assert.Null(missing.NextChangeAt);
        Assert.True(local.AnchorMissing); // a DateTime that is not UTC cannot be placed in time
        Assert.Equal(RetentionAction.EraseMembers, utc.Action); // Interests has no retention, so never Delete
        Assert.Equal(["Segment"], utc.ExpiredMembers);
    }

    [Fact]
    public void Category_defaults_give_members_without_their_own_retention_one()
    {
        var record = new LooseRecord { MadeAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        IPrivacyPolicy withDefault = At(new LocalDateTime(2028, 6, 1, 0, 0), options => options.RetentionDefaults[Category.Marketing] = "P2Y");

        Assert.Equal(RetentionAction.Delete, withDefault.EvaluateRetention(record).Action);
    }

    [Property(MaxTest = 500)]
    public Property Retention_is_monotone_next_change_is_exact_and_delete_means_all_expired()
        => Prop.ForAll(Gen.Choose(-100, 3000).ToArbitrary(), Gen.Choose(0, 3000).ToArbitrary(), Gen.Choose(0, 86_399).ToArbitrary(), (startDays, laterDays, seconds) =>
        {
            CallRecord call = GeneratedRedactTests.Call();
            Instant t = call.CallStart + Duration.FromDays(startDays) + Duration.FromSeconds(seconds);
            Instant later = t + Duration.FromDays(laterDays);
            Action<PrivacyPolicyOptions> defaults = options =>
            {
                options.RetentionDefaults[Category.Usage] = "P6M";
                options.RetentionDefaults[Category.TechnicalIdentifier] = "P3M";
                options.RetentionDefaults[Category.Location] = "P1M";
                options.RetentionDefaults[Category.Identity] = "P2Y";
            };

            RetentionDecision now = At(t, defaults).EvaluateRetention(call);
            RetentionDecision after = At(later, defaults).EvaluateRetention(call);

            bool monotone = now.ExpiredMembers.All(after.ExpiredMembers.Contains);
            bool exact = now.NextChangeAt is not { } next
                         || (At(next - Duration.FromTicks(1), defaults).EvaluateRetention(call).ExpiredMembers.SequenceEqual(now.ExpiredMembers)
                             && At(next, defaults).EvaluateRetention(call).ExpiredMembers.Count > now.ExpiredMembers.Count);
            bool deleteMeansAll = (now.Action == RetentionAction.Delete) == (now.ExpiredMembers.Count == CallRecord.Descriptor.Members.Count);
            return (monotone && exact && deleteMeansAll).Label($"t={t}, later={later}: {now} / {after}, next {now.NextChangeAt}");
        });

    [Fact]
    public void The_readme_quick_start_type_is_deleted_when_its_seven_years_have_run_out()
    {
        // Its subject id and anchor have no retention of their own: they go with the number, after seven years.
        var call = new QuickStartCall { CustomerId = "C-100234", CallStart = Instant.FromUtc(2019, 3, 14, 15, 9, 26), CalledNumber = "0612345678", TariffPlanId = 42 };
        Instant end = Instant.FromUtc(2026, 3, 14, 15, 9, 26); // 16:09:26 in Amsterdam, winter time both years

        RetentionDecision before = At(end - Duration.FromTicks(1)).EvaluateRetention(call);
        RetentionDecision at = At(end).EvaluateRetention(call);
        RetentionDecision nineYearsOn = At(Instant.FromUtc(2028, 3, 14, 0, 0)).EvaluateRetention(call);

        Assert.Equal(RetentionAction.Keep, before.Action);
        Assert.Empty(before.ExpiredMembers);
        Assert.Equal(end, before.NextChangeAt);
        Assert.Equal(RetentionAction.Delete, at.Action);
        Assert.Equal(["CustomerId", "CalledNumber"], at.ExpiredMembers);
        Assert.Null(at.NextChangeAt);
        Assert.Equal(RetentionAction.Delete, nineYearsOn.Action);
    }

    [Fact]
    public void A_subject_id_and_anchor_without_retention_stay_until_the_longest_lived_member_runs_out()
    {
        var record = new FollowingRecord { CustomerId = "C-1", CalledAt = Local(2024, 3, 10), CallingNumber = "0612345678", Iban = "NL91ABNA0417164300" };

        RetentionDecision afterAYear = At(new LocalDateTime(2025, 3, 10, 0, 0)).EvaluateRetention(record);
        RetentionDecision lastTick = At(Local(2031, 3, 10) - Duration.FromTicks(1)).EvaluateRetention(record);
        RetentionDecision sevenYears = At(new LocalDateTime(2031, 3, 10, 0, 0)).EvaluateRetention(record);

        // The number's six months ran out; the subject id and the anchor are kept while the IBAN is.
        Assert.Equal(RetentionAction.EraseMembers, afterAYear.Action);
        Assert.Equal(["CallingNumber"], afterAYear.ExpiredMembers);
        Assert.Equal(Local(2031, 3, 10), afterAYear.NextChangeAt);
        Assert.Equal(["CallingNumber"], lastTick.ExpiredMembers);
        Assert.Equal(RetentionAction.Delete, sevenYears.Action);
        Assert.Equal(["CustomerId", "CalledAt", "CallingNumber", "Iban"], sevenYears.ExpiredMembers);
    }

    [Fact]
    public void A_subject_id_is_never_erased_on_its_own_and_a_longer_retention_of_its_own_keeps_the_record()
    {
        var shorter = new FollowingRecord { CalledAt = Local(2024, 3, 10) };
        IPrivacyPolicy withDefault = At(new LocalDateTime(2025, 3, 10, 0, 0), options => options.RetentionDefaults[Category.Identity] = "P1Y");
        var longer = new LongLivedSubjectRecord { CustomerNumber = 100234, MadeOn = new LocalDate(2020, 1, 15), Note = "n" };

        // The subject id's year has run out, but the IBAN is still kept: without its subject id no access (art. 15) or
        // erasure (art. 17) request could find it, so the subject id stays with its record.
        Assert.Equal(["CallingNumber"], withDefault.EvaluateRetention(shorter).ExpiredMembers);

        // Its own ten years outlive the note's one: the note goes, the record stays until the subject id's end.
        RetentionDecision afterTheNote = At(new LocalDateTime(2021, 6, 1, 0, 0)).EvaluateRetention(longer);
        Assert.Equal(RetentionAction.EraseMembers, afterTheNote.Action);
        Assert.Equal(["Note"], afterTheNote.ExpiredMembers);
        Assert.Equal(Local(2030, 1, 15), afterTheNote.NextChangeAt);
        Assert.Equal(RetentionAction.EraseMembers, At(Local(2030, 1, 15) - Duration.FromTicks(1)).EvaluateRetention(longer).Action);
        Assert.Equal(RetentionAction.Delete, At(Local(2030, 1, 15)).EvaluateRetention(longer).Action);
    }

    [Fact]
    public void A_record_whose_only_personal_data_is_a_subject_id_without_retention_is_never_deleted()
    {
        var order = new SubjectOnlyRecord { CustomerId = "C-1", PlacedAt = Instant.FromUtc(2000, 1, 1, 0, 0), Amount = 12.5m };

        RetentionDecision decision = At(new LocalDateTime(2099, 1, 1, 0, 0)).EvaluateRetention(order);

        Assert.Equal(RetentionAction.Keep, decision.Action);
        Assert.Empty(decision.ExpiredMembers);
        Assert.Null(decision.NextChangeAt);
        Assert.False(decision.AnchorMissing);
    }

    [Fact]
    public void A_missing_anchor_keeps_a_record_with_followers_too()
    {
        RetentionDecision decision = At(new LocalDateTime(2099, 1, 1, 0, 0)).EvaluateRetention(new FollowingRecord { CalledAt = null, Iban = "NL91ABNA0417164300" });

        Assert.Equal(RetentionAction.Keep, decision.Action);
        Assert.True(decision.AnchorMissing);
    }

    [Property(MaxTest = 300)]
    public Property With_followers_retention_is_monotone_next_change_is_exact_and_delete_is_for_good()
        => Prop.ForAll(Gen.Choose(-100, 3000).ToArbitrary(), Gen.Choose(0, 3000).ToArbitrary(), Gen.Choose(0, (3 * 86_400) - 1).ToArbitrary(), (startDays, laterDays, secondsAndShape) =>
        {
            int seconds = secondsAndShape % 86_400;
            int shape = secondsAndShape / 86_400; // the quick-start type; the record with followers; the same with a subject id default
            Instant anchor = Instant.FromUtc(2019, 10, 27, 0, 30) + Duration.FromSeconds(seconds); // around the autumn change
            Instant t = anchor + Duration.FromDays(startDays) + Duration.FromSeconds(seconds);
            Instant later = t + Duration.FromDays(laterDays);
            Action<PrivacyPolicyOptions>? defaults = shape == 2 ? options => options.RetentionDefaults[Category.Identity] = "P2Y" : null;
            Func<Instant, RetentionDecision> decide = shape == 0
                ? at => At(at).EvaluateRetention(new QuickStartCall { CustomerId = "C-1", CallStart = anchor, CalledNumber = "0612345678" })
                : at => At(at, defaults).EvaluateRetention(new FollowingRecord { CustomerId = "C-1", CalledAt = anchor, CallingNumber = "0612345678", Iban = "NL91ABNA0417164300" });
            int members = shape == 0 ? QuickStartCall.Descriptor.Members.Count : FollowingRecord.Descriptor.Members.Count;

            RetentionDecision now = decide(t);
            RetentionDecision after = decide(later);

            bool monotone = now.ExpiredMembers.All(after.ExpiredMembers.Contains) && after.Action >= now.Action;
            bool exact = now.NextChangeAt is not { } next
                         || (Same(decide(next - Duration.FromTicks(1)), now) && !Same(decide(next), now));
            bool never = now.NextChangeAt is not null || now.Action == RetentionAction.Delete || Same(decide(t + Duration.FromDays(365 * 20)), now);
            bool deleteMeansAll = (now.Action == RetentionAction.Delete) == (now.ExpiredMembers.Count == members);

            // Both shapes' longest-lived member is kept seven years from the anchor: the record goes then, not before.
            Instant recordEnd = Amsterdam.ResolveLocal(
                anchor.InZone(Amsterdam).LocalDateTime.PlusYears(7),
                NodaTime.TimeZones.Resolvers.CreateMappingResolver(NodaTime.TimeZones.Resolvers.ReturnLater, NodaTime.TimeZones.Resolvers.ReturnForwardShifted)).ToInstant();
            bool deletedOnTime = (now.Action == RetentionAction.Delete) == (t >= recordEnd);
            return (monotone && exact && never && deleteMeansAll && deletedOnTime).Label($"shape {shape}, t={t}, later={later}: {now} / {after}, next {now.NextChangeAt}");
        });

    private static bool Same(RetentionDecision a, RetentionDecision b) => a.Action == b.Action && a.ExpiredMembers.SequenceEqual(b.ExpiredMembers);

    [Theory]
    [InlineData(2, 30, 2, 30)] // in the gap: moved to 03:30 CEST (01:30Z), an hour later is 02:30Z
    [InlineData(2, 0, 2, 0)] // the gap's first moment: moved to 03:00 CEST (01:00Z)
    [InlineData(3, 30, 2, 30)] // just after the gap: the same start as 02:30
    [InlineData(1, 30, 1, 30)] // just before the gap: 01:30 CET (00:30Z), an hour later is 03:30 CEST
    public void An_hour_from_a_local_time_in_the_spring_gap_is_an_hour_of_elapsed_time(int hour, int minute, int endHourUtc, int endMinuteUtc)
    {
        // Sunday 29 March 2026: Amsterdam's clocks go from 02:00 CET to 03:00 CEST; 02:xx does not exist.
        var record = new LocalDateTimeAnchored { EndsAt = new LocalDateTime(2026, 3, 29, hour, minute), Iban = "NL91ABNA0417164300", Note = "n" };
        Instant start = record.EndsAt.InZoneLeniently(Amsterdam).ToInstant();

        RetentionDecision decision = At(Instant.FromUtc(2026, 3, 28, 12, 0)).EvaluateRetention(record);

        Assert.Equal(Instant.FromUtc(2026, 3, 29, endHourUtc, endMinuteUtc), decision.NextChangeAt);
        Assert.Equal(Duration.FromHours(1), decision.NextChangeAt!.Value - start);
    }

    private static Instant Local(int year, int month, int day) => new LocalDateTime(year, month, day, 0, 0).InZoneLeniently(Amsterdam).ToInstant();

    private static IPrivacyPolicy At(LocalDateTime local) => At(local.InZoneLeniently(Amsterdam).ToInstant());

    private static IPrivacyPolicy At(LocalDateTime local, Action<PrivacyPolicyOptions> configure) => At(local.InZoneLeniently(Amsterdam).ToInstant(), configure);

    private static IPrivacyPolicy At(Instant now, Action<PrivacyPolicyOptions>? configure = null) => TestPolicies.Create(now, configure);
}
