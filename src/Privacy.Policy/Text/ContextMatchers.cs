using System;
using Privacy.Policy.Redaction.Formats;

namespace Privacy.Policy.Text;

/// <summary>
/// Identifiers without a check digit whose shape is shared with ordinary numbers, found only where a word names them
/// (<see cref="TextContext"/>): IMEIs of 14 digits (the check digit left out, as logs write them) and IMEISVs of 16
/// (3GPP TS 23.003: TAC, serial, software version), IMSIs (MCC, MNC, MSIN: at most 15 digits), and MAC addresses
/// written as twelve hexadecimal digits in one piece. An IMSI of 15 digits in one piece starting with the Dutch
/// mobile country code 204 is found without a word.
/// </summary>
internal static class ContextMatchers
{
    private static readonly string[] VersionWords = ["v", "ver", "versie", "version", "firmware", "fw", "build", "release", "software", "sw"];

    /// <summary>
    /// What a number of 14 to 16 digits is by the nearest word before it: <see cref="DataFormat.Imsi"/> (14 or 15
    /// digits), <see cref="DataFormat.Imei"/> (14 or 16; a 15-digit IMEI passes Luhn and needs no word), or
    /// <see cref="DataFormat.Unspecified"/>.
    /// </summary>
    public static DataFormat DeviceOrSubscriber(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> digits, bool inOnePiece)
    {
        int imei = TextContext.Nearest(text, start, TextContext.Imei);
        int imsi = TextContext.Nearest(text, start, TextContext.Imsi);
        if (imsi > imei)
        {
            return digits.Length is 14 or 15 ? DataFormat.Imsi : DataFormat.Unspecified;
        }

        if (imei > imsi)
        {
            return digits.Length is 14 or 16 ? DataFormat.Imei : DataFormat.Unspecified;
        }

        return inOnePiece && digits.Length == 15 && digits.StartsWith("204") ? DataFormat.Imsi : DataFormat.Unspecified;
    }

    /// <summary>Twelve hexadecimal digits in one piece after a word such as <c>MAC</c>: the length (12), or 0.</summary>
    public static int MatchPlainMac(ReadOnlySpan<char> text, int start)
    {
        if (start + 12 > text.Length)
        {
            return 0;
        }

        for (int i = 0; i < 12; i++)
        {
            if (!MaskText.IsHexDigit(text[start + i]))
            {
                return 0;
            }
        }

        return TextScanner.EndsToken(text, start + 12) && TextContext.Before(text, start, TextContext.Mac) ? 12 : 0;
    }

    /// <summary>
    /// Whether the word right before <paramref name="start"/> (past spaces, <c>:</c> and <c>=</c>) labels a version:
    /// <c>firmware 1.2.0.14</c> and <c>build: 2.1.0.7</c> are four numbers of at most 255, but no IP address.
    /// </summary>
    public static bool FollowsVersionWord(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end > 0 && text[end - 1] is ' ' or ':' or '=')
        {
            end--;
        }

        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        ReadOnlySpan<char> word = text.Slice(begin, end - begin);
        foreach (string label in VersionWords)
        {
            if (word.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }


    /// <summary>Whether a port follows an address at <paramref name="end"/>: a colon and one to five digits, then the token ends.</summary>
    public static bool PortFollows(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length || text[end] != ':')
        {
            return false;
        }

        int i = end + 1;
        while (i < text.Length && MaskText.IsAsciiDigit(text[i]) && i - end <= 5)
        {
            i++;
        }

        return i - end is >= 2 and <= 6 && TextScanner.EndsToken(text, i);
    }
}
