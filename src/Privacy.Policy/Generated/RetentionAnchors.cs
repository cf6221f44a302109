using System;
using System.ComponentModel;
using NodaTime;

namespace Privacy.Policy.Generated;

/// <summary>
/// Turns a <c>[RetentionAnchor]</c> value into the local date and time it has in the configured time zone, where
/// retention is counted. Called by generated code; an anchor that cannot be placed in time (a <see cref="DateTime"/>
/// whose <see cref="DateTime.Kind"/> is not <see cref="DateTimeKind.Utc"/>) gives <see langword="null"/>. An instant
/// whose local time in the zone falls past either end of the calendar (<see cref="Instant.MaxValue"/> or
/// <see cref="DateTime.MaxValue"/> as an open contract's sentinel, east of Greenwich) is clamped to the calendar's
/// first or last local moment, from which a retention never runs out.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RetentionAnchors
{
    /// <summary>The instant's local date and time in <paramref name="zone"/>.</summary>
    /// <param name="value">The anchor.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>The local date and time.</returns>
    public static LocalDateTime? ToLocal(Instant value, DateTimeZone zone) => Local(value, zone);

    /// <summary>Midnight at the start of the date.</summary>
    /// <param name="value">The anchor.</param>
    /// <param name="zone">The configured time zone (a date is already local).</param>
    /// <returns>The local date and time.</returns>
    public static LocalDateTime? ToLocal(LocalDate value, DateTimeZone zone) => value.AtMidnight();

    /// <summary>The value itself: it is taken to be local to the configured time zone.</summary>
    /// <param name="value">The anchor.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>The local date and time.</returns>
    public static LocalDateTime? ToLocal(LocalDateTime value, DateTimeZone zone) => value;

    /// <summary>The same instant's local date and time in <paramref name="zone"/>.</summary>
    /// <param name="value">The anchor.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>The local date and time.</returns>
    public static LocalDateTime? ToLocal(ZonedDateTime value, DateTimeZone zone) => ToLocal(value.ToOffsetDateTime(), zone);

    /// <summary>The same instant's local date and time in <paramref name="zone"/>.</summary>
    /// <param name="value">The anchor.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>The local date and time.</returns>
    public static LocalDateTime? ToLocal(OffsetDateTime value, DateTimeZone zone)
    {
        // A local time in the calendar's first or last year with an offset may name an instant past its end
        // (9999-12-31T23:00-05:00): such an anchor is clamped to that end like any other. Only those years can.
        if (value.Year is > -9998 and < 9999)
        {
            return Local(value.ToInstant(), zone);
        }

        try
        {
            return Local(value.ToInstant(), zone);
        }
        catch (OverflowException)
        {
            return value.Year > 0 ? LocalDateTime.MaxIsoValue : LocalDateTime.MinIsoValue;
        }
    }

    /// <summary>The same instant's local date and time in <paramref name="zone"/>.</summary>
    /// <param name="value">The anchor.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>The local date and time.</returns>
    public static LocalDateTime? ToLocal(DateTimeOffset value, DateTimeZone zone) => Local(Instant.FromDateTimeOffset(value), zone);

    /// <summary>The instant's local date and time, for a UTC <see cref="DateTime"/>; <see langword="null"/> for any other kind.</summary>
    /// <param name="value">The anchor.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>The local date and time, or <see langword="null"/> when the value is not UTC.</returns>
    public static LocalDateTime? ToLocal(DateTime value, DateTimeZone zone)
        => value.Kind == DateTimeKind.Utc ? Local(Instant.FromDateTimeUtc(value), zone) : null;

    /// <summary>The instant's local date and time in the zone, clamped to the calendar's range.</summary>
    private static LocalDateTime Local(Instant value, DateTimeZone zone)
    {
        Offset offset = zone.GetUtcOffset(value);
        Duration shift = Duration.FromNanoseconds(offset.Nanoseconds);
        if (offset > Offset.Zero && Instant.MaxValue - value < shift)
        {
            return LocalDateTime.MaxIsoValue;
        }

        if (offset < Offset.Zero && value - Instant.MinValue < -shift)
        {
            return LocalDateTime.MinIsoValue;
        }

        return value.WithOffset(offset).LocalDateTime;
    }
}
