using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// SIM card numbers (ICCID, ITU-T E.118): 19 or 20 digits, the industry identifier <c>89</c>, the country code, the
/// issuer and the card's own number, ending in a Luhn check digit; written whole or in groups. Masked, an ICCID keeps
/// its first six digits, which name the industry, the country and (part of) the issuer, never the card:
/// <c>8931 1600 0012 3456 786</c> becomes <c>893116*************</c>. A value that is not an
/// ICCID, or whose check digit is wrong, cannot be read and is erased whole.
/// </summary>
internal static class IccidFormat
{
    /// <summary>The digits a mask keeps: within the issuer identifier number (at most seven digits, E.118).</summary>
    private const int KeptDigits = 6;

    private const int MaxDigits = 20;

    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> digits = stackalloc char[MaxDigits];
        if (!TryParse(input, digits, out int count) || destination.Length < count)
        {
            return false;
        }

        digits.Slice(0, KeptDigits).CopyTo(destination);
        destination.Slice(KeptDigits, count - KeptDigits).Fill(MaskText.Hidden);
        written = count;
        return true;
    }

    /// <summary>The digits without separators, so <c>8931 1600…</c> and <c>89311600…</c> give one pseudonym.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> digits = stackalloc char[MaxDigits];
        if (!TryParse(input, digits, out int count) || digits.Slice(0, count).IndexOf(MaskText.Hidden) >= 0 || destination.Length < count)
        {
            return false;
        }

        digits.Slice(0, count).CopyTo(destination);
        written = count;
        return true;
    }

    /// <summary>
    /// Reads 19 or 20 digits starting with <c>89</c>, with spaces or hyphens between groups. Digits after the kept
    /// prefix may be hidden (a masked ICCID masks to itself); when none is, the Luhn check digit must hold.
    /// </summary>
    private static bool TryParse(ReadOnlySpan<char> input, Span<char> digits, out int count)
    {
        count = 0;
        foreach (char c in input.Trim())
        {
            if (MaskText.IsDigitOrHidden(c))
            {
                if (count == MaxDigits || (c == MaskText.Hidden && count < KeptDigits))
                {
                    return false;
                }

                digits[count++] = c;
            }
            else if (c is not (' ' or '-'))
            {
                return false;
            }
        }

        if (count is not (19 or MaxDigits) || digits[0] != '8' || digits[1] != '9')
        {
            return false;
        }

        ReadOnlySpan<char> read = digits.Slice(0, count);
        return read.IndexOf(MaskText.Hidden) >= 0 || LuhnCheck.IsValid(read);
    }
}
