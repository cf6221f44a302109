namespace Privacy.Policy.Generators.Classification;

/// <summary>
/// Recognises the ISO-8601 periods that the runtime accepts for <c>PersonalDataAttribute.Retention</c>:
/// <c>P</c>, then years, months, weeks and days, then <c>T</c> and hours, minutes and seconds (the seconds with an
/// optional fraction), each at most once and in that order. It accepts exactly what NodaTime's
/// <c>PeriodPattern.NormalizingIso</c> parses with no unit below zero and at least one above it.
/// </summary>
internal static class IsoPeriod
{
    private const string DateUnits = "YMWD";
    private const string TimeUnits = "HMS";

    /// <summary>Whether <paramref name="text"/> is a valid ISO-8601 period longer than zero.</summary>
    public static bool IsPositive(string? text)
    {
        if (text is null || text.Length < 3 || text[0] != 'P')
        {
            return false;
        }

        int position = 1;
        bool anyUnit = false;
        bool anyAboveZero = false;

        if (!ReadUnits(text, ref position, DateUnits, allowFraction: false, ref anyUnit, ref anyAboveZero))
        {
            return false;
        }

        if (position < text.Length && text[position] == 'T')
        {
            position++;
            // NodaTime accepts a 'T' with no time units after it ("P1DT"), so the analyzer does too.
            if (!ReadUnits(text, ref position, TimeUnits, allowFraction: true, ref anyUnit, ref anyAboveZero))
            {
                return false;
            }
        }

        return position == text.Length && anyUnit && anyAboveZero;
    }

    private static bool ReadUnits(string text, ref int position, string units, bool allowFraction, ref bool anyUnit, ref bool anyAboveZero)
    {
        int nextUnit = 0;
        while (position < text.Length && text[position] != 'T')
        {
            // NodaTime allows a sign on each unit; a negative unit makes the period not positive, "-0" is zero.
            bool negative = text[position] == '-';
            if (negative)
            {
                position++;
            }

            int start = position;
            ulong value = 0;
            while (position < text.Length && IsDigit(text[position]))
            {
                ulong digit = (ulong)(text[position] - '0');
                if (value > (long.MaxValue - digit) / 10)
                {
                    return false;
                }

                value = (value * 10) + digit;

                position++;
            }

            if (position == start)
            {
                return false;
            }

            bool fractionAboveZero = false;
            if (position < text.Length && (text[position] == '.' || text[position] == ','))
            {
                if (!allowFraction)
                {
                    return false;
                }

                position++;
                int fractionStart = position;
                while (position < text.Length && IsDigit(text[position]))
                {
                    fractionAboveZero |= text[position] != '0';
                    position++;
                }

                int fractionDigits = position - fractionStart;
                if (fractionDigits == 0 || fractionDigits > 9 || position >= text.Length || text[position] != 'S')
                {
                    return false;
                }
            }

            if (position >= text.Length)
            {
                return false;
            }

            int unit = units.IndexOf(text[position], nextUnit);
            if (unit < 0)
            {
                return false;
            }

            // Years, months, weeks and days are 32-bit in NodaTime's Period; hours, minutes and seconds 64-bit.
            bool isDateUnit = ReferenceEquals(units, DateUnits);
            if (isDateUnit && value > int.MaxValue)
            {
                return false;
            }

            if (negative && (value > 0 || fractionAboveZero))
            {
                return false;
            }

            nextUnit = unit + 1;
            position++;
            anyUnit = true;
            anyAboveZero |= value > 0 || fractionAboveZero;
        }

        return true;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
