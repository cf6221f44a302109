using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// 48-bit MAC addresses: <c>00:1A:2B:3C:4D:5E</c>, <c>00-1a-2b-3c-4d-5e</c>, <c>001A2B3C4D5E</c> or
/// <c>001a.2b3c.4d5e</c>. Masked, an address keeps its OUI (the first three octets, the vendor):
/// <c>00:1A:2B:**:**:**</c>. A locally administered address (bit 0x02 of the first octet, as phones set when they
/// randomise their address) has no vendor: all 48 bits may identify the device, so it is erased whole.
/// </summary>
internal static class MacAddressFormat
{
    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> hex = stackalloc char[12];
        if (!TryParse(input, hex) || hex.Slice(0, 6).IndexOf(MaskText.Hidden) >= 0 || destination.Length < 17 || IsLocallyAdministered(hex[1]))
        {
            return false;
        }

        for (int octet = 0; octet < 6; octet++)
        {
            int at = octet * 3;
            bool kept = octet < 3;
            destination[at] = kept ? char.ToUpperInvariant(hex[octet * 2]) : MaskText.Hidden;
            destination[at + 1] = kept ? char.ToUpperInvariant(hex[(octet * 2) + 1]) : MaskText.Hidden;
            if (octet < 5)
            {
                destination[at + 2] = ':';
            }
        }

        written = 17;
        return true;
    }

    /// <summary>
    /// Whether the first octet's second hexadecimal digit has bit 0x02 set: a locally administered address. The digit
    /// is a hexadecimal one: parsing and the check for hidden digits come first.
    /// </summary>
    private static bool IsLocallyAdministered(char secondDigit)
        => (MaskText.HexValue(secondDigit) & 0x2) != 0;

    /// <summary>Twelve upper-case hexadecimal digits.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> hex = stackalloc char[12];
        if (!TryParse(input, hex) || hex.IndexOf(MaskText.Hidden) >= 0 || destination.Length < 12)
        {
            return false;
        }

        for (int i = 0; i < 12; i++)
        {
            destination[i] = char.ToUpperInvariant(hex[i]);
        }

        written = 12;
        return true;
    }

    private static bool TryParse(ReadOnlySpan<char> input, Span<char> hex)
    {
        input = input.Trim();
        int count = 0;
        int groupLength = input.Length switch
        {
            17 => 2, // six octets with ':' or '-'
            14 => 4, // three groups of four with '.'
            12 => 12,
            _ => 0,
        };
        if (groupLength == 0)
        {
            return false;
        }

        char separator = '\0';
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            bool separatorPosition = groupLength != 12 && (i + 1) % (groupLength + 1) == 0;
            if (separatorPosition)
            {
                bool allowed = groupLength == 2 ? c is ':' or '-' : c == '.';
                if (!allowed || (separator != '\0' && c != separator))
                {
                    return false;
                }

                separator = c;
            }
            else if (MaskText.IsHexDigit(c) || c == MaskText.Hidden)
            {
                hex[count++] = c;
            }
            else
            {
                return false;
            }
        }

        return count == 12;
    }
}
