using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Privacy.Policy.Generated;
using Privacy.Policy.Retention;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Retention;

/// <summary>
/// Anchors at the ends of time: an open contract's sentinel (9999-12-31, <see cref="Instant.MaxValue"/>,
/// <see cref="DateTime.MaxValue"/>) must not make a person's access or erasure request fail. A retention that ends past
/// the calendar never runs out.
/// </summary>
public sealed class EndOfTimeTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    private static readonly string[] ZoneIds = ["Europe/Amsterdam", "America/New_York", "Pacific/Kiritimati", "Etc/GMT+12", "UTC"];

    /// <summary>Every supported anchor type at its largest value, and near it.</summary>
    public static TheoryData<string, string> Sentinels()
    {
        var data = new TheoryData<string, string>();
        foreach (string zone in ZoneIds)
        {
            foreach (string name in SentinelRecords(DateTimeZone.Utc).Keys)
            {
                data.Add(zone, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sentinels))]
    public void A_sentinel_anchor_keeps_the_record_for_ever_without_throwing(string zoneId, string sentinel)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
        IPrivacyPolicy policy = TestPolicies.Create(Now, options => options.TimeZone = zoneId);
        Probe probe = SentinelRecords(zone)[sentinel];

        RetentionDecision decision = probe.Evaluate(policy);
        IReadOnlyList<RetainedMember> retained = probe.Erase(policy);

        Assert.Equal(RetentionAction.Keep, decision.Action);
        Assert.False(decision.AnchorMissing);
        Assert.Empty(decision.ExpiredMembers);
        Assert.True(decision.NextChangeAt is null || decision.NextChangeAt > Now);
        RetainedMember iban = Assert.Single(retained, member => member.Member == "Iban");
        Assert.True(iban.Until > Now);
        if (probe.IbanNeverEnds)
        {
            Assert.Equal(Instant.MaxValue, iban.Until);
        }
    }

    [Fact]
    public void Seven_years_from_9995_never_end_and_an_hour_from_it_is_the_next_change()
    {
        IPrivacyPolicy policy = TestPolicies.Create(Now);
        var record = new LocalDateAnchored { EndsAt = new LocalDate(9995, 6, 1), Iban = "NL91ABNA0417164300", Note = "n" };

        RetentionDecision decision = policy.EvaluateRetention(record);
        ErasureResult<LocalDateAnchored> erased = policy.Erase(record);

        Assert.Equal(RetentionAction.Keep, decision.Action);
        Assert.Equal(new LocalDateTime(9995, 6, 1, 1, 0).InZoneStrictly(policy.TimeZone).ToInstant(), decision.NextChangeAt);
        Assert.Equal("NL91ABNA0417164300", erased.Value.Iban);
        Assert.Equal(Instant.MaxValue, Assert.Single(erased.Retained, member => member.Member == "Iban").Until);
    }

    [Fact]
    public void Every_retention_past_the_calendar_leaves_no_next_change()
    {
        IPrivacyPolicy policy = TestPolicies.Create(Now);
        var record = new LocalDateTimeAnchored { EndsAt = LocalDateTime.MaxIsoValue, Iban = "NL91ABNA0417164300", Note = "n" };
        var lastDay = new LocalDateAnchored { EndsAt = LocalDate.MaxIsoValue, Iban = "NL91ABNA0417164300", Note = "n" };

        RetentionDecision decision = policy.EvaluateRetention(record);
        RetentionDecision lastDayDecision = policy.EvaluateRetention(lastDay);

        Assert.Equal(RetentionAction.Keep, decision.Action);
        Assert.Null(decision.NextChangeAt);

        // An hour from the last day's midnight is still in the calendar: that end is real.
        Assert.Equal(Instant.FromUtc(9999, 12, 31, 0, 0), lastDayDecision.NextChangeAt);
    }

    [Fact]
    public async Task The_export_of_a_sentinel_record_leaves_the_never_ending_kept_until_out_and_stays_valid()
    {
        IPrivacyPolicy policy = TestPolicies.Create(Now, options => options.Controller.Name = "MisterVoip B.V.");
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = policy.BeginExport(stream, "C-100234"))
        {
            export.Add([new LocalDateAnchored { EndsAt = new LocalDate(9995, 6, 1), Iban = "NL91ABNA0417164300", Note = "n" }]);
            export.Add([new InstantAnchored { EndsAt = Instant.MaxValue, Iban = "NL91ABNA0417164300", Note = "n" }]);
            export.Add([new DateTimeAnchored { EndsAt = DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc), Iban = "NL91ABNA0417164300" }]);
            await export.CompleteAsync();
        }

        string json = Encoding.UTF8.GetString(stream.ToArray());
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement[] keptUntil = document.RootElement.GetProperty("recordTypes").EnumerateArray()
            .Select(type => type.GetProperty("records")[0].GetProperty("keptUntil")).ToArray();
        Assert.Equal(3, keptUntil.Length);
        Assert.False(keptUntil[0].TryGetProperty("Iban", out _));
        Assert.Equal("9995-05-31T23:00:00Z", keptUntil[0].GetProperty("Note").GetString());
        Assert.All(keptUntil[1..], until => Assert.Empty(until.EnumerateObject()));

        Assert.True(Export.SubjectAccessExportTests.Schema.Value.Evaluate(document.RootElement).IsValid);

        // The page says there is no end date, never shows the bare period where a date belongs.
        string html = System.Net.WebUtility.HtmlDecode(SubjectAccessHtml.Render(json));
        Assert.Contains("<td>9995-05-31T23:00:00Z</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>geen einddatum, bewaard: ", html, StringComparison.Ordinal);
        Assert.DoesNotContain(": P", html, StringComparison.Ordinal); // the period in words (art. 12(1)), not ISO
        Assert.DoesNotContain("<td>P", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P1000Y")]
    [InlineData("P9999Y")]
    [InlineData("P2147483647Y")]
    [InlineData("P2147483647M")]
    [InlineData("PT9223372036854775807S")]
    public void Thresholds_of_periods_longer_than_the_calendar_do_not_throw(string period)
    {
        IPrivacyPolicy policy = TestPolicies.Create(Now, options => options.RetentionDefaults[Category.Marketing] = period);

        IReadOnlyList<RetentionThreshold> thresholds = policy.GetRetentionThresholds<LooseRecord>();
        RetentionDecision decision = policy.EvaluateRetention(new LooseRecord { MadeAt = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc), Segment = "s", Interests = "i" });

        Assert.Contains(thresholds, threshold => threshold.Member == "Segment");
        RetentionThreshold? interests = thresholds.SingleOrDefault(threshold => threshold.Member == "Interests");
        bool expired = decision.ExpiredMembers.Contains("Interests");
        LocalDateTime anchor = RetentionAnchors.ToLocal(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc), policy.TimeZone)!.Value;
        Assert.Equal(expired, interests is { } t && anchor <= t.ExpiredUpTo);
    }

    [Property(MaxTest = 2000)]
    public Property Retention_never_throws_for_any_anchor_of_any_type_and_any_period()
    {
        Gen<long> ticks = ArbMap.Default.GeneratorFor<long>();
        Gen<(int Which, long Ticks, long Offset)> anchors = Gen.Choose(0, 7).SelectMany(which =>
            Gen.OneOf(ticks, Gen.Elements(long.MaxValue, long.MinValue, 0L, long.MaxValue - 1, long.MinValue + 1))
                .SelectMany(t => Gen.Choose(-18 * 3600, 18 * 3600).Select(offset => (which, t, (long)offset))));
        Gen<Period> periods = Gen.Choose(0, 5).SelectMany(kind => ticks.Select(raw => PeriodOf(kind, raw)));
        Gen<string> zones = Gen.Elements(ZoneIds);
        Gen<RetentionStart> starts = Gen.Elements(Enum.GetValues<RetentionStart>());

        return Prop.ForAll(
            Arb.From(anchors.SelectMany(anchor => periods.SelectMany(period => zones.SelectMany(zone => starts.Select(start => (anchor, period, zone, start)))))),
            sample =>
            {
                DateTimeZone zone = DateTimeZoneProviders.Tzdb[sample.zone];
                LocalDateTime? local = Anchor(sample.anchor.Which, sample.anchor.Ticks, sample.anchor.Offset, zone);
                Assert.NotNull(local);
                Instant end = RetentionCalculator.End(local.Value, sample.start, sample.period, zone);
                var evaluator = new RetentionEvaluator(zone, new EffectiveRetention(new Dictionary<Category, Period> { [Category.Marketing] = sample.period }));
                IReadOnlyList<RetentionThreshold> thresholds = evaluator.Thresholds<LooseRecord>(Now);

                // Years past the calendar's last one always never end; a threshold is never after the present.
                bool pastTheCalendar = (long)local.Value.Year + sample.period.Years > 9999;
                return (!pastTheCalendar || end == Instant.MaxValue)
                       && thresholds.All(threshold => threshold.ExpiredUpTo <= Now.InZone(zone).LocalDateTime);
            });
    }

    /// <summary>A non-negative period of one unit, as RetentionPeriods accepts them, of any size.</summary>
    private static Period PeriodOf(int kind, long raw)
    {
        long value = Math.Max(1, Math.Abs(raw % long.MaxValue));
        int small = (int)Math.Min(int.MaxValue, value % ((long)int.MaxValue + 1));
        return kind switch
        {
            0 => NodaTime.Period.FromYears(Math.Max(1, small % 20_000)),
            1 => NodaTime.Period.FromMonths(Math.Max(1, small)),
            2 => NodaTime.Period.FromDays(Math.Max(1, small)),
            3 => NodaTime.Period.FromHours(value),
            4 => NodaTime.Period.FromSeconds(value),
            _ => NodaTime.Period.FromTicks(value),
        };
    }

    /// <summary>The anchor of one supported type, from any number of ticks (clamped to the type's range).</summary>
    private static LocalDateTime? Anchor(int which, long ticks, long offsetSeconds, DateTimeZone zone)
    {
        Instant instant = Instant.FromUnixTimeTicks(Math.Clamp(ticks, Instant.MinValue.ToUnixTimeTicks(), Instant.MaxValue.ToUnixTimeTicks()));
        long dateTimeTicks = Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);
        var utc = new DateTime(dateTimeTicks, DateTimeKind.Utc);
        Offset offset = Offset.FromSeconds((int)offsetSeconds);
        return which switch
        {
            0 => RetentionAnchors.ToLocal(instant, zone),
            1 => RetentionAnchors.ToLocal(instant.InUtc().Date, zone),
            2 => RetentionAnchors.ToLocal(instant.InUtc().LocalDateTime, zone),
            3 => RetentionAnchors.ToLocal(instant.InUtc(), zone),
            4 => RetentionAnchors.ToLocal(new OffsetDateTime(instant.InUtc().LocalDateTime, offset), zone),
            5 => RetentionAnchors.ToLocal(new DateTimeOffset(utc), zone),
            6 => RetentionAnchors.ToLocal(utc, zone),
            _ => RetentionAnchors.ToLocal(OffsetSafe(utc, offset), zone),
        };
    }

    /// <summary>A <see cref="DateTimeOffset"/> with an offset, moved inside its type's range.</summary>
    private static DateTimeOffset OffsetSafe(DateTime utc, Offset offset)
    {
        TimeSpan span = TimeSpan.FromMinutes(Math.Clamp(offset.Seconds / 60, -14 * 60, 14 * 60));
        DateTime local = DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);
        if (span > TimeSpan.Zero && DateTime.MaxValue - local < span)
        {
            local = DateTime.MaxValue - span;
        }

        if (span < TimeSpan.Zero && local - DateTime.MinValue < -span)
        {
            local = DateTime.MinValue - span;
        }

        return new DateTimeOffset(local + span, span);
    }

    /// <summary>A record of one anchor type, with how to evaluate and erase it.</summary>
    private sealed record Probe(Func<IPrivacyPolicy, RetentionDecision> Evaluate, Func<IPrivacyPolicy, IReadOnlyList<RetainedMember>> Erase, bool IbanNeverEnds);

    private static Probe Of<T>(T record, bool ibanNeverEnds)
        where T : IPersonalData<T>
        => new(policy => policy.EvaluateRetention(record), policy => policy.Erase(record).Retained, ibanNeverEnds);

    private static Dictionary<string, Probe> SentinelRecords(DateTimeZone zone)
    {
        const string Iban = "NL91ABNA0417164300";
        DateTime maxUtc = DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc);
        return new Dictionary<string, Probe>
        {
            ["Instant.MaxValue"] = Of(new InstantAnchored { EndsAt = Instant.MaxValue, Iban = Iban }, true),
            ["Instant 9995"] = Of(new InstantAnchored { EndsAt = Instant.FromUtc(9995, 6, 1, 0, 0), Iban = Iban }, true),
            ["Instant 9990"] = Of(new InstantAnchored { EndsAt = Instant.FromUtc(9990, 6, 1, 0, 0), Iban = Iban }, false),
            ["LocalDate.MaxIsoValue"] = Of(new LocalDateAnchored { EndsAt = LocalDate.MaxIsoValue, Iban = Iban }, true),
            ["LocalDate 9999-12-31 sentinel day before"] = Of(new LocalDateAnchored { EndsAt = new LocalDate(9999, 12, 30), Iban = Iban }, true),
            ["LocalDateTime.MaxIsoValue"] = Of(new LocalDateTimeAnchored { EndsAt = LocalDateTime.MaxIsoValue, Iban = Iban }, true),
            ["ZonedDateTime max"] = Of(new ZonedAnchored { EndsAt = Instant.MaxValue.InUtc(), Iban = Iban }, true),
            ["OffsetDateTime max"] = Of(new OffsetAnchored { EndsAt = Instant.MaxValue.WithOffset(Offset.Zero), Iban = Iban }, true),
            ["ZonedDateTime max, west"] = Of(new ZonedAnchored { EndsAt = Instant.MaxValue.InZone(DateTimeZone.ForOffset(Offset.FromHours(-12))), Iban = Iban }, true),
            ["OffsetDateTime max local, west"] = Of(new OffsetAnchored { EndsAt = new OffsetDateTime(LocalDateTime.MaxIsoValue, Offset.FromHours(-12)), Iban = Iban }, true),
            ["DateTimeOffset.MaxValue"] = Of(new DateTimeOffsetAnchored { EndsAt = DateTimeOffset.MaxValue, Iban = Iban }, true),
            ["DateTimeOffset max, east"] = Of(new DateTimeOffsetAnchored { EndsAt = new DateTimeOffset(DateTime.MaxValue, TimeSpan.FromHours(14)), Iban = Iban }, true),
            ["DateTime.MaxValue"] = Of(new DateTimeAnchored { EndsAt = maxUtc, Iban = Iban }, true),
            ["Instant? MaxValue"] = Of(new NullableInstantAnchored { EndsAt = Instant.MaxValue, Iban = Iban }, true),
            ["LocalDate? MaxIsoValue"] = Of(new NullableLocalDateAnchored { EndsAt = LocalDate.MaxIsoValue, Iban = Iban }, true),
            ["DateTime? MaxValue"] = Of(new NullableDateTimeAnchored { EndsAt = maxUtc, Iban = Iban }, true),
        };
    }
}
