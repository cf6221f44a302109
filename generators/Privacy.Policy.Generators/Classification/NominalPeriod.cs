using System.Globalization;

namespace Privacy.Policy.Generators.Classification;

/// <summary>
/// The nominal length of an ISO-8601 period, for comparing a <c>Retention</c> with a bound at build time. Calendar
/// arithmetic happens at run time in the configured time zone; the build only needs to know whether <c>P24M</c> is
/// longer than <c>P2Y</c> (it is not) or <c>PT36H</c> longer than <c>P1D</c> (it is), so a year counts as the Gregorian
/// average (365.2425 days), a month as a twelfth of that, and a day as 24 hours.
/// </summary>
internal static class NominalPeriod
{
    private const double SecondsPerDay = 86_400d;
    private const double DaysPerYear = 365.2425d;

    /// <summary>
    /// The nominal length of <paramref name="text"/> in seconds; <see langword="null"/> when it is not a positive
    /// period the runtime accepts (PRIV002 reports those).
    /// </summary>
    public static double? Seconds(string? text)
    {
        if (!IsoPeriod.IsPositive(text))
        {
            return null;
        }

        double total = 0;
        bool time = false;
        int start = 1;
        for (int position = 1; position < text!.Length; position++)
        {
            char c = text[position];
            if (c == 'T')
            {
                time = true;
                start = position + 1;
                continue;
            }

            if (c is (>= '0' and <= '9') or '.' or ',' or '-')
            {
                continue;
            }

            double value = double.Parse(text.Substring(start, position - start).Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
            total += value * (time ? TimeUnit(c) : DateUnit(c));
            start = position + 1;
        }

        return total;
    }

    private static double DateUnit(char unit) => unit switch
    {
        'Y' => DaysPerYear * SecondsPerDay,
        'M' => DaysPerYear / 12 * SecondsPerDay,
        'W' => 7 * SecondsPerDay,
        _ => SecondsPerDay,
    };

    private static double TimeUnit(char unit) => unit switch
    {
        'H' => 3_600d,
        'M' => 60d,
        _ => 1d,
    };
}
