using System;
using Privacy.Policy.Redaction.Formats;

namespace Privacy.Policy.Text;

/// <summary>
/// Machine-readable zones (ICAO Doc 9303): a passport's two lines of 44 characters (TD3), a TD2 document's two of 36,
/// an identity card's three of 30 (TD1), of <c>A-Z</c>, <c>0-9</c> and <c>&lt;</c>. A zone is found only when its
/// check digits are right (weights 7, 3, 1; <c>A</c>=10 … <c>Z</c>=35, <c>&lt;</c>=0; the sum mod 10): the document
/// number's, the dates of birth and expiry, and the composite one. The lines may be joined by a line break or a
/// space; the name line comes with the zone. The second line of a passport, pasted on its own, is a zone too.
/// </summary>
internal static class MrzMatcher
{
    /// <summary>The length of the zone at <paramref name="start"/> (all its lines and the breaks between them), or 0.</summary>
    public static int Match(ReadOnlySpan<char> text, int start)
    {
        int run = Run(text, start);
        if (run is 44 or 36)
        {
            ReadOnlySpan<char> line = text.Slice(start, run);
            int next = NextLine(text, start + run);
            if (line[0] == 'P' && next > 0 && Run(text, next) == run && IsDataLine(text.Slice(next, run)))
            {
                return next + run - start;
            }

            return IsDataLine(line) ? run : 0;
        }

        if (run == 30 && text[start] is 'I' or 'A' or 'C')
        {
            int second = NextLine(text, start + 30);
            if (second < 0 || Run(text, second) != 30 || !IsCardZone(text.Slice(start, 30), text.Slice(second, 30)))
            {
                return 0;
            }

            int third = NextLine(text, second + 30);
            return (third > 0 && Run(text, third) == 30 ? third + 30 : second + 30) - start;
        }

        return 0;
    }

    /// <summary>How many MRZ characters follow <paramref name="start"/>, or 0 when the run goes on into a word.</summary>
    private static int Run(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length && i - start <= 44 && (text[i] is >= 'A' and <= 'Z' or '<' || MaskText.IsAsciiDigit(text[i])))
        {
            i++;
        }

        return i < text.Length && char.IsLetterOrDigit(text[i]) ? 0 : i - start;
    }

    /// <summary>Where the next line starts after a line break (<c>\n</c>, <c>\r\n</c>) or one space, or -1.</summary>
    private static int NextLine(ReadOnlySpan<char> text, int end)
    {
        if (end < text.Length && text[end] == '\r')
        {
            end++;
        }

        return end < text.Length && text[end] is '\n' or ' ' && end + 1 < text.Length ? end + 1 : -1;
    }

    /// <summary>The second line of a TD3 (44) or TD2 (36) zone.</summary>
    private static bool IsDataLine(ReadOnlySpan<char> line)
    {
        int optionalEnd = line.Length - 1;
        if (!IsCheck(line.Slice(0, 9), line[9]) || !IsNationality(line.Slice(10, 3))
            || !IsDate(line.Slice(13, 6)) || !IsCheck(line.Slice(13, 6), line[19]) || line[20] is not ('M' or 'F' or 'X' or '<')
            || !IsDate(line.Slice(21, 6)) || !IsCheck(line.Slice(21, 6), line[27]))
        {
            return false;
        }

        if (line.Length == 44)
        {
            // The personal number has its own check digit, '<' when it is empty.
            ReadOnlySpan<char> personal = line.Slice(28, 14);
            bool empty = personal.IndexOfAnyExcept('<') < 0;
            if (!(empty && line[42] is '<' or '0') && !IsCheck(personal, line[42]))
            {
                return false;
            }
        }

        int sum = 0;
        int position = 0;
        Add(line.Slice(0, 10), ref sum, ref position);
        Add(line.Slice(13, 7), ref sum, ref position);
        Add(line.Slice(21, optionalEnd - 21), ref sum, ref position);
        return MaskText.IsAsciiDigit(line[optionalEnd]) && sum % 10 == line[optionalEnd] - '0';
    }

    /// <summary>The first two lines of a TD1 zone (identity card).</summary>
    private static bool IsCardZone(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (!IsNationality(first.Slice(2, 3)) || !IsCheck(first.Slice(5, 9), first[14])
            || !IsDate(second.Slice(0, 6)) || !IsCheck(second.Slice(0, 6), second[6]) || second[7] is not ('M' or 'F' or 'X' or '<')
            || !IsDate(second.Slice(8, 6)) || !IsCheck(second.Slice(8, 6), second[14]) || !IsNationality(second.Slice(15, 3)))
        {
            return false;
        }

        int sum = 0;
        int position = 0;
        Add(first.Slice(5, 25), ref sum, ref position);
        Add(second.Slice(0, 7), ref sum, ref position);
        Add(second.Slice(8, 7), ref sum, ref position);
        Add(second.Slice(18, 11), ref sum, ref position);
        return MaskText.IsAsciiDigit(second[29]) && sum % 10 == second[29] - '0';
    }

    /// <summary>Whether <paramref name="check"/> is the check digit of <paramref name="field"/>.</summary>
    internal static bool IsCheck(ReadOnlySpan<char> field, char check)
    {
        int sum = 0;
        int position = 0;
        Add(field, ref sum, ref position);
        return MaskText.IsAsciiDigit(check) && sum % 10 == check - '0';
    }

    private static void Add(ReadOnlySpan<char> field, ref int sum, ref int position)
    {
        foreach (char c in field)
        {
            int value = c == '<' ? 0 : MaskText.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * (position % 3) switch { 0 => 7, 1 => 3, _ => 1 };
            position++;
        }
    }

    private static bool IsNationality(ReadOnlySpan<char> code)
        => code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z' or '<' && code[2] is >= 'A' and <= 'Z' or '<'; // D<< is Germany

    private static bool IsDate(ReadOnlySpan<char> date)
    {
        foreach (char c in date)
        {
            if (!MaskText.IsAsciiDigit(c))
            {
                return false;
            }
        }

        int month = ((date[2] - '0') * 10) + (date[3] - '0');
        int day = ((date[4] - '0') * 10) + (date[5] - '0');
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }
}
