using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// Payment card numbers (12 to 19 digits, spaces or dashes allowed) that pass the Luhn check. Masked, a number keeps
/// its last four digits: <c>4111 1111 1111 1111</c> becomes <c>************1111</c>.
/// </summary>
internal static class PaymentCardFormat
{
    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> digits = stackalloc char[19];
        if (!TryParse(input, digits, out int count) || destination.Length < count)
        {
            return false;
        }

        destination.Slice(0, count - 4).Fill(MaskText.Hidden);
        digits.Slice(count - 4, 4).CopyTo(destination.Slice(count - 4));
        written = count;
        return true;
    }

    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> digits = stackalloc char[19];
        if (!TryParse(input, digits, out int count) || digits.Slice(0, count).IndexOf(MaskText.Hidden) >= 0 || destination.Length < count)
        {
            return false;
        }

        digits.Slice(0, count).CopyTo(destination);
        written = count;
        return true;
    }

    private static bool TryParse(ReadOnlySpan<char> input, Span<char> digits, out int count)
    {
        count = 0;
        int hidden = 0;
        foreach (char c in input.Trim())
        {
            if (MaskText.IsDigitOrHidden(c))
            {
                if (count == 19)
                {
                    return false;
                }

                hidden += c == MaskText.Hidden ? 1 : 0;
                digits[count++] = c;
            }
            else if (c is not (' ' or '-'))
            {
                return false;
            }
        }

        if (count < 12)
        {
            return false;
        }

        if (hidden > 0)
        {
            // A masked number: hidden digits, then the four kept ones.
            return digits.Slice(0, count - 4).IndexOfAnyExcept(MaskText.Hidden) < 0 && digits.Slice(count - 4, 4).IndexOf(MaskText.Hidden) < 0;
        }

        return LuhnCheck.IsValid(digits.Slice(0, count));
    }
}
