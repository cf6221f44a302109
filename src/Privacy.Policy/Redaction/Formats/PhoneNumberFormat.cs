using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// E.164 telephone numbers as people write them: <c>+31 6 1234 5678</c>, <c>0031612345678</c>, <c>06-12345678</c>,
/// <c>(020) 123 4567</c>. A number without an international prefix is national and gets the configured default
/// country calling code. Masked, a number keeps its country code and its last two digits.
/// </summary>
internal static class PhoneNumberFormat
{
    private const int MaxDigits = 15; // E.164

    // Country calling codes with two digits; 1 and 7 are the only one-digit codes, and every other code has three.
    private static ReadOnlySpan<byte> TwoDigitCodes =>
    [
        20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58,
        60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
    ];

    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, ReadOnlySpan<char> defaultCountryCode, out int written)
    {
        written = 0;
        Span<char> digits = stackalloc char[MaxDigits];
        if (!TryParse(input, defaultCountryCode, digits, out int count, out int countryCodeLength))
        {
            return false;
        }

        int nationalLength = count - countryCodeLength;
        if (!MaskText.IsAsciiDigit(digits[count - 1]) || !MaskText.IsAsciiDigit(digits[count - 2]))
        {
            return false;
        }

        int position = 0;
        bool ok = MaskText.TryAppend(destination, ref position, '+')
                  && MaskText.TryAppend(destination, ref position, digits.Slice(0, countryCodeLength))
                  && MaskText.TryAppendRepeated(destination, ref position, MaskText.Hidden, nationalLength - 2)
                  && MaskText.TryAppend(destination, ref position, digits.Slice(count - 2, 2));
        written = ok ? position : 0;
        return ok;
    }

    /// <summary>Writes the number as <c>+</c> and its E.164 digits, so every way of writing it gives the same text.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, ReadOnlySpan<char> defaultCountryCode, out int written)
    {
        written = 0;
        Span<char> digits = stackalloc char[MaxDigits];
        if (!TryParse(input, defaultCountryCode, digits, out int count, out _)
            || digits.Slice(0, count).IndexOf(MaskText.Hidden) >= 0
            || destination.Length < count + 1)
        {
            return false;
        }

        destination[0] = '+';
        digits.Slice(0, count).CopyTo(destination.Slice(1));
        written = count + 1;
        return true;
    }

    /// <summary>
    /// How many of the leading <paramref name="digits"/> are the country calling code: 1 for codes starting with 1 or
    /// 7, 2 for the two-digit codes, else 3; 0 when there are too few digits to tell.
    /// </summary>
    public static int CountryCodeLength(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || !MaskText.IsAsciiDigit(digits[0]) || digits[0] == '0')
        {
            return 0;
        }

        if (digits[0] is '1' or '7')
        {
            return 1;
        }

        if (digits.Length < 2 || !MaskText.IsAsciiDigit(digits[1]))
        {
            return 0;
        }

        byte twoDigits = (byte)(((digits[0] - '0') * 10) + (digits[1] - '0'));
        if (TwoDigitCodes.IndexOf(twoDigits) >= 0)
        {
            return 2;
        }

        return digits.Length >= 3 ? 3 : 0;
    }

    /// <summary>
    /// Reads the digits of a number, country code first. A masked number (<c>+31*******78</c>) parses too, so masking
    /// is idempotent; its hidden digits stay hidden.
    /// </summary>
    private static bool TryParse(ReadOnlySpan<char> input, ReadOnlySpan<char> defaultCountryCode, Span<char> digits, out int count, out int countryCodeLength)
    {
        count = 0;
        countryCodeLength = 0;
        input = input.Trim();
        if (input.StartsWith("(".AsSpan()))
        {
            input = input.Slice(1); // "(020) 123 4567": an area code in brackets
        }

        bool international;
        if (input.StartsWith("+".AsSpan()))
        {
            input = input.Slice(1);
            international = true;
        }
        else if (input.StartsWith("00".AsSpan()))
        {
            input = input.Slice(2);
            international = true;
        }
        else if (input.Length > 1 && input[0] == '0' && input[1] != '0')
        {
            // A national number: the trunk prefix 0 gives way to the country code.
            input = input.Slice(1);
            international = false;
            if (defaultCountryCode.Length is 0 or > 3)
            {
                return false;
            }

            foreach (char c in defaultCountryCode)
            {
                if (!MaskText.IsAsciiDigit(c))
                {
                    return false;
                }

                digits[count++] = c;
            }
        }
        else
        {
            return false;
        }

        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            if (MaskText.IsDigitOrHidden(c))
            {
                if (count == MaxDigits)
                {
                    return false;
                }

                digits[count++] = c;
            }
            else if (c == '(' && international && i + 2 < input.Length && input[i + 1] == '0' && input[i + 2] == ')')
            {
                // "+31 (0)20 ...": the trunk prefix written in brackets, right after the country code, is not part of
                // the number. Anywhere else a "(0)" is a digit someone meant, and the number is not read.
                if (count == 0 || CountryCodeLength(digits.Slice(0, count)) != count)
                {
                    return false;
                }

                i += 2;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '/' or '\u00A0'))
            {
                return false;
            }
        }

        if (count < 8 || !MaskText.IsAsciiDigit(digits[0]) || digits[0] == '0')
        {
            return false;
        }

        countryCodeLength = CountryCodeLength(digits.Slice(0, count));
        if (countryCodeLength == 0 || digits.Slice(0, countryCodeLength).IndexOf(MaskText.Hidden) >= 0)
        {
            return false;
        }

        int nationalLength = count - countryCodeLength;

        // Dutch national significant numbers have nine digits; elsewhere accept what E.164 allows.
        bool dutch = countryCodeLength == 2 && digits[0] == '3' && digits[1] == '1';
        return dutch ? nationalLength == 9 : nationalLength >= 4;
    }
}
