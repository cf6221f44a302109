using NodaTime;
using NodaTime.TimeZones;

namespace Privacy.Policy.Requests;

/// <summary>
/// The deadlines of GDPR art. 12(3), counted as Regulation (EEC, Euratom) No 1182/71 counts periods, in the
/// configured zone. docs/requests.md states the rule and its edge cases.
/// </summary>
internal static class SubjectRequestDeadlines
{
    /// <summary>The most further months art. 12(3) allows a deadline to be extended by.</summary>
    public const int MaximumExtensionMonths = 2;

    /// <summary>
    /// The last day of the month: the day of receipt does not count (Reg. 1182/71 art. 3(1)); the period ends with the
    /// day of the next month with the receipt's date, or that month's last day when it has no such date
    /// (art. 3(2)(c): 31 January → 28 or 29 February, which <see cref="LocalDate.PlusMonths"/> does).
    /// </summary>
    public static LocalDate FirstDeadlineDay(Instant receivedAt, DateTimeZone zone)
        => receivedAt.InZone(zone).Date.PlusMonths(1);

    /// <summary>
    /// The instant the period ends: the end of <paramref name="deadlineDay"/> in the zone, which is the first instant
    /// after it (exclusive: an answer at this instant is late). That is the next day's start; a day without a midnight
    /// (a daylight-saving gap at 00:00) starts at its first instant; and when the next day was skipped whole (Apia
    /// skipped 30 December 2011, where <see cref="DateTimeZone.AtStartOfDay"/> throws), the end of the gap, which is
    /// where the day after it starts.
    /// </summary>
    public static Instant EndOf(LocalDate deadlineDay, DateTimeZone zone)
        => zone.ResolveLocal(deadlineDay.PlusDays(1).AtMidnight(), StartOfDay).ToInstant();

    /// <summary>Midnight as <see cref="DateTimeZone.AtStartOfDay"/> resolves it (the earlier of two; in a gap, the gap's end), also when the gap spans the whole day.</summary>
    private static readonly ZoneLocalMappingResolver StartOfDay = Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>The first deadline of a request received at <paramref name="receivedAt"/>.</summary>
    public static Instant FirstDeadline(Instant receivedAt, DateTimeZone zone)
        => EndOf(FirstDeadlineDay(receivedAt, zone), zone);

    /// <summary>
    /// The deadline extended by <paramref name="months"/> further months, counted from the first deadline's day (the
    /// extension is a further period that runs from the first one's end: 28 February + 2 months is 28 April).
    /// </summary>
    public static Instant Extended(Instant receivedAt, int months, DateTimeZone zone)
        => EndOf(FirstDeadlineDay(receivedAt, zone).PlusMonths(months), zone);

    /// <summary>
    /// The end of the day <paramref name="days"/> days after today in the zone: a request whose deadline is at or
    /// before it is due within <paramref name="days"/> days (0: today or earlier).
    /// </summary>
    public static Instant DueWithin(Instant now, int days, DateTimeZone zone)
        => EndOf(now.InZone(zone).Date.PlusDays(days), zone);
}
