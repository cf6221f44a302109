using System;
using System.ComponentModel;
using NodaTime;

namespace Privacy.Policy.Retention;

/// <summary>
/// Turns a <c>[RetentionAnchor]</c> value into the local date and time it has in the configured time zone, where
/// retention is counted. Called by generated code; an anchor that cannot be placed in time (a <see cref="DateTime"/>
/// whose <see cref="DateTime.Kind"/> is not <see cref="DateTimeKind.Utc"/>) gives <see langword="null"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RetentionAnchors
{
    /// <summary>The instant's local date and time in <paramref name="zone"/>.</summary>
    /// <param name="value">The anchor.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>The local date and time.</returns>
    public static LocalDateTime? ToLocal(Instant value, DateTimeZone zone) => value.InZone(zone).LocalDateTime;

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
    public static LocalDateTime? ToLocal(ZonedDateTime value, DateTimeZone zone) => value.ToInstant().InZone(zone).LocalDateTime;

    /// <summary>The same instant's local date and time in <paramref name="zone"/>.</summary>
    /// <param name="value">The anchor.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>The local date and time.</returns>
    public static LocalDateTime? ToLocal(OffsetDateTime value, DateTimeZone zone) => value.ToInstant().InZone(zone).LocalDateTime;

    /// <summary>The same instant's local date and time in <paramref name="zone"/>.</summary>
    /// <param name="value">The anchor.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>The local date and time.</returns>
    public static LocalDateTime? ToLocal(DateTimeOffset value, DateTimeZone zone) => Instant.FromDateTimeOffset(value).InZone(zone).LocalDateTime;

    /// <summary>The instant's local date and time, for a UTC <see cref="DateTime"/>; <see langword="null"/> for any other kind.</summary>
    /// <param name="value">The anchor.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>The local date and time, or <see langword="null"/> when the value is not UTC.</returns>
    public static LocalDateTime? ToLocal(DateTime value, DateTimeZone zone)
        => value.Kind == DateTimeKind.Utc ? Instant.FromDateTimeUtc(value).InZone(zone).LocalDateTime : null;
}
