using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// IMEIs (15 digits: TAC, serial, Luhn check digit), IMEISVs (16 digits) and the 14-digit form in logs, with or
/// without separators. Masked, an IMEI keeps its 8-digit TAC, the device model: <c>35-209900-176148-1</c> becomes
/// <c>35209900*******</c>.
/// </summary>
internal static class ImeiFormat
{
    private const int TypeAllocationCodeLength = 8;

    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> digits = stackalloc char[16];
        if (!TryParse(input, digits, out int count) || destination.Length < count)
        {
            return false;
        }

        digits.Slice(0, TypeAllocationCodeLength).CopyTo(destination);
        destination.Slice(TypeAllocationCodeLength, count - TypeAllocationCodeLength).Fill(MaskText.Hidden);
        written = count;
        return true;
    }

    /// <summary>TAC and serial (14 digits), so an IMEI and the IMEISV of the same device give the same pseudonym.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> digits = stackalloc char[16];
        if (!TryParse(input, digits, out int count) || digits.Slice(0, count).IndexOf(MaskText.Hidden) >= 0 || destination.Length < 14)
        {
            return false;
        }

        digits.Slice(0, 14).CopyTo(destination);
        written = 14;
        return true;
    }

    private static bool TryParse(ReadOnlySpan<char> input, Span<char> digits, out int count)
    {
        count = 0;
        input = input.Trim();
        foreach (char c in input)
        {
            if (MaskText.IsDigitOrHidden(c))
            {
                if (count == 16 || (c == MaskText.Hidden && count < TypeAllocationCodeLength))
                {
                    return false;
                }

                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '/' or '.'))
            {
                return false;
            }
        }

        return count is 14 or 15 or 16;
    }
}
