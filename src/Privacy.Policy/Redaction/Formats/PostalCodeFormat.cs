using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// Dutch postcodes: four digits, the first not zero, and two letters, with or without a space (<c>1234 AB</c>,
/// <c>1234ab</c>); the letter pairs SA, SD and SS are never issued. Masked, a postcode keeps its four digits, the
/// postcode area of some thousands of addresses: <c>1234 AB</c> becomes <c>1234 **</c>.
/// </summary>
internal static class PostalCodeFormat
{
    /// <summary>Keeps the postcode area and hides the letters.</summary>
    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> code = stackalloc char[6];
        if (!TryParse(input, code, allowHidden: true) || destination.Length < 7)
        {
            return false;
        }

        code.Slice(0, 4).CopyTo(destination);
        destination[4] = ' ';
        destination[5] = MaskText.Hidden;
        destination[6] = MaskText.Hidden;
        written = 7;
        return true;
    }

    /// <summary>The postcode in upper case with one space: <c>1234 AB</c>.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> code = stackalloc char[6];
        if (!TryParse(input, code, allowHidden: false) || destination.Length < 7)
        {
            return false;
        }

        code.Slice(0, 4).CopyTo(destination);
        destination[4] = ' ';
        code.Slice(4, 2).CopyTo(destination.Slice(5));
        written = 7;
        return true;
    }

    /// <summary>Whether <paramref name="input"/> is exactly one postcode, letters in either case.</summary>
    internal static bool IsPostcode(ReadOnlySpan<char> input) => TryParse(input, stackalloc char[6], allowHidden: false);

    private static bool TryParse(ReadOnlySpan<char> input, Span<char> code, bool allowHidden)
    {
        input = input.Trim();
        if (input.Length is not (6 or 7) || (input.Length == 7 && input[4] != ' ') || input[0] == '0')
        {
            return false;
        }

        for (int i = 0; i < 4; i++)
        {
            if (!MaskText.IsAsciiDigit(input[i]))
            {
                return false;
            }

            code[i] = input[i];
        }

        ReadOnlySpan<char> letters = input.Slice(input.Length - 2);
        if (allowHidden && letters[0] == MaskText.Hidden && letters[1] == MaskText.Hidden)
        {
            code[4] = code[5] = MaskText.Hidden;
            return true;
        }

        if (!MaskText.IsAsciiLetter(letters[0]) || !MaskText.IsAsciiLetter(letters[1]))
        {
            return false;
        }

        code[4] = char.ToUpperInvariant(letters[0]);
        code[5] = char.ToUpperInvariant(letters[1]);
        return code[4] != 'S' || code[5] is not ('A' or 'D' or 'S');
    }
}
