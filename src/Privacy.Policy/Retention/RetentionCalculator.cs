using System;
using NodaTime;
using NodaTime.TimeZones;

namespace Privacy.Policy.Retention;

/// <summary>
/// Calendar arithmetic of retention: the anchor as a local date and time in the configured zone, moved to the end of
/// its day, month or year when the anchor says so, plus the period, mapped back to an instant: a time in a
/// daylight-saving gap moves forward, as NodaTime's lenient resolver does (a start in a gap is moved forward before
/// the period is added, so that the period is never shortened by the gap); a time in the autumn's repeated hour takes
/// the later instant, so that retention never ends before the moment it counts from. An end past the calendar's last
/// day (an open contract's sentinel anchor such as 9999-12-31, plus years) is <see cref="Never"/>: such a retention
/// never runs out, and answering a person's request must not fail on it.
/// </summary>
internal static class RetentionCalculator
{
    private static readonly Duration Margin = Duration.FromDays(2);

    private static readonly ZoneLocalMappingResolver Resolver = Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnForwardShifted);

    /// <summary>
    /// The end of a retention that never runs out because it ends past the last instant the calendar represents:
    /// later than any clock reading, so every comparison with the current instant keeps the member.
    /// </summary>
    public static readonly Instant Never = Instant.MaxValue;

    /// <summary>
    /// The instant a retention period counted from <paramref name="anchor"/> runs out, or <see cref="Never"/> when
    /// that is past the end of the calendar.
    /// </summary>
    public static Instant End(LocalDateTime anchor, RetentionStart start, Period period, DateTimeZone zone)
        => End(anchor, start, period, zone, BookYear.CalendarYearEnd);

    /// <summary>
    /// The instant a retention period counted from <paramref name="anchor"/> runs out, with
    /// <see cref="RetentionStart.EndOfYear"/> counted from the end of the book year that ends on
    /// <paramref name="bookYearEnd"/> (AWR art. 52(4), BW 2:10(3)); <see cref="Never"/> past the end of the calendar.
    /// </summary>
    public static Instant End(LocalDateTime anchor, RetentionStart start, Period period, DateTimeZone zone, AnnualDate bookYearEnd)
    {
        // Periods are never negative (RetentionPeriods), so the years alone prove the common case, a sentinel such as
        // 9999-12-31 plus years, past the calendar without the cost of an exception.
        if ((long)anchor.Year + period.Years > LocalDate.MaxIsoValue.Year)
        {
            return Never;
        }

        try
        {
            LocalDateTime from = start switch
            {
                RetentionStart.EndOfDay => anchor.Date.PlusDays(1).AtMidnight(),
                RetentionStart.EndOfMonth => anchor.Date.With(DateAdjusters.StartOfMonth).PlusMonths(1).AtMidnight(),
                RetentionStart.EndOfYear => BookYear.EndOf(anchor.Date, bookYearEnd),
                _ => anchor,
            };

            // A start in a daylight-saving gap (02:30 on the last Sunday of March in Amsterdam) does not exist: it is
            // moved forward out of it first (03:30), as the resolver would, and the period counts from there. Else
            // PT1H from 02:30 would end at 03:30, the very instant retention started: a zero-length retention.
            Instant begins = ToInstant(from, zone, out bool resolved);
            if (resolved && begins.InZone(zone).LocalDateTime is var shifted && shifted != from)
            {
                from = shifted;
            }

            Instant end = ToInstant(from.Plus(period), zone, out _);
            return end < Never ? end : Never;
        }
        catch (ArgumentOutOfRangeException)
        {
            return Never; // the start rounding, the period or the zone's offset went past the calendar's last day
        }
        catch (OverflowException)
        {
            return Never; // a period of more ticks or nanoseconds than a long holds
        }
    }

    /// <summary>
    /// The instant of a local date and time. Far from any offset change the answer is unique and found without
    /// NodaTime's resolver (which allocates); near one, the resolver decides.
    /// </summary>
    private static Instant ToInstant(LocalDateTime local, DateTimeZone zone, out bool resolved)
    {
        resolved = false;
        Instant asUtc = local.InUtc().ToInstant();
        NodaTime.TimeZones.ZoneInterval interval = zone.GetZoneInterval(asUtc);
        Instant candidate = asUtc - Duration.FromMilliseconds(interval.WallOffset.Milliseconds);
        if ((!interval.HasStart || candidate - interval.Start > Margin)
            && (!interval.HasEnd || interval.End - candidate > Margin))
        {
            return candidate;
        }

        resolved = true;
        return zone.ResolveLocal(local, Resolver).ToInstant();
    }
}
