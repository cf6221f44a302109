using System;
using System.Globalization;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// A latitude and longitude in decimal degrees, separated by a comma, semicolon or space:
/// <c>52.37403, 4.88969</c>. Masked, both are rounded to two decimals, about 1.1 km of latitude:
/// <c>52.37,4.89</c>.
/// </summary>
internal static class GeoCoordinateFormat
{
    /// <summary>Decimal places a masked coordinate keeps. 0.01° of latitude is 1.1 km everywhere.</summary>
    public const int MaskedDecimals = 2;

    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
        => TryWrite(input, destination, "F2", out written);

    /// <summary>Both numbers with six decimals (about 0.1 m).</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
        => TryWrite(input, destination, "F6", out written);

    private static bool TryWrite(ReadOnlySpan<char> input, Span<char> destination, string format, out int written)
    {
        written = 0;
        if (!TryParse(input, out decimal latitude, out decimal longitude))
        {
            return false;
        }

        int decimals = format == "F2" ? MaskedDecimals : 6;
        // Rounded as written, in decimal: 0.565 is 0.57, where the nearest double (0.56499...) would give 0.56. A rounded
        // zero is written without its sign, which would otherwise tell which side of the equator the point was.
        latitude = Unsigned(Math.Round(latitude, decimals, MidpointRounding.AwayFromZero));
        longitude = Unsigned(Math.Round(longitude, decimals, MidpointRounding.AwayFromZero));
        if (!latitude.TryFormat(destination, out int first, format, CultureInfo.InvariantCulture)
            || first >= destination.Length)
        {
            return false;
        }

        destination[first] = ',';
        if (!longitude.TryFormat(destination.Slice(first + 1), out int second, format, CultureInfo.InvariantCulture))
        {
            return false;
        }

        written = first + 1 + second;
        return true;
    }

    private static decimal Unsigned(decimal value) => value == 0m ? 0m : value;

    private static bool TryParse(ReadOnlySpan<char> input, out decimal latitude, out decimal longitude)
    {
        latitude = 0;
        longitude = 0;
        input = input.Trim();
        if (input.Length > 64)
        {
            return false;
        }

        int separator = input.IndexOfAny(',', ';');
        if (separator < 0)
        {
            separator = input.IndexOf(' ');
        }

        if (separator <= 0)
        {
            return false;
        }

        const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        return decimal.TryParse(input.Slice(0, separator), Style, CultureInfo.InvariantCulture, out latitude)
               && decimal.TryParse(input.Slice(separator + 1), Style, CultureInfo.InvariantCulture, out longitude)
               && Math.Abs(latitude) <= 90
               && Math.Abs(longitude) <= 180;
    }
}
