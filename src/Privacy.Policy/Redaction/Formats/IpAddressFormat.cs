using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// IPv4 and IPv6 addresses in text. Masked, an IPv4 address keeps its /24 network and an IPv6 address its /48,
/// written in CIDR notation so that the result is never mistaken for a host: <c>192.0.2.77</c> becomes
/// <c>192.0.2.0/24</c>, <c>2001:db8:abcd:12::1</c> becomes <c>2001:db8:abcd::/48</c>. A 6to4 address, whose /48
/// holds a whole IPv4 address, keeps a /40: that address's /24.
/// </summary>
internal static class IpAddressFormat
{
    private const ushort SixToFourPrefix = 0x2002;

    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<ushort> groups = stackalloc ushort[8];
        int position = 0;
        bool ok;
        if (TryParseV4(input, groups, minimumPrefix: 24))
        {
            ok = MaskText.TryAppendNumber(destination, ref position, groups[0])
                 && MaskText.TryAppend(destination, ref position, '.')
                 && MaskText.TryAppendNumber(destination, ref position, groups[1])
                 && MaskText.TryAppend(destination, ref position, '.')
                 && MaskText.TryAppendNumber(destination, ref position, groups[2])
                 && MaskText.TryAppend(destination, ref position, ".0/24".AsSpan());
        }
        else if (TryParseV6(input, groups, minimumPrefix: 40))
        {
            // A 6to4 address (2002::/16) carries a whole IPv4 address in bits 16 to 48: keep its /24, a /40.
            bool sixToFour = groups[0] == SixToFourPrefix;
            if (sixToFour)
            {
                groups[2] &= 0xFF00;
            }

            ReadOnlySpan<char> suffix = sixToFour ? "::/40".AsSpan() : "::/48".AsSpan();
            ok = groups[0] == 0 && groups[1] == 0 && groups[2] == 0
                ? MaskText.TryAppend(destination, ref position, "::/48".AsSpan())
                : MaskText.TryAppendLowerHex(destination, ref position, groups[0])
                  && MaskText.TryAppend(destination, ref position, ':')
                  && MaskText.TryAppendLowerHex(destination, ref position, groups[1])
                  && MaskText.TryAppend(destination, ref position, ':')
                  && MaskText.TryAppendLowerHex(destination, ref position, groups[2])
                  && MaskText.TryAppend(destination, ref position, suffix);
        }
        else
        {
            return false;
        }

        written = ok ? position : 0;
        return ok;
    }

    /// <summary>The address in one canonical form: dotted decimal, or eight lower-case hexadecimal groups.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        Span<ushort> groups = stackalloc ushort[8];
        int position = 0;
        bool ok = true;
        if (TryParseV4(input, groups, minimumPrefix: 33))
        {
            for (int i = 0; i < 4 && ok; i++)
            {
                ok = (i == 0 || MaskText.TryAppend(destination, ref position, '.')) && MaskText.TryAppendNumber(destination, ref position, groups[i]);
            }
        }
        else if (TryParseV6(input, groups, minimumPrefix: 129))
        {
            if (groups.Slice(0, 5).IndexOfAnyExcept((ushort)0) < 0 && groups[5] == 0xFFFF)
            {
                // An IPv4-mapped address (::ffff:192.0.2.77) is the IPv4 address.
                for (int i = 0; i < 4 && ok; i++)
                {
                    int octet = i % 2 == 0 ? groups[6 + (i / 2)] >> 8 : groups[6 + (i / 2)] & 0xFF;
                    ok = (i == 0 || MaskText.TryAppend(destination, ref position, '.')) && MaskText.TryAppendNumber(destination, ref position, octet);
                }

                written = ok ? position : 0;
                return ok;
            }

            for (int i = 0; i < 8 && ok; i++)
            {
                ok = (i == 0 || MaskText.TryAppend(destination, ref position, ':')) && MaskText.TryAppendLowerHex(destination, ref position, groups[i]);
            }
        }
        else
        {
            return false;
        }

        written = ok ? position : 0;
        return ok;
    }

    /// <summary>
    /// Parses dotted-decimal IPv4 into the first four <paramref name="groups"/>. A CIDR suffix is accepted only when
    /// its prefix is at least <paramref name="minimumPrefix"/>, so a masked address reads back as itself.
    /// </summary>
    internal static bool TryParseV4(ReadOnlySpan<char> input, Span<ushort> groups, int minimumPrefix)
    {
        input = input.Trim();
        if (!TrySplitPrefix(ref input, 32, minimumPrefix))
        {
            return false;
        }

        int octet = 0;
        for (int i = 0; i < 4; i++)
        {
            int value = 0;
            int digits = 0;
            while (octet < input.Length && MaskText.IsAsciiDigit(input[octet]))
            {
                value = (value * 10) + (input[octet++] - '0');
                if (++digits > 3)
                {
                    return false;
                }
            }

            if (digits == 0 || value > 255)
            {
                return false;
            }

            groups[i] = (ushort)value;
            if (i < 3)
            {
                if (octet >= input.Length || input[octet] != '.')
                {
                    return false;
                }

                octet++;
            }
        }

        return octet == input.Length;
    }

    /// <summary>Parses IPv6 (with <c>::</c>, an embedded IPv4 tail, an optional zone and brackets) into eight groups.</summary>
    internal static bool TryParseV6(ReadOnlySpan<char> input, Span<ushort> groups, int minimumPrefix)
    {
        input = input.Trim();
        if (!TrySplitPrefix(ref input, 128, minimumPrefix))
        {
            return false;
        }

        if (input.Length > 2 && input[0] == '[' && input[^1] == ']')
        {
            input = input.Slice(1, input.Length - 2);
        }

        int zone = input.IndexOf('%');
        if (zone >= 0)
        {
            input = input.Slice(0, zone);
        }

        if (input.Length < 2 || input.Length > 45)
        {
            return false;
        }

        groups.Clear();
        Span<ushort> head = stackalloc ushort[8];
        Span<ushort> tail = stackalloc ushort[8];
        int headCount = 0;
        int tailCount = 0;
        bool compressed = false;
        int i = 0;
        if (input.StartsWith("::".AsSpan()))
        {
            compressed = true;
            i = 2;
        }

        while (i < input.Length)
        {
            // An IPv4 tail takes the last two groups.
            int nextColon = input.Slice(i).IndexOf(':');
            ReadOnlySpan<char> part = nextColon < 0 ? input.Slice(i) : input.Slice(i, nextColon);
            if (nextColon < 0 && part.IndexOf('.') >= 0)
            {
                Span<ushort> v4 = stackalloc ushort[8];
                if (!TryParseV4(part, v4, minimumPrefix: 33))
                {
                    return false;
                }

                ushort high = (ushort)((v4[0] << 8) | v4[1]);
                ushort low = (ushort)((v4[2] << 8) | v4[3]);
                if (!Add(compressed ? tail : head, ref compressed ? ref tailCount : ref headCount, high)
                    || !Add(compressed ? tail : head, ref compressed ? ref tailCount : ref headCount, low))
                {
                    return false;
                }

                i = input.Length;
                break;
            }

            if (part.IsEmpty || part.Length > 4)
            {
                return false;
            }

            int value = 0;
            foreach (char c in part)
            {
                if (!MaskText.IsHexDigit(c))
                {
                    return false;
                }

                value = (value << 4) | MaskText.HexValue(c);
            }

            if (!Add(compressed ? tail : head, ref compressed ? ref tailCount : ref headCount, (ushort)value))
            {
                return false;
            }

            i += part.Length;
            if (i == input.Length)
            {
                break;
            }

            // Here input[i] is ':'.
            if (i + 1 < input.Length && input[i + 1] == ':')
            {
                if (compressed)
                {
                    return false;
                }

                compressed = true;
                i += 2;
            }
            else if (i + 1 == input.Length)
            {
                return false;
            }
            else
            {
                i++;
            }
        }

        int total = headCount + tailCount;
        if (compressed ? total > 7 : total != 8)
        {
            return false;
        }

        head.Slice(0, headCount).CopyTo(groups);
        tail.Slice(0, tailCount).CopyTo(groups.Slice(8 - tailCount));
        return true;

        static bool Add(Span<ushort> target, ref int count, ushort value)
        {
            if (count == 8)
            {
                return false;
            }

            target[count++] = value;
            return true;
        }
    }

    private static bool TrySplitPrefix(ref ReadOnlySpan<char> input, int maximum, int minimumPrefix)
    {
        int slash = input.IndexOf('/');
        if (slash < 0)
        {
            return true;
        }

        ReadOnlySpan<char> digits = input.Slice(slash + 1);
        if (digits.IsEmpty || digits.Length > 3)
        {
            return false;
        }

        int prefix = 0;
        foreach (char c in digits)
        {
            if (!MaskText.IsAsciiDigit(c))
            {
                return false;
            }

            prefix = (prefix * 10) + (c - '0');
        }

        input = input.Slice(0, slash);
        return prefix >= minimumPrefix && prefix <= maximum;
    }
}
