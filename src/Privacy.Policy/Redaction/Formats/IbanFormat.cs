using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// IBANs, with or without the spaces of the printed form. An IBAN is accepted only when its check digits are right
/// (ISO 13616: the number mod 97 is 1); a Dutch IBAN has 18 characters. Masked, it keeps its country code and last
/// four characters: <c>NL91 ABNA 0417 1643 00</c> becomes <c>NL************4300</c>.
/// </summary>
internal static class IbanFormat
{
    private const int MaxLength = 34;

    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> iban = stackalloc char[MaxLength];
        if (!TryParse(input, iban, out int length, allowHidden: true) || destination.Length < length)
        {
            return false;
        }

        iban.Slice(0, 2).CopyTo(destination);
        destination.Slice(2, length - 6).Fill(MaskText.Hidden);
        iban.Slice(length - 4, 4).CopyTo(destination.Slice(length - 4));
        written = length;
        return true;
    }

    /// <summary>The IBAN in upper case without spaces.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> iban = stackalloc char[MaxLength];
        if (!TryParse(input, iban, out int length, allowHidden: false) || !iban.Slice(0, length).TryCopyTo(destination))
        {
            return false;
        }

        written = length;
        return true;
    }

    internal static bool TryParse(ReadOnlySpan<char> input, Span<char> iban, out int length, bool allowHidden)
    {
        length = 0;
        int hidden = 0;
        foreach (char c in input.Trim())
        {
            if (c == ' ')
            {
                continue;
            }

            if (length == MaxLength)
            {
                return false;
            }

            if (MaskText.IsAsciiLetter(c) || MaskText.IsAsciiDigit(c))
            {
                iban[length++] = char.ToUpperInvariant(c);
            }
            else if (c == MaskText.Hidden && allowHidden)
            {
                iban[length++] = c;
                hidden++;
            }
            else
            {
                return false;
            }
        }

        if (length < 15 || !MaskText.IsAsciiLetter(iban[0]) || !MaskText.IsAsciiLetter(iban[1]))
        {
            return false;
        }

        if (iban[0] == 'N' && iban[1] == 'L' && length != 18)
        {
            return false;
        }

        if (hidden > 0)
        {
            // A masked IBAN: country code, hidden characters, then the four kept ones.
            return iban.Slice(2, length - 6).IndexOfAnyExcept(MaskText.Hidden) < 0
                   && iban.Slice(length - 4).IndexOf(MaskText.Hidden) < 0;
        }

        return MaskText.IsAsciiDigit(iban[2]) && MaskText.IsAsciiDigit(iban[3]) && Mod97(iban.Slice(0, length)) == 1;
    }

    private static int Mod97(ReadOnlySpan<char> iban)
    {
        int remainder = 0;
        for (int i = 0; i < iban.Length; i++)
        {
            char c = iban[(i + 4) % iban.Length]; // the first four characters move to the end
            remainder = MaskText.IsAsciiDigit(c)
                ? ((remainder * 10) + (c - '0')) % 97
                : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }
}
