using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Privacy.Policy.Requests;
using Xunit;

namespace Privacy.Policy.Tests.Requests;

/// <summary>
/// The deadline of GDPR art. 12(3) as docs/requests.md states it: the end of the day, in the zone, one calendar month
/// after the day of receipt (Reg. 1182/71 art. 3), checked against an independent rule over every date of several
/// years, across month ends, leap years and daylight-saving changes.
/// </summary>
public sealed class SubjectRequestDeadlineTests
{
    private static readonly DateTimeZone Amsterdam = RequestFixture.Amsterdam;

    // Times of day that stress the zone: midnight, the spring gap (02:30 does not exist on the last Sunday of March),
    // the autumn overlap (02:30 happens twice), noon, and the last second of the day.
    private static readonly LocalTime[] TimesOfDay =
    [
        new(0, 0), new(0, 30), new(2, 30), new(12, 0), new(23, 59, 59),
    ];

    [Fact]
    public void Every_date_of_2024_to_2030_in_Amsterdam_has_the_deadline_the_rule_gives()
    {
        int checkedCount = 0;
        for (LocalDate date = new(2024, 1, 1); date <= new LocalDate(2030, 12, 31); date = date.PlusDays(1))
        {
            foreach (LocalTime time in TimesOfDay)
            {
                Instant received = Amsterdam.AtLeniently(date.At(time)).ToInstant();
                Check(received, Amsterdam, slack: Duration.FromHours(1));
                checkedCount++;
            }
        }

        Assert.Equal(2557 * TimesOfDay.Length, checkedCount);
    }

    [Fact]
    public void Deadlines_are_monotone_in_receipt_over_every_hour_of_2027_and_2028()
    {
        Instant previousDeadline = Instant.MinValue;
        for (Instant received = Instant.FromUtc(2027, 1, 1, 0, 0); received < Instant.FromUtc(2029, 1, 1, 0, 0); received += Duration.FromMinutes(30))
        {
            Instant deadline = SubjectRequestDeadlines.FirstDeadline(received, Amsterdam);
            Assert.True(deadline >= previousDeadline, $"received {received}: deadline {deadline} before the previous {previousDeadline}");
            previousDeadline = deadline;
        }
    }

    [Property(MaxTest = 3000)]
    public Property The_deadline_follows_the_rule_for_any_instant_in_several_zones()
        => Prop.ForAll(
            Gen.Choose(0, 100 * 366 * 24).ToArbitrary(),
            Gen.Elements("Europe/Amsterdam", "America/Sao_Paulo", "Pacific/Apia", "Asia/Kolkata", "UTC").ToArbitrary(),
            (hours, zoneId) =>
            {
                DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
                Instant received = Instant.FromUtc(2000, 1, 1, 0, 0) + Duration.FromHours(hours) + Duration.FromMinutes(hours % 60);
                // Apia skipped 30 December 2011 whole: a period across it is a day shorter.
                Check(received, zone, slack: Duration.FromHours(25));
                return true;
            });

    [Property(MaxTest = 3000)]
    public Property The_deadline_is_monotone_in_receipt_across_month_ends()
        => Prop.ForAll(
            Gen.Choose(0, 12 * 40 - 1).ToArbitrary(),
            Gen.Choose(0, 5 * 24).ToArbitrary(),
            Gen.Choose(0, 8 * 24).ToArbitrary(),
            (monthIndex, hoursBeforeMonthEnd, laterBy) =>
            {
                // Two receipts near a month's end, where a lenient calendar (31 January + 1 month = 3 March) goes wrong.
                LocalDate monthStart = new LocalDate(2010, 1, 1).PlusMonths(monthIndex);
                Instant first = Amsterdam.AtStartOfDay(monthStart.PlusMonths(1)).ToInstant() - Duration.FromHours(hoursBeforeMonthEnd);
                Instant second = first + Duration.FromHours(laterBy);
                return (SubjectRequestDeadlines.FirstDeadline(first, Amsterdam) <= SubjectRequestDeadlines.FirstDeadline(second, Amsterdam))
                    .Label($"{first} and {second}");
            });

    [Theory]
    [InlineData(2027, 28)]
    [InlineData(2028, 29)]
    public void Thirty_first_January_ends_with_the_last_day_of_February(int year, int lastOfFebruary)
    {
        Instant received = RequestFixture.Local(year, 1, 31, 10, 0);

        Instant deadline = SubjectRequestDeadlines.FirstDeadline(received, Amsterdam);

        // The end of the last day of February is the start of 1 March, in Amsterdam (CET, UTC+1).
        Assert.Equal(new LocalDate(year, 2, lastOfFebruary), SubjectRequestDeadlines.FirstDeadlineDay(received, Amsterdam));
        Assert.Equal(Instant.FromUtc(year, 2, lastOfFebruary, 23, 0), deadline);
    }

    [Fact]
    public void The_day_of_receipt_is_the_zones_day_not_UTCs()
    {
        // 31 January 2027 23:30 UTC is 1 February 00:30 in Amsterdam: the month runs to the end of 1 March.
        Instant received = Instant.FromUtc(2027, 1, 31, 23, 30);

        Assert.Equal(new LocalDate(2027, 3, 1), SubjectRequestDeadlines.FirstDeadlineDay(received, Amsterdam));
        Assert.Equal(Instant.FromUtc(2027, 3, 1, 23, 0), SubjectRequestDeadlines.FirstDeadline(received, Amsterdam));
    }

    [Theory]
    [InlineData(2027, 2, 28, 2027, 3, 28, 22)]  // deadline day is the spring change (28 March 2027): ends 29 March 00:00 CEST
    [InlineData(2027, 9, 30, 2027, 10, 30, 22)] // the autumn change is on 31 October: 31 October 00:00 is still CEST
    [InlineData(2027, 10, 1, 2027, 11, 1, 23)]  // after the change: 2 November 00:00 CET
    public void Deadlines_across_daylight_saving_changes_end_at_local_midnight(int year, int month, int day, int endYear, int endMonth, int endDay, int utcHour)
    {
        Instant deadline = SubjectRequestDeadlines.FirstDeadline(RequestFixture.Local(year, month, day), Amsterdam);

        Assert.Equal(Instant.FromUtc(endYear, endMonth, endDay, utcHour, 0), deadline);
        Assert.Equal(LocalTime.Midnight, deadline.InZone(Amsterdam).TimeOfDay);
    }

    [Fact]
    public void A_deadline_day_before_a_day_the_zone_skipped_ends_where_the_day_after_begins()
    {
        // Apia went from UTC-10 to UTC+14 at the end of 29 December 2011: 30 December never happened there. A request
        // received on 29 November has 29 December as its last day, which ends when 31 December begins.
        DateTimeZone apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        Instant received = new LocalDateTime(2011, 11, 29, 12, 0).InZoneStrictly(apia).ToInstant();

        Instant deadline = SubjectRequestDeadlines.FirstDeadline(received, apia);

        Assert.Equal(new LocalDateTime(2011, 12, 31, 0, 0).InZoneStrictly(apia).ToInstant(), deadline);
        Assert.Equal(new LocalDate(2011, 12, 29), (deadline - Duration.Epsilon).InZone(apia).Date);
    }

    [Fact]
    public void The_extended_deadline_adds_two_months_to_the_first_deadline_day()
    {
        Instant received = RequestFixture.Local(2027, 1, 31);

        // 28 February + 2 months is 28 April (counted from the first deadline's day, not 31 January + 3 months).
        Assert.Equal(Instant.FromUtc(2027, 4, 28, 22, 0), SubjectRequestDeadlines.Extended(received, 2, Amsterdam));
        Assert.Equal(Instant.FromUtc(2027, 3, 28, 22, 0), SubjectRequestDeadlines.Extended(received, 1, Amsterdam));
    }

    [Fact]
    public async Task The_service_gives_the_same_deadline_as_it_records()
    {
        var fixture = new RequestFixture(RequestFixture.Local(2028, 1, 31));
        SubjectRequest request = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access);

        Assert.Equal(Instant.FromUtc(2028, 2, 29, 23, 0), request.Deadline);
        Assert.Equal(request.Deadline, fixture.Requests.DeadlineFor(request.ReceivedAt));
    }

    /// <summary>The rule, written without NodaTime's month arithmetic, and the bounds every deadline keeps.</summary>
    private static void Check(Instant received, DateTimeZone zone, Duration slack)
    {
        Instant deadline = SubjectRequestDeadlines.FirstDeadline(received, zone);
        LocalDate receipt = received.InZone(zone).Date;
        int year = receipt.Month == 12 ? receipt.Year + 1 : receipt.Year;
        int month = receipt.Month == 12 ? 1 : receipt.Month + 1;
        var expectedDay = new LocalDate(year, month, Math.Min(receipt.Day, DateTime.DaysInMonth(year, month)));

        // The last instant before the deadline is on the deadline day; the deadline itself is the next day's start.
        Assert.True(deadline > received, $"{zone.Id} {received}: deadline {deadline} not after receipt");
        LocalDate lastDay = (deadline - Duration.Epsilon).InZone(zone).Date;
        Assert.True(lastDay == expectedDay || (lastDay < expectedDay && IsSkipped(zone, expectedDay)),
            $"{zone.Id} {received}: the last day before the deadline is {lastDay}, not {expectedDay}");
        Assert.True(deadline.InZone(zone).Date > expectedDay, $"{zone.Id} {received}: deadline {deadline} inside the deadline day");

        // 28 to 31 days after the day of receipt, plus the rest of that day, give or take a daylight-saving hour (or,
        // where a zone skipped a whole day, that day).
        Duration span = deadline - received;
        Assert.True(span > Duration.FromDays(28) - slack && span <= Duration.FromDays(32) + slack,
            $"{zone.Id} {received}: {span} from receipt to deadline");
    }

    private static bool IsSkipped(DateTimeZone zone, LocalDate day)
        => zone.MapLocal(day.AtMidnight()).Count == 0 && zone.MapLocal(day.At(new LocalTime(23, 59, 59))).Count == 0;
}
