using System;
using System.ComponentModel;
using System.Net;
using NodaTime;

namespace Privacy.Policy.Generated;

/// <summary>
/// Masks for personal data held in types other than text, called by generated code: timestamps keep their day,
/// coordinates are rounded to about 1 km, IP addresses keep their network. Each returns a new value and never the
/// finer one it was given. A timestamp already at midnight says only its day (a date of birth stored as a timestamp):
/// keeping the day would keep all of it, so it becomes the type's <see langword="default"/>, as an erased one.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValueMasks
{
    /// <summary>The start of the instant's UTC day.</summary>
    /// <param name="value">The instant.</param>
    /// <returns>Midnight UTC of the same day; <see langword="default"/> for a value at midnight.</returns>
    public static Instant TruncateToDay(Instant value)
    {
        long ticks = value.ToUnixTimeTicks();
        return Mod(ticks, NodaConstants.TicksPerDay) == 0 ? default : Instant.FromUnixTimeTicks(ticks - Mod(ticks, NodaConstants.TicksPerDay));
    }

    /// <summary>Midnight of the same local date.</summary>
    /// <param name="value">The date and time.</param>
    /// <returns>The date at midnight; <see langword="default"/> for a value at midnight.</returns>
    public static LocalDateTime TruncateToDay(LocalDateTime value) => DayOrDefault(value, value.Date.AtMidnight());

    /// <summary>The start of the same day in the same time zone.</summary>
    /// <param name="value">The zoned date and time.</param>
    /// <returns>The start of the day; <see langword="default"/> for a value at the start of its day.</returns>
    public static ZonedDateTime TruncateToDay(ZonedDateTime value) => DayOrDefault(value, value.Zone.AtStartOfDay(value.Date));

    /// <summary>Midnight of the same date, at the same offset.</summary>
    /// <param name="value">The date and time with offset.</param>
    /// <returns>The date at midnight; <see langword="default"/> for a value at midnight.</returns>
    public static OffsetDateTime TruncateToDay(OffsetDateTime value) => DayOrDefault(value, value.Date.AtMidnight().WithOffset(value.Offset));

    /// <summary>Midnight of the same date, with the same <see cref="DateTimeKind"/>.</summary>
    /// <param name="value">The date and time.</param>
    /// <returns>The date at midnight; <see langword="default"/> for a value at midnight.</returns>
    public static DateTime TruncateToDay(DateTime value) => value.TimeOfDay == TimeSpan.Zero ? default : value.Date;

    /// <summary>Midnight of the same date, at the same offset.</summary>
    /// <param name="value">The date and time with offset.</param>
    /// <returns>The date at midnight; <see langword="default"/> for a value at midnight.</returns>
    public static DateTimeOffset TruncateToDay(DateTimeOffset value) => value.TimeOfDay == TimeSpan.Zero ? default : new(value.Date, value.Offset);

    /// <summary>The day, or <see langword="default"/> when the value is the day already (it says nothing but a date).</summary>
    private static T DayOrDefault<T>(T value, T day)
        where T : struct, IEquatable<T>
        => value.Equals(day) ? default : day;

    /// <summary>A coordinate rounded to two decimals (0.01° of latitude is about 1.1 km).</summary>
    /// <param name="value">Degrees.</param>
    /// <returns>The rounded degrees; not-a-number and infinities become 0.</returns>
    public static double RoundCoordinate(double value)
        => double.IsFinite(value) ? Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0d : 0d; // + 0 makes -0 into 0

    /// <summary>A coordinate rounded to two decimals (0.01° of latitude is about 1.1 km).</summary>
    /// <param name="value">Degrees.</param>
    /// <returns>The rounded degrees; not-a-number and infinities become 0.</returns>
    public static float RoundCoordinate(float value)
        => float.IsFinite(value) ? MathF.Round(value, 2, MidpointRounding.AwayFromZero) + 0f : 0f; // + 0 makes -0 into 0

    /// <summary>A coordinate rounded to two decimals (0.01° of latitude is about 1.1 km).</summary>
    /// <param name="value">Degrees.</param>
    /// <returns>The rounded degrees.</returns>
    public static decimal RoundCoordinate(decimal value)
    {
        decimal rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0m ? 0m : rounded; // a decimal keeps the sign of zero too
    }

    /// <summary>A latitude and longitude, each rounded to two decimals.</summary>
    /// <param name="value">The coordinate pair.</param>
    /// <returns>The rounded pair.</returns>
    public static (double, double) RoundCoordinate((double, double) value)
        => (RoundCoordinate(value.Item1), RoundCoordinate(value.Item2));

    /// <summary>The network of an address: the /24 of an IPv4 address, the /48 of an IPv6 address.</summary>
    /// <param name="value">The address; <see langword="null"/> stays <see langword="null"/>.</param>
    /// <returns>The network address, a new instance.</returns>
    public static IPAddress? MaskNetwork(IPAddress? value)
    {
        if (value is null)
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[16];
        if (!value.TryWriteBytes(bytes, out int length))
        {
            return value.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any;
        }

        // IPv4 keeps its /24, IPv6 its /48; a 6to4 address (2002::/16) holds a whole IPv4 address in its /48, so it
        // keeps a /40: that address's /24, as the text rule does.
        int kept = length == 4 ? 3 : bytes[0] == 0x20 && bytes[1] == 0x02 ? 5 : 6;
        bytes.Slice(kept, length - kept).Clear();
        return new IPAddress(bytes.Slice(0, length));
    }

    private static long Mod(long value, long divisor)
    {
        long remainder = value % divisor;
        return remainder < 0 ? remainder + divisor : remainder;
    }
}
