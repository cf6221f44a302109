using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// The Luhn check digit (ISO/IEC 7812-1 annex B): payment card numbers end in one, and ITU-T E.118 prescribes it for
/// the ICCID's last digit.
/// </summary>
internal static class LuhnCheck
{
    /// <summary>Whether <paramref name="digits"/> (ASCII digits only) end in a valid Luhn check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        int sum = 0;
        bool doubled = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int digit = digits[i] - '0';
            if (doubled)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }
}
