using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>Small span helpers the format rules share.</summary>
internal static class MaskText
{
    /// <summary>The character that stands for each hidden character of a masked value.</summary>
    public const char Hidden = '*';

    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsDigitOrHidden(char c) => IsAsciiDigit(c) || c == Hidden;

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsHexDigit(char c) => IsAsciiDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    public static int HexValue(char c) => IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>Appends <paramref name="text"/> at <paramref name="position"/>; false when it does not fit.</summary>
    public static bool TryAppend(Span<char> destination, ref int position, ReadOnlySpan<char> text)
    {
        if (!text.TryCopyTo(destination.Slice(position)))
        {
            return false;
        }

        position += text.Length;
        return true;
    }

    public static bool TryAppend(Span<char> destination, ref int position, char c)
    {
        if ((uint)position >= (uint)destination.Length)
        {
            return false;
        }

        destination[position++] = c;
        return true;
    }

    public static bool TryAppendRepeated(Span<char> destination, ref int position, char c, int count)
    {
        if (count < 0 || position + count > destination.Length)
        {
            return false;
        }

        destination.Slice(position, count).Fill(c);
        position += count;
        return true;
    }

    public static bool TryAppendNumber(Span<char> destination, ref int position, int value, string format = "")
    {
        if (!value.TryFormat(destination.Slice(position), out int written, format, System.Globalization.CultureInfo.InvariantCulture))
        {
            return false;
        }

        position += written;
        return true;
    }

    public static bool TryAppendLowerHex(Span<char> destination, ref int position, int value)
        => TryAppendNumber(destination, ref position, value, "x");
}
