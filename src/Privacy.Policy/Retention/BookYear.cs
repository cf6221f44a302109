using System;
using System.Globalization;
using NodaTime;

namespace Privacy.Policy.Retention;

/// <summary>
/// Reads <see cref="PrivacyPolicyOptions.BookYearEnd"/>: the last day of the book year as <c>MM-dd</c>. Fiscal
/// retention counts from the end of the book year the record was booked in (AWR art. 52(4), BW 2:10(3)), and a book
/// year need not end on 31 December.
/// </summary>
internal static class BookYear
{
    /// <summary>The calendar year's end, 31 December: the default.</summary>
    public static readonly AnnualDate CalendarYearEnd = new(12, 31);

    /// <summary>
    /// Reads <c>MM-dd</c> (two digits each, a day the month can have): <c>12-31</c>, <c>06-30</c>. <c>02-29</c> is
    /// read as the last day of February, which is the 28th outside leap years.
    /// </summary>
    public static bool TryParse(string? text, out AnnualDate end)
    {
        end = CalendarYearEnd;
        if (text is not { Length: 5 } || text[2] != '-'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || month is < 1 or > 12
            || day < 1 || day > DateTime.DaysInMonth(2000, month)) // 2000 is a leap year: February has 29 days
        {
            return false;
        }

        end = new AnnualDate(month, day);
        return true;
    }

    /// <summary>
    /// The first moment after the book year <paramref name="date"/> falls in: midnight after the first book-year end
    /// on or after the date. Monotone in the date, as retention must be.
    /// </summary>
    public static LocalDateTime EndOf(LocalDate date, AnnualDate bookYearEnd)
    {
        LocalDate end = bookYearEnd.InYear(date.Year);
        if (date > end)
        {
            end = bookYearEnd.InYear(date.Year + 1);
        }

        return end.PlusDays(1).AtMidnight();
    }
}
