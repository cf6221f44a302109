using NodaTime;
using NodaTime.TimeZones;

namespace Privacy.Policy.Retention;

/// <summary>
/// Calendar arithmetic of retention: the anchor as a local date and time in the configured zone, moved to the end of
/// its day, month or year when the anchor says so, plus the period, mapped back to an instant with NodaTime's lenient
/// resolver (a time in a daylight-saving gap moves forward; in an overlap, the earlier instant wins).
/// </summary>
internal static class RetentionCalculator
{
    /// <summary>The instant a retention period counted from <paramref name="anchor"/> runs out.</summary>
    public static Instant End(LocalDateTime anchor, RetentionStart start, Period period, DateTimeZone zone)
    {
        LocalDateTime from = start switch
        {
            RetentionStart.EndOfDay => anchor.Date.PlusDays(1).AtMidnight(),
            RetentionStart.EndOfMonth => anchor.Date.With(DateAdjusters.StartOfMonth).PlusMonths(1).AtMidnight(),
            RetentionStart.EndOfYear => new LocalDate(anchor.Year + 1, 1, 1).AtMidnight(),
            _ => anchor,
        };

        return zone.ResolveLocal(from.Plus(period), Resolvers.LenientResolver).ToInstant();
    }
}
