using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// Dutch postal addresses. Masked, an address keeps only the four digits of its postcode, the area:
/// <c>Damrak 1, 1012 LG Amsterdam</c> becomes <c>1012 **</c>. An address without a Dutch postcode cannot be masked
/// and is erased.
/// </summary>
internal static class PostalAddressFormat
{
    private const int MaxLength = 1024;

    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        if (input.Length > MaxLength || !TryFindPostcode(input, out int at) || destination.Length < 7)
        {
            return false;
        }

        input.Slice(at, 4).CopyTo(destination);
        " **".AsSpan().CopyTo(destination.Slice(4));
        written = 7;
        return true;
    }

    /// <summary>The address in upper case with runs of white space made one space.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
        => PersonNameFormat.TryNormalize(input.Length > MaxLength ? default : input, destination, out written);

    /// <summary>
    /// Finds a postcode: four digits (the first not 0), an optional space and two letters (or the two hidden
    /// characters of a masked address), standing on their own.
    /// </summary>
    private static bool TryFindPostcode(ReadOnlySpan<char> input, out int at)
    {
        for (at = 0; at + 6 <= input.Length; at++)
        {
            if (at > 0 && char.IsLetterOrDigit(input[at - 1]))
            {
                continue;
            }

            if (input[at] is < '1' or > '9' || !MaskText.IsAsciiDigit(input[at + 1]) || !MaskText.IsAsciiDigit(input[at + 2]) || !MaskText.IsAsciiDigit(input[at + 3]))
            {
                continue;
            }

            int letters = at + 4;
            if (input[letters] == ' ')
            {
                letters++;
            }

            if (letters + 2 > input.Length)
            {
                continue;
            }

            char first = input[letters];
            char second = input[letters + 1];
            bool hidden = first == MaskText.Hidden && second == MaskText.Hidden;
            bool plain = MaskText.IsAsciiLetter(first) && MaskText.IsAsciiLetter(second);
            bool standsAlone = letters + 2 == input.Length || !char.IsLetterOrDigit(input[letters + 2]);
            if ((hidden || plain) && standsAlone)
            {
                return true;
            }
        }

        return false;
    }
}
