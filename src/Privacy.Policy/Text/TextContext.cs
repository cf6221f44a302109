using System;

namespace Privacy.Policy.Text;

/// <summary>
/// The words that make a loose shape an identifier: a nine-character code is a document number only after
/// <c>paspoort</c>, twelve hexadecimal digits are a MAC address only after <c>MAC</c>. A word counts when it starts a
/// word (<c>e-mailadres</c> holds no <c>adres</c>) and ends at most <see cref="Window"/> characters before the value,
/// so that the word of one sentence does not reach the numbers of the next paragraph. Looked up only once a shape
/// has matched, so text without candidates never pays for it.
/// </summary>
internal static class TextContext
{
    /// <summary>How many characters before a value its context word may end.</summary>
    public const int Window = 40;

    /// <summary>Words naming a passport or identity card (Dutch and English).</summary>
    public static readonly string[] Document =
    [
        "paspoort", "passport", "reisdocument", "travel document", "id-kaart", "id kaart", "idkaart", "identiteitskaart",
        "identiteitsbewijs", "identity card", "id card", "id-card", "id-bewijs", "documentnummer", "document number",
        "documentnr", "document no", "legitimatie",
    ];

    /// <summary>Words naming a device number (IMEI, IMEISV).</summary>
    public static readonly string[] Imei = ["imei"];

    /// <summary>Words naming a subscriber number on the SIM.</summary>
    public static readonly string[] Imsi = ["imsi"];

    /// <summary>Words naming a hardware address.</summary>
    public static readonly string[] Mac = ["mac", "hardware address", "hardware-adres", "hw-adres", "bssid"];

    /// <summary>Words introducing a postcode or an address.</summary>
    public static readonly string[] Postcode = ["postcode", "postal code", "post code", "zip", "adres", "address"];

    /// <summary>Whether one of <paramref name="words"/> starts a word in the <see cref="Window"/> before <paramref name="start"/>.</summary>
    public static bool Before(ReadOnlySpan<char> text, int start, string[] words, bool digitsBetween = false)
        => Nearest(text, start, words, digitsBetween) >= 0;

    /// <summary>
    /// Where the nearest of <paramref name="words"/> before <paramref name="start"/> begins, or -1: the nearer of two
    /// words decides (<c>IMEI 35… en IMSI 204…</c>). Unless <paramref name="digitsBetween"/>, a word followed by a
    /// digit before the value names that other number, not this one (<c>IMEI: 35…. Mastercard 5399 …</c>).
    /// </summary>
    public static int Nearest(ReadOnlySpan<char> text, int start, string[] words, bool digitsBetween = false)
    {
        int from = Math.Max(0, start - Window);
        ReadOnlySpan<char> window = text.Slice(from, start - from);
        int best = -1;
        foreach (string word in words)
        {
            ReadOnlySpan<char> rest = window;
            int offset = 0;
            while (true)
            {
                int at = rest.IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                int position = offset + at;
                if ((position == 0 ? from == 0 || !char.IsLetter(text[from - 1]) : !char.IsLetter(window[position - 1])) && position > best)
                {
                    best = position;
                }

                offset = position + 1;
                rest = window.Slice(offset);
            }
        }

        if (best < 0 || (!digitsBetween && window.Slice(best).IndexOfAnyInRange('0', '9') >= 0))
        {
            return -1;
        }

        return from + best;
    }
}
