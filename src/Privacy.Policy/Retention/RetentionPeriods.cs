using NodaTime;
using NodaTime.Text;

namespace Privacy.Policy.Retention;

/// <summary>Reads retention periods: ISO-8601 periods longer than zero, as PRIV002 accepts them at build time.</summary>
internal static class RetentionPeriods
{
    public static bool TryParse(string? text, out Period period)
    {
        period = Period.Zero;
        if (string.IsNullOrEmpty(text) || PeriodPattern.NormalizingIso.Parse(text) is not { Success: true } result)
        {
            return false;
        }

        Period value = result.Value;
        bool noneNegative = value.Years >= 0 && value.Months >= 0 && value.Weeks >= 0 && value.Days >= 0 && value.Hours >= 0
                            && value.Minutes >= 0 && value.Seconds >= 0 && value.Milliseconds >= 0 && value.Ticks >= 0 && value.Nanoseconds >= 0;
        if (!noneNegative || value.Equals(Period.Zero))
        {
            return false;
        }

        period = value;
        return true;
    }

    public static bool IsValid(string? text) => TryParse(text, out _);
}
