using System;
using System.Text;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// E-mail addresses (<c>local@domain</c>). Masked, an address keeps the first character of its local part and its
/// domain: <c>jan.jansen@example.nl</c> becomes <c>j***@example.nl</c>.
/// </summary>
internal static class EmailAddressFormat
{
    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        if (!TryParse(input, out ReadOnlySpan<char> local, out ReadOnlySpan<char> domain))
        {
            return false;
        }

        int first = Rune.DecodeFromUtf16(local, out _, out int consumed) == System.Buffers.OperationStatus.Done ? consumed : 0;
        if (first == 0)
        {
            return false;
        }

        int position = 0;
        bool ok = MaskText.TryAppend(destination, ref position, local.Slice(0, first))
                  && MaskText.TryAppend(destination, ref position, "***".AsSpan())
                  && MaskText.TryAppend(destination, ref position, '@')
                  && MaskText.TryAppend(destination, ref position, domain);
        written = ok ? position : 0;
        return ok;
    }

    /// <summary>The address in lower case: mailbox names are matched without regard to case in practice.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        if (!TryParse(input, out ReadOnlySpan<char> local, out _) || local.IndexOf(MaskText.Hidden) >= 0)
        {
            return false;
        }

        input = input.Trim();
        if (input.ToLowerInvariant(destination) is not (> 0 and int length))
        {
            return false;
        }

        written = length;
        return true;
    }

    private static bool TryParse(ReadOnlySpan<char> input, out ReadOnlySpan<char> local, out ReadOnlySpan<char> domain)
    {
        local = default;
        domain = default;
        input = input.Trim();
        int at = input.IndexOf('@');
        if (at <= 0 || at != input.LastIndexOf('@') || at == input.Length - 1 || input.Length > 320)
        {
            return false;
        }

        local = input.Slice(0, at);
        domain = input.Slice(at + 1);
        foreach (char c in input)
        {
            // Invisible formatting characters (a right-to-left override, a zero-width space) are no part of an address.
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                return false;
            }
        }

        foreach (char c in local)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '(' or ')' or '[' or ']' or ',' or ';' or ':' or '\\' or '"')
            {
                return false;
            }
        }

        // A domain is dot-separated labels of letters, digits and hyphens (internationalised letters allowed).
        int labels = 0;
        ReadOnlySpan<char> rest = domain;
        while (true)
        {
            int dot = rest.IndexOf('.');
            ReadOnlySpan<char> label = dot < 0 ? rest : rest.Slice(0, dot);
            if (label.IsEmpty || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (char c in label)
            {
                if (!(char.IsLetterOrDigit(c) || c == '-' || char.IsSurrogate(c)))
                {
                    return false;
                }
            }

            labels++;
            if (dot < 0)
            {
                break;
            }

            rest = rest.Slice(dot + 1);
        }

        return labels >= 2;
    }
}
