using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// ISO-8601 date-times, <c>2026-11-29T14:03:12Z</c>, <c>2026-11-29 14:03:12.5+01:00</c>. Masked, a date-time keeps
/// its day and its offset as written, its time hidden: <c>2026-11-29T**:**:**Z</c>, which masks to itself. A bare
/// date, and a date-time at midnight (all it says is a day: a date of birth stored as a timestamp), already says only
/// the day; keeping that would keep everything, so it is erased.
/// </summary>
internal static class TimestampFormat
{
    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        input = input.Trim();
        if (IsMasked(input))
        {
            written = input.Length;
            return input.TryCopyTo(destination); // already masked: a mask of a mask is the mask
        }

        if (!TryParse(input, out ReadOnlySpan<char> date, out ReadOnlySpan<char> time, out ReadOnlySpan<char> offset) || IsMidnight(time))
        {
            return false;
        }

        int position = 0;
        bool ok = MaskText.TryAppend(destination, ref position, date)
                  && MaskText.TryAppend(destination, ref position, HiddenTime.AsSpan())
                  && MaskText.TryAppend(destination, ref position, offset);
        written = ok ? position : 0;
        return ok;
    }

    private const string HiddenTime = "T**:**:**";

    /// <summary>Whether the time of day is 00:00, with any seconds and fraction zero.</summary>
    private static bool IsMidnight(ReadOnlySpan<char> time)
        => time.IndexOfAnyExcept("0:.,".AsSpan()) < 0; // TryParse let only digits, ':' and one '.' or ',' through

    /// <summary>A masked timestamp: a date, the hidden time, and an optional <c>Z</c> or offset.</summary>
    private static bool IsMasked(ReadOnlySpan<char> input)
    {
        if (input.Length < 19 || !input.Slice(10).StartsWith(HiddenTime.AsSpan(), StringComparison.Ordinal))
        {
            return false;
        }

        // The date and offset are checked as a timestamp's are: a masked value is a readable one with its time hidden.
        Span<char> readable = stackalloc char[input.Length];
        input.CopyTo(readable);
        "T00:00:01".AsSpan().CopyTo(readable.Slice(10));
        return TryParse(readable, out _, out _, out _);
    }

    /// <summary>
    /// The moment in UTC when the value has an offset (<c>Z</c>, <c>z</c> and <c>+00:00</c> are one moment), else the
    /// local date-time with a <c>T</c> between date and time.
    /// </summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        if (!TryParse(input.Trim(), out ReadOnlySpan<char> date, out ReadOnlySpan<char> time, out ReadOnlySpan<char> offset))
        {
            return false;
        }

        if (!offset.IsEmpty)
        {
            Span<char> iso = stackalloc char[48];
            int length = 0;
            bool copied = MaskText.TryAppend(iso, ref length, date) && MaskText.TryAppend(iso, ref length, 'T')
                          && MaskText.TryAppend(iso, ref length, time) && MaskText.TryAppend(iso, ref length, offset);
            if (!copied || !DateTimeOffset.TryParse(iso.Slice(0, length), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateTimeOffset moment))
            {
                return false;
            }

            return moment.UtcDateTime.TryFormat(destination, out written, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        }

        int position = 0;
        bool ok = MaskText.TryAppend(destination, ref position, date)
                  && MaskText.TryAppend(destination, ref position, 'T')
                  && MaskText.TryAppend(destination, ref position, time)
                  && MaskText.TryAppend(destination, ref position, offset);
        written = ok ? position : 0;
        return ok;
    }

    private static bool TryParse(ReadOnlySpan<char> input, out ReadOnlySpan<char> date, out ReadOnlySpan<char> time, out ReadOnlySpan<char> offset)
    {
        date = default;
        time = default;
        offset = default;

        // yyyy-MM-dd, then 'T' or ' ', then HH:mm[:ss[.f…]], then an optional Z or ±hh:mm.
        if (input.Length < 16 || input.Length > 40 || input[10] is not ('T' or 't' or ' '))
        {
            return false;
        }

        date = input.Slice(0, 10);
        if (!Digits(date, 0, 4) || date[4] != '-' || !Digits(date, 5, 2) || date[7] != '-' || !Digits(date, 8, 2))
        {
            return false;
        }

        int month = ((date[5] - '0') * 10) + (date[6] - '0');
        int day = ((date[8] - '0') * 10) + (date[9] - '0');
        int year = ((date[0] - '0') * 1000) + ((date[1] - '0') * 100) + ((date[2] - '0') * 10) + (date[3] - '0');
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        ReadOnlySpan<char> rest = input.Slice(11);
        int end = rest.IndexOfAny('Z', 'z', '+') is int sign and >= 0 ? sign : rest.LastIndexOf('-');
        time = end >= 0 ? rest.Slice(0, end) : rest;
        offset = end >= 0 ? rest.Slice(end) : default;
        if (time.Length < 5 || !Digits(time, 0, 2) || time[2] != ':' || !Digits(time, 3, 2) || Value(time, 0) > 23 || Value(time, 3) > 59)
        {
            return false;
        }

        if (time.Length > 5)
        {
            if (time.Length < 8 || time[5] != ':' || !Digits(time, 6, 2) || Value(time, 6) > 59)
            {
                return false;
            }

            if (time.Length > 8 && (time[8] is not ('.' or ',') || time.Length == 9 || time.Length > 18 || !Digits(time, 9, time.Length - 9)))
            {
                return false;
            }
        }

        if (offset.IsEmpty)
        {
            return true;
        }

        if (offset.Length == 1)
        {
            return offset[0] is 'Z' or 'z';
        }

        return offset.Length == 6 && offset[0] is '+' or '-' && Digits(offset, 1, 2) && offset[3] == ':' && Digits(offset, 4, 2)
               && Value(offset, 1) <= 18 && Value(offset, 4) <= 59;

        static bool Digits(ReadOnlySpan<char> text, int start, int count)
        {
            for (int i = start; i < start + count; i++)
            {
                if (!MaskText.IsAsciiDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        static int Value(ReadOnlySpan<char> text, int start) => ((text[start] - '0') * 10) + (text[start + 1] - '0');
    }
}
