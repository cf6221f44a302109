using System;
using System.Buffers;
using System.Collections.Generic;
using Privacy.Policy.Redaction.Formats;

namespace Privacy.Policy.Text;

/// <summary>
/// Finds identifiers in free text in one pass over its characters, without regular expressions and without allocating
/// when nothing is found. Each candidate is validated (11-test, mod-97, Luhn, number plans) so that look-alikes stay
/// text. A finding never starts or ends inside a longer token: the characters beside it are not letters or digits,
/// nor a joiner (<c>-/_@.,</c>) leading on to one, so <c>INV-123456782</c> and <c>1.123456782</c> are not BSNs.
/// </summary>
internal static class TextScanner
{
    private const int MaxGroups = 16;

    // What may follow a word and make it part of a candidate: an e-mail address's local part and '@', the separators
    // of MAC and IPv6 addresses, and '<' (machine-readable zones). A matcher that can start at a letter and go on past a
    // word of letters with another character must add that character here.
    private const string WordContinuations = "@:-._%+</";

    // Plain text: lower-case ASCII letters, and the ASCII characters that neither start a candidate nor continue a word
    // into one (everything but letters, digits, '+', '(' and WordContinuations). The loop jumps over runs of them
    // with one vectorised search; any other character (a capital, a digit, a non-ASCII letter) is looked at below.
    private static readonly SearchValues<char> Plain = SearchValues.Create(PlainCharacters());

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> AsciiAlphanumerics = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The findings in text order, not overlapping; the shared empty array when there are none.</summary>
    public static IReadOnlyList<TextFinding> Find(ReadOnlySpan<char> text)
    {
        List<TextFinding>? found = null;
        int i = 0;
        while (i < text.Length)
        {
            // Jump over plain text. Where the jump stops, a lower-case word right before it may belong to what
            // follows (jan.jansen@..., cafe:babe::1, abc123): go back to that word's start, where the character-by-
            // character reading would have been, and read on from there.
            int next = text.Slice(i).IndexOfAnyExcept(Plain);
            if (next < 0)
            {
                break;
            }

            int stop = i + next;
            int wordStart = stop;
            while (wordStart > i && text[wordStart - 1] is >= 'a' and <= 'z')
            {
                wordStart--;
            }

            i = wordStart;
            char c = text[i];

            // A word of ASCII letters, lower-case or capitalised ("klant", "Klant"): the bulk of any text. No matcher
            // starts there unless the word goes on with one of WordContinuations (an e-mail address; a MAC or IPv6
            // address written with a-f), a digit or a non-ASCII letter; IBANs start with two capitals, document
            // numbers hold digits, machine-readable zones '<'. Such a word is skipped without trying the matchers.
            if (c is >= 'a' and <= 'z' || (c is >= 'A' and <= 'Z' && i + 1 < text.Length && text[i + 1] is >= 'a' and <= 'z'))
            {
                // Also a word ended by one of them as punctuation ("storing. Op", "geregeld: de"): followed by a
                // separator, not by what an address or an e-mail domain would need next.
                int end = LettersEnd(text, i + 1);
                if (end == text.Length || Plain.Contains(text[end])
                    || (WordContinuations.Contains(text[end]) && (end + 1 == text.Length || IsPlainSeparator(text[end + 1]))))
                {
                    i = end;
                    continue;
                }
            }

            if ((IsAlphanumeric(c) || c is '+' or '(') && StartsToken(text, i))
            {
                if (TryMatch(text, i, out DataFormat format, out int length))
                {
                    (found ??= []).Add(new TextFinding(format, i, length));
                    i += length;
                    continue;
                }

                if (length > 0)
                {
                    // Shaped like an identifier but invalid (an IBAN with wrong check digits): its parts are not
                    // identifiers of their own either.
                    i += length;
                    continue;
                }
            }

            // Skip the rest of a word or number: nothing starts inside it.
            i++;
            if (IsAlphanumeric(c))
            {
                i = AlphanumericEnd(text, i);
            }
        }

        return found is null ? Array.Empty<TextFinding>() : found;
    }

    private static bool IsPlainSeparator(char c) => c < 128 && !MaskText.IsAsciiLetter(c) && Plain.Contains(c);

    /// <summary>The end of the run of ASCII letters from <paramref name="start"/>.</summary>
    private static int LettersEnd(ReadOnlySpan<char> text, int start)
    {
        int length = text.Slice(start).IndexOfAnyExcept(AsciiLetters);
        return length < 0 ? text.Length : start + length;
    }

    private static string PlainCharacters()
    {
        var plain = new System.Text.StringBuilder(128);
        for (char c = '\0'; c < (char)128; c++)
        {
            if (c is >= 'a' and <= 'z' || (!MaskText.IsAsciiLetter(c) && !MaskText.IsAsciiDigit(c) && c is not ('+' or '(') && !WordContinuations.Contains(c)))
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }

    /// <summary>The end of the run of ASCII letters and digits from <paramref name="start"/>.</summary>
    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        int length = text.Slice(start).IndexOfAnyExcept(AsciiAlphanumerics);
        return length < 0 ? text.Length : start + length;
    }

    /// <summary>The end of the run of letters and digits (<see cref="IsAlphanumeric"/>, any script) from <paramref name="start"/>.</summary>
    private static int AlphanumericEnd(ReadOnlySpan<char> text, int start)
    {
        int i = WordEnd(text, start);
        while (i < text.Length && IsAlphanumeric(text[i]))
        {
            i = WordEnd(text, i + 1);
        }

        return i;
    }

    private static bool TryMatch(ReadOnlySpan<char> text, int start, out DataFormat format, out int length)
    {
        format = DataFormat.Unspecified;
        char c = text[start];
        if ((c is >= 'A' and <= 'Z' || MaskText.IsAsciiDigit(c)) && TryMatchDocument(text, start, out format, out length))
        {
            return true;
        }

        if (IsAlphanumeric(c) && (length = MatchEmail(text, start)) > 0)
        {
            format = DataFormat.EmailAddress;
            return true;
        }

        if (MaskText.IsHexDigit(c))
        {
            if ((length = MatchMac(text, start)) > 0)
            {
                format = DataFormat.MacAddress;
                return true;
            }

            if ((length = MatchIpV6(text, start)) > 0)
            {
                format = DataFormat.IpAddress;
                return true;
            }

            if ((length = ContextMatchers.MatchPlainMac(text, start)) > 0)
            {
                format = DataFormat.MacAddress;
                return true;
            }
        }

        if (MaskText.IsAsciiDigit(c) && (length = MatchIpV4(text, start)) > 0 && !ContextMatchers.FollowsVersionWord(text, start))
        {
            format = DataFormat.IpAddress;
            return true;
        }

        if (MaskText.IsAsciiLetter(c) && (length = MatchIban(text, start)) != 0)
        {
            format = DataFormat.Iban;
            if (length < 0)
            {
                length = -length;
                return false;
            }

            return true;
        }

        if (IsDateOrAmount(text, start))
        {
            length = 0;
            return false;
        }

        if (c is >= '1' and <= '9' && (length = PostcodeMatcher.Match(text, start)) > 0)
        {
            format = DataFormat.PostalCode;
            return true;
        }

        if (c is '+' or '0' or '(' && (length = MatchPhone(text, start)) > 0)
        {
            format = DataFormat.PhoneNumber;
            return true;
        }

        if (MaskText.IsAsciiDigit(c) && (length = MatchNumber(text, start, out format)) > 0)
        {
            return true;
        }

        length = 0;
        return false;
    }

    /// <summary>A machine-readable zone (whose lines hold numbers of their own) or, after a word naming it, a document number.</summary>
    private static bool TryMatchDocument(ReadOnlySpan<char> text, int start, out DataFormat format, out int length)
    {
        if ((length = MrzMatcher.Match(text, start)) > 0)
        {
            format = DataFormat.Mrz;
            return true;
        }

        if (text[start] is >= 'A' and <= 'Z' && (length = DocumentNumberMatcher.Match(text, start)) > 0)
        {
            format = DataFormat.DocumentNumber;
            return true;
        }

        format = DataFormat.Unspecified;
        return false;
    }

    // ---- e-mail -------------------------------------------------------------------------------------------------

    /// <summary>local@domain: a local part of letters, digits and <c>._%+-</c>, a domain of two or more labels ending in letters.</summary>
    private static int MatchEmail(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length && (IsAlphanumeric(text[i]) || text[i] is '.' or '_' or '%' or '+' or '-'))
        {
            i++;
        }

        if (i >= text.Length || text[i] != '@' || text[i - 1] == '.')
        {
            return 0;
        }

        i++;
        int labels = 0;
        int end = 0;
        while (true)
        {
            int labelStart = i;
            while (i < text.Length && (IsAlphanumeric(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i == labelStart || text[labelStart] == '-' || text[i - 1] == '-')
            {
                break;
            }

            labels++;
            if (labels >= 2 && IsTopLevel(text.Slice(labelStart, i - labelStart)))
            {
                end = i;
            }

            if (i + 1 < text.Length && text[i] == '.' && IsAlphanumeric(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        return end > 0 && EndsToken(text, end) ? end - start : 0;
    }

    private static bool IsTopLevel(ReadOnlySpan<char> label)
    {
        if (label.Length < 2)
        {
            return false;
        }

        foreach (char c in label)
        {
            if (!MaskText.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // ---- MAC, IPv6, IPv4 ----------------------------------------------------------------------------------------

    /// <summary>Six pairs of hexadecimal digits joined by one kind of <c>:</c> or <c>-</c>, or three quads joined by <c>.</c>.</summary>
    private static int MatchMac(ReadOnlySpan<char> text, int start)
    {
        if (start + 17 <= text.Length && text[start + 2] is ':' or '-')
        {
            char separator = text[start + 2];
            for (int group = 0; group < 6; group++)
            {
                int at = start + (group * 3);
                if (!MaskText.IsHexDigit(text[at]) || !MaskText.IsHexDigit(text[at + 1]) || (group < 5 && text[at + 2] != separator))
                {
                    return 0;
                }
            }

            int end = start + 17;
            return (end == text.Length || text[end] != separator) && EndsToken(text, end) ? 17 : 0;
        }

        if (start + 14 <= text.Length && text[start + 4] == '.' && text[start + 9] == '.')
        {
            for (int i = 0; i < 14; i++)
            {
                if (i is not (4 or 9) && !MaskText.IsHexDigit(text[start + i]))
                {
                    return 0;
                }
            }

            return EndsToken(text, start + 14) ? 14 : 0;
        }

        return 0;
    }

    /// <summary>Hexadecimal groups with at least two colons that parse as IPv6; a network (<c>/48</c>) is not a host.</summary>
    private static int MatchIpV6(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        int colons = 0;
        while (i < text.Length && (MaskText.IsHexDigit(text[i]) || text[i] is ':' or '.'))
        {
            colons += text[i] == ':' ? 1 : 0;
            i++;
        }

        // A trailing dot or colon is punctuation of the sentence, not of the address.
        while (i > start && text[i - 1] is '.' || (i - start > 2 && text[i - 1] == ':' && text[i - 2] != ':'))
        {
            colons -= text[i - 1] == ':' ? 1 : 0;
            i--;
        }

        if (colons < 2 || (i < text.Length && text[i] == '/') || !EndsToken(text, i))
        {
            return 0;
        }

        Span<ushort> groups = stackalloc ushort[8];
        return IpAddressFormat.TryParseV6(text.Slice(start, i - start), groups, 129) ? i - start : 0;
    }

    /// <summary>Four decimal octets of at most 255; a network (<c>/24</c>) is not a host.</summary>
    private static int MatchIpV4(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        for (int octet = 0; octet < 4; octet++)
        {
            if (octet > 0)
            {
                if (i >= text.Length || text[i] != '.')
                {
                    return 0;
                }

                i++;
            }

            int value = 0;
            int digits = 0;
            while (i < text.Length && MaskText.IsAsciiDigit(text[i]) && digits < 4)
            {
                value = (value * 10) + (text[i] - '0');
                digits++;
                i++;
            }

            if (digits is 0 or > 3 || value > 255)
            {
                return 0;
            }
        }

        if (i < text.Length && text[i] == '/')
        {
            return 0;
        }

        // A port (192.0.2.10:8080) is not part of the address, but its colon and digits are no time either.
        return EndsToken(text, i) || ContextMatchers.PortFollows(text, i) ? i - start : 0;
    }

    // ---- IBAN ---------------------------------------------------------------------------------------------------

    /// <summary>
    /// Country letters, check digits and the account, passing mod-97 (ISO 13616) at the length the country's IBANs
    /// have (<see cref="IbanLengths"/>): in one piece, in groups of four or in other groups joined by single spaces
    /// (<c>NL91 ABNA 041716 4300</c>), in upper or in lower case (not mixed within the letters).
    /// </summary>
    private static int MatchIban(ReadOnlySpan<char> text, int start)
    {
        if (start + 15 > text.Length || !MaskText.IsAsciiLetter(text[start + 1]) || !MaskText.IsAsciiDigit(text[start + 2]) || !MaskText.IsAsciiDigit(text[start + 3]))
        {
            return 0;
        }

        bool lower = text[start] is >= 'a' and <= 'z';
        if (lower != (text[start + 1] is >= 'a' and <= 'z'))
        {
            return 0;
        }

        int expected = IbanLengths.For(char.ToUpperInvariant(text[start]), char.ToUpperInvariant(text[start + 1]));
        Span<int> ends = stackalloc int[MaxGroups];
        Span<int> counts = stackalloc int[MaxGroups];
        int count = 0;
        int chars = 0;
        int i = start;
        while (count < MaxGroups)
        {
            int groupStart = i;
            while (i < text.Length && IsIbanChar(text[i], lower) && chars <= 34)
            {
                i++;
                chars++;
            }

            if (i == groupStart || (i < text.Length && IsAlphanumeric(text[i])))
            {
                break;
            }

            ends[count] = i;
            counts[count++] = chars;
            if (chars >= 34 || i + 1 >= text.Length || text[i] != ' ' || !IsIbanChar(text[i + 1], lower))
            {
                break;
            }

            i++;
        }

        Span<char> iban = stackalloc char[40];
        for (int k = count - 1; k >= 0; k--)
        {
            int length = counts[k];
            if (length >= 15 && (expected == 0 ? length <= 34 : length == expected) && EndsToken(text, ends[k])
                && IbanFormat.TryParse(text.Slice(start, ends[k] - start), iban, out _, allowHidden: false))
            {
                return ends[k] - start;
            }
        }

        // Shaped like an IBAN in groups of four but invalid: the caller skips it whole, so that 0417 1643 01 inside
        // it is not taken for a phone number.
        if (count < 2 || counts[0] != 4)
        {
            return 0;
        }

        int last = 0;
        for (int k = 1; k < count; k++)
        {
            int group = counts[k] - counts[k - 1];
            if (group > 4)
            {
                break;
            }

            last = k;
            if (group < 4)
            {
                break;
            }
        }

        return last > 0 && counts[last] >= 15 ? -(ends[last] - start) : 0;
    }

    private static bool IsIbanChar(char c, bool lower) => MaskText.IsAsciiDigit(c) || (lower ? c is >= 'a' and <= 'z' : c is >= 'A' and <= 'Z');

    // ---- phone numbers ------------------------------------------------------------------------------------------

    /// <summary>
    /// E.164 (<c>+</c> and 8 to 15 digits; for +31 a 9-digit national number not starting with 0) and the Dutch
    /// writings: <c>0031 6 12345678</c>, <c>+31 (0)6 12345678</c>, national numbers of 10 digits starting with a single
    /// 0 (<c>06-12345678</c>, <c>010-1234567</c>, <c>(020) 123 4567</c>), and 0800/0900/0906/0909 numbers of 8 or 11 digits.
    /// </summary>
    private static int MatchPhone(ReadOnlySpan<char> text, int start)
    {
        Span<char> digits = stackalloc char[24];
        Span<int> ends = stackalloc int[MaxGroups];
        Span<int> counts = stackalloc int[MaxGroups];
        int groups = CollectPhoneDigits(text, start, digits, ends, counts);
        bool international = text[start] == '+';
        for (int k = groups - 1; k >= 0; k--)
        {
            int count = counts[k];
            if (!EndsToken(text, ends[k]))
            {
                continue;
            }

            ReadOnlySpan<char> number = digits.Slice(0, count);
            bool valid;
            if (international)
            {
                valid = IsInternational(number);
            }
            else if (number.StartsWith("0031"))
            {
                valid = IsDutchSignificant(number.Slice(4));
            }
            else
            {
                valid = IsDutchNational(number);
            }

            if (valid)
            {
                return ends[k] - start;
            }
        }

        return 0;
    }

    private static bool IsInternational(ReadOnlySpan<char> digits)
    {
        if (digits.Length is < 8 or > 15 || digits[0] == '0')
        {
            return false;
        }

        return digits[0] == '3' && digits[1] == '1' ? IsDutchSignificant(digits.Slice(2)) : true;
    }

    private static bool IsDutchSignificant(ReadOnlySpan<char> digits)
        => (digits.Length == 9 && digits[0] != '0') || (digits.Length is 7 or 10 && digits.Slice(0, 3) is "800" or "900" or "906" or "909");

    private static bool IsDutchNational(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2 || digits[0] != '0' || digits[1] == '0')
        {
            return false;
        }

        return digits.Length == 10 || (digits.Length is 8 or 11 && digits.Slice(0, 4) is "0800" or "0900" or "0906" or "0909");
    }

    /// <summary>
    /// Reads digits joined by single spaces, dashes or dots, an optional leading <c>+</c>, a bracketed trunk
    /// <c>(0)</c> after the country code (dropped) and a bracketed area code <c>(020)</c>. Records where each group
    /// ends and how many digits precede that end, so the caller can back off to a shorter number.
    /// </summary>
    private static int CollectPhoneDigits(ReadOnlySpan<char> text, int start, Span<char> digits, Span<int> ends, Span<int> counts)
    {
        int i = start;
        int count = 0;
        int groups = 0;
        if (text[i] == '+')
        {
            i++;
        }

        bool first = true;
        bool dashAfterArea = false;
        char separator = '\0';
        while (i < text.Length && groups < MaxGroups)
        {
            int at = i;
            if (!first && text[at] is ' ' or '-' or '.')
            {
                // One kind of separator: 01-02-2026 10 is a date and an hour, not a number. The one exception is a
                // dash after the area code and spaces in the subscriber number: 06-1234 5678, 020-123 4567.
                if (separator != '\0' && text[at] != separator)
                {
                    if (!(dashAfterArea && text[at] == ' '))
                    {
                        break;
                    }

                    dashAfterArea = false;
                }
                else if (separator == '\0' && text[at] == '-' && groups == 1 && count is >= 2 and <= 4 && digits[0] == '0' && text[start] != '+')
                {
                    dashAfterArea = true;
                }

                separator = text[at];
                at++;
            }

            bool bracket = at < text.Length && text[at] == '(';
            if (bracket)
            {
                at++;
            }

            int groupStart = at;
            while (at < text.Length && MaskText.IsAsciiDigit(text[at]) && count < digits.Length)
            {
                digits[count++] = text[at++];
            }

            if (at == groupStart)
            {
                break;
            }

            if (bracket)
            {
                if (at >= text.Length || text[at] != ')')
                {
                    count -= at - groupStart;
                    break;
                }

                at++;
                if (at - groupStart == 2 && text[groupStart] == '0' && !first)
                {
                    // +31 (0)6: the trunk prefix does not count.
                    count--;
                }

                if (at < text.Length && text[at] == ' ' && at + 1 < text.Length && MaskText.IsAsciiDigit(text[at + 1]))
                {
                    ends[groups] = at;
                    counts[groups++] = count;
                    i = at;
                    first = false;
                    continue;
                }
            }

            i = at;
            first = false;
            ends[groups] = i;
            counts[groups++] = count;
        }

        return groups;
    }

    // ---- BSN, IMEI, payment cards -------------------------------------------------------------------------------

    /// <summary>
    /// Digit groups joined by one kind of separator (space, dash or dot): a BSN of 9 digits passing the 11-test, an
    /// IMEI of 15 digits passing Luhn, a payment card of 12 to 19 digits passing Luhn with an issuer's prefix.
    /// </summary>
    private static int MatchNumber(ReadOnlySpan<char> text, int start, out DataFormat format)
    {
        Span<char> digits = stackalloc char[20];
        Span<int> ends = stackalloc int[MaxGroups];
        Span<int> counts = stackalloc int[MaxGroups];
        int groups = 0;
        int count = 0;
        int i = start;
        char separator = '\0';
        while (groups < MaxGroups)
        {
            int groupStart = i;
            int groupCount = count;
            while (i < text.Length && MaskText.IsAsciiDigit(text[i]) && groupCount < digits.Length)
            {
                digits[groupCount++] = text[i++];
            }

            if (i == groupStart || (i < text.Length && MaskText.IsAsciiDigit(text[i])))
            {
                // No digits, or more than any identifier has: the number ends before this group.
                break;
            }

            count = groupCount;
            ends[groups] = i;
            counts[groups++] = count;

            // Only short groups are parts of one number (1234 5678, 35-209900-..., and an IMEI's eight-digit TAC
            // before its six-digit serial: 35209900 176148 1); a long one followed by another number is two numbers
            // (order 123456789 111 222 333).
            if ((i - groupStart <= 6 || (groups == 1 && i - groupStart == 8 && DigitsAt(text, i + 1) == 6)) && i + 1 < text.Length && text[i] is ' ' or '-' or '.' && (separator == '\0' || text[i] == separator) && MaskText.IsAsciiDigit(text[i + 1]))
            {
                separator = text[i];
                i++;
                continue;
            }

            break;
        }

        for (int k = groups - 1; k >= 0; k--)
        {
            if (!EndsToken(text, ends[k]))
            {
                continue;
            }

            ReadOnlySpan<char> number = digits.Slice(0, counts[k]);
            if (number.Length == 9 && (separator != '-' || (k == 2 && counts[0] == 3 && counts[1] == 6)) && IsBsn(number))
            {
                // With dashes only as 123-456-782: other dashed groups of nine digits are references and dates.
                format = DataFormat.Bsn;
                return ends[k] - start;
            }

            if (number.Length is >= 14 and <= 16 && (format = ContextMatchers.DeviceOrSubscriber(text, start, number, k == 0)) != DataFormat.Unspecified)
            {
                return ends[k] - start;
            }

            if (number.Length is >= 12 and <= 19 && LuhnCheck.IsValid(number))
            {
                if (IsCardPrefix(number) && IsCardGrouping(counts.Slice(0, k + 1)))
                {
                    format = DataFormat.PaymentCard;
                    return ends[k] - start;
                }

                if (number.Length == 15)
                {
                    format = DataFormat.Imei;
                    return ends[k] - start;
                }
            }
        }

        format = DataFormat.Unspecified;
        return 0;
    }

    private static int DigitsAt(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length && MaskText.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    /// <summary>The BSN 11-test: 9·d1 + 8·d2 + ... + 2·d8 − d9 divisible by 11, and not all zeros.</summary>
    internal static bool IsBsn(ReadOnlySpan<char> digits)
    {
        int sum = 0;
        bool anyNonZero = false;
        for (int i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
            anyNonZero |= digits[i] != '0';
        }

        sum -= digits[8] - '0';
        return anyNonZero && sum % 11 == 0;
    }

    /// <summary>
    /// Whether digit groups are written as a card is: in one piece, in fours (the last group shorter for 13 and 19
    /// digits), or 4-6-5 and 4-6-4 (American Express, Diners). A BSN followed by an order number
    /// (<c>504 917 729 123456789</c>) can pass Luhn with a Maestro prefix; it is not written like a card.
    /// </summary>
    /// <param name="cumulative">The number of digits up to the end of each group.</param>
    private static bool IsCardGrouping(ReadOnlySpan<int> cumulative)
    {
        if (cumulative.Length == 1)
        {
            return true;
        }

        if (cumulative.Length == 3 && cumulative[0] == 4 && cumulative[1] == 10 && cumulative[2] is 14 or 15)
        {
            return true;
        }

        for (int g = 0; g < cumulative.Length; g++)
        {
            int size = cumulative[g] - (g == 0 ? 0 : cumulative[g - 1]);
            if (size != 4 && (g < cumulative.Length - 1 || size > 4))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The issuer ranges (ISO/IEC 7812 IINs) of the schemes a Dutch customer carries, with their lengths.</summary>
    private static bool IsCardPrefix(ReadOnlySpan<char> n)
    {
        int two = ((n[0] - '0') * 10) + (n[1] - '0');
        int four = (two * 100) + ((n[2] - '0') * 10) + (n[3] - '0');
        int length = n.Length;
        return n[0] switch
        {
            '4' => length is 13 or 16 or 19,                                             // Visa
            '5' when two is >= 51 and <= 55 => length == 16,                           // Mastercard
            '2' when four is >= 2221 and <= 2720 => length == 16,                      // Mastercard 2-series
            '3' when two is 34 or 37 => length == 15,                                  // American Express
            '3' when four is >= 3528 and <= 3589 => length is >= 16 and <= 19,         // JCB
            '3' when two is 36 or 38 or 39 || four is >= 3000 and <= 3059 => length is >= 14 and <= 19, // Diners
            '6' when four == 6011 || two == 65 || four is >= 6440 and <= 6499 => length is >= 16 and <= 19, // Discover
            '6' when two == 62 => length is >= 16 and <= 19,                           // UnionPay
            '5' or '6' => length is >= 12 and <= 19,                                   // Maestro (50, 56-69)
            _ => false,
        };
    }

    /// <summary>
    /// Whether a number is a date (<c>12-03-2026</c>, <c>1/3/2026</c>) or an amount (after a currency sign): such
    /// numbers are never read as phone numbers, BSNs or cards, whatever their digits.
    /// </summary>
    private static bool IsDateOrAmount(ReadOnlySpan<char> text, int start)
    {
        int back = start - 1;
        while (back >= 0 && text[back] == ' ')
        {
            back--;
        }

        if (back >= 0 && text[back] is '€' or '$' or '£')
        {
            return true;
        }

        int i = start;
        for (int part = 0; part < 2; part++)
        {
            int digits = 0;
            while (i < text.Length && MaskText.IsAsciiDigit(text[i]))
            {
                digits++;
                i++;
            }

            if (digits is 0 or > 2 || i >= text.Length || text[i] is not ('-' or '.' or '/'))
            {
                return false;
            }

            i++;
        }

        int year = 0;
        while (i < text.Length && MaskText.IsAsciiDigit(text[i]))
        {
            year++;
            i++;
        }

        return year is 2 or 4;
    }

    // ---- token boundaries ---------------------------------------------------------------------------------------

    private static bool StartsToken(ReadOnlySpan<char> text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        char before = text[i - 1];
        if (before == ':' && i >= 2 && MaskText.IsAsciiDigit(text[i - 2]) && MaskText.IsAsciiDigit(text[i]))
        {
            // 14:30 is a time: its minutes start no number.
            return false;
        }

        return !IsAlphanumeric(before) && before != '*' && !(IsJoiner(before) && i >= 2 && IsAlphanumeric(text[i - 2]));
    }

    internal static bool EndsToken(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        char after = text[end];
        if (after == ':' && MaskText.IsAsciiDigit(text[end - 1]) && end + 1 < text.Length && MaskText.IsAsciiDigit(text[end + 1]))
        {
            return false;
        }

        return !IsAlphanumeric(after) && after != '*' && !(IsJoiner(after) && end + 1 < text.Length && IsAlphanumeric(text[end + 1]));
    }

    private static bool IsJoiner(char c) => c is '-' or '/' or '_' or '@' or '.' or ',' or '*';

    private static bool IsAlphanumeric(char c) => char.IsLetterOrDigit(c);

    private static bool IsUpperAlphanumeric(char c) => c is >= 'A' and <= 'Z' || MaskText.IsAsciiDigit(c);
}
