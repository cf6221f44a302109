using System;
using Privacy.Policy.Redaction.Formats;

namespace Privacy.Policy.Text;

/// <summary>
/// Dutch postcodes (four digits 1000–9999 and two letters, never SA, SD or SS), with the house number that follows
/// them: <c>1012 LG 1</c>, <c>1012LG 1-3</c>, <c>1012 LG, 12a</c>. Four digits and two capitals are also megabytes,
/// kilograms and the start of a headline, so a postcode is found only when a house number follows it, a place name
/// follows it (<c>1012 LG Amsterdam</c>) or a word such as <c>postcode</c> or <c>adres</c> comes before it; written in
/// lower case (<c>1012lg</c>) only after such a word. Units and abbreviations (<c>1500 MB Data</c>, <c>2026 OK Dank</c>)
/// before a capitalised word are no postcode without a house number or that word. The finding covers the house
/// number: a postcode and a house number name one address, and <see cref="TextScrubber"/> erases the number and masks
/// the postcode to its area.
/// </summary>
internal static class PostcodeMatcher
{
    /// <summary>The length of the postcode (and house number) at <paramref name="start"/>, or 0.</summary>
    public static int Match(ReadOnlySpan<char> text, int start)
    {
        if (start + 6 > text.Length || text[start] == '0')
        {
            return 0;
        }

        for (int i = 1; i < 4; i++)
        {
            if (!MaskText.IsAsciiDigit(text[start + i]))
            {
                return 0;
            }
        }

        int letters = text[start + 4] == ' ' ? start + 5 : start + 4;
        int end = letters + 2;
        if (end > text.Length || !MaskText.IsAsciiLetter(text[letters]) || !MaskText.IsAsciiLetter(text[letters + 1]) || !TextScanner.EndsToken(text, end))
        {
            return 0;
        }

        char first = char.ToUpperInvariant(text[letters]);
        char second = char.ToUpperInvariant(text[letters + 1]);
        if (first == 'S' && second is 'A' or 'D' or 'S')
        {
            return 0;
        }

        bool upper = text[letters] is >= 'A' and <= 'Z' && text[letters + 1] is >= 'A' and <= 'Z';
        bool context = TextContext.Before(text, start, TextContext.Postcode, digitsBetween: true);
        if (!context && !upper)
        {
            return 0;
        }

        int house = HouseNumberEnd(text, end);
        if (house > 0)
        {
            return house - start;
        }

        return context || (!IsUnitOrWord(first, second) && PlaceNameFollows(text, end)) ? end - start : 0;
    }

    /// <summary>The length of the postcode itself at the start of a finding (<c>1012 LG</c> or <c>1012LG</c>).</summary>
    public static int CodeLength(ReadOnlySpan<char> finding) => finding.Length > 4 && finding[4] == ' ' ? 7 : 6;

    /// <summary>Units (<c>1500 MB</c>, <c>2000 KG</c>) and abbreviations that follow a year or a number (<c>2026 OK</c>, <c>2024 EU</c>).</summary>
    private static bool IsUnitOrWord(char first, char second) => (first, second) is
        ('K' or 'M' or 'G' or 'T' or 'P', 'B') or ('K' or 'C' or 'M', 'M') or ('K' or 'M', 'G') or ('M', 'L') or ('H', 'Z')
        or ('K' or 'M' or 'G', 'W') or ('P', 'K') or ('O', 'K') or ('E', 'U') or ('N', 'L') or ('B' or 'N', 'V') or ('T', 'V')
        or ('P', 'C') or ('I', 'D') or ('A' or 'P', 'M');

    /// <summary>
    /// Where a house number after the postcode ends (<c> 1</c>, <c>, 12a</c>, <c> 1-3</c>, <c> 7-H</c>), or -1: one to
    /// five digits, the first not zero, an optional letter and an optional addition after a dash.
    /// </summary>
    private static int HouseNumberEnd(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        if (i >= text.Length || text[i] != ' ')
        {
            return -1;
        }

        i++;
        int digits = i;
        while (i < text.Length && MaskText.IsAsciiDigit(text[i]) && i - digits < 6)
        {
            i++;
        }

        if (i == digits || i - digits > 5 || text[digits] == '0')
        {
            return -1;
        }

        if (i < text.Length && MaskText.IsAsciiLetter(text[i]) && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '-' && char.IsLetterOrDigit(text[i + 1]))
        {
            int addition = ++i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]) && i - addition < 5)
            {
                i++;
            }

            if (i - addition > 4)
            {
                return -1;
            }
        }

        return TextScanner.EndsToken(text, i) ? i : -1;
    }

    /// <summary>
    /// Whether a place name follows after one or two spaces (PostNL writes two: <c>1012 LG  AMSTERDAM</c>): a capital
    /// and a lower-case letter, a name in capitals, or <c>'s-</c>.
    /// </summary>
    private static bool PlaceNameFollows(ReadOnlySpan<char> text, int end)
    {
        int at = end + (end + 1 < text.Length && text[end] == ' ' && text[end + 1] == ' ' ? 2 : 1);
        if (at + 2 > text.Length || text[end] != ' ')
        {
            return false;
        }

        ReadOnlySpan<char> next = text.Slice(at);
        if (next.StartsWith("'s-", StringComparison.Ordinal))
        {
            return true;
        }

        if (!char.IsUpper(next[0]))
        {
            return false;
        }

        if (char.IsLower(next[1]))
        {
            return true;
        }

        int capitals = 0;
        while (capitals < next.Length && char.IsUpper(next[capitals]))
        {
            capitals++;
        }

        return capitals >= 3 && (capitals == next.Length || !char.IsLetterOrDigit(next[capitals]));
    }
}
