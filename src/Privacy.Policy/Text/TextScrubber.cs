using System;
using System.Collections.Generic;
using System.Text;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Text;

/// <summary>
/// Redacts what <see cref="TextScanner"/> finds, each finding as a member of its format is redacted by default (a mask
/// keeps what is not personal; a BSN, and a value its mask cannot read, is erased whole), and keeps the rest of the
/// text. Masks are written so that the scanner never finds them again, which makes scrubbing idempotent.
/// </summary>
internal static class TextScrubber
{
    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(" \t\r\n\u00A0");

    public static string Scrub(string text, PersonalDataRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ScrubOrNull(text, redactor) ?? text;
    }

    /// <summary>
    /// What a member with <see cref="RedactionKind.Scrub"/> becomes: the scrubbed text, or <see langword="null"/> when
    /// it must be erased whole (fail closed): the text is not well-formed UTF-16 (a lone surrogate: not text the
    /// scanner can read as words), or scrubbing failed. <paramref name="unchanged"/> says that nothing was found, so
    /// the text is kept as it is and <see langword="null"/> is returned without erasing.
    /// </summary>
    public static string? ScrubMember(ReadOnlySpan<char> text, PersonalDataRedactor redactor, out bool unchanged)
    {
        unchanged = false;
        if (text.ContainsAnyInRange('\uD800', '\uDFFF') && !IsWellFormed(text))
        {
            return null;
        }

        try
        {
            string? scrubbed = ScrubOrNull(text, redactor);
            unchanged = scrubbed is null;
            return scrubbed;
        }
        catch (Exception)
        {
            // Whatever went wrong, the text is not shown in clear: the member is erased whole, as Erase would.
            unchanged = false;
            return null;
        }
    }

    /// <summary>
    /// Whether a last <c>:segment</c> without white space (what the logging pipeline's discriminator appends,
    /// <c>:&lt;tag name&gt;</c>) changes what is found in the text before it: an identifier at the very end that the
    /// colon extends or cuts. Such a logged value is erased whole rather than scrubbed by a guess.
    /// </summary>
    public static bool SuffixMayHideFinding(ReadOnlySpan<char> text)
    {
        int colon = text.LastIndexOf(':');
        if (colon < 0 || text.Slice(colon + 1).ContainsAny(WhiteSpace))
        {
            return false;
        }

        IReadOnlyList<TextFinding> whole = TextScanner.Find(text);
        IReadOnlyList<TextFinding> before = TextScanner.Find(text.Slice(0, colon));
        int count = 0;
        foreach (TextFinding finding in whole)
        {
            if (finding.Start >= colon)
            {
                break;
            }

            if (finding.Start + finding.Length > colon || count >= before.Count || before[count] != finding)
            {
                return true;
            }

            count++;
        }

        return count != before.Count;
    }

    /// <summary>The scrubbed text, or <see langword="null"/> when nothing was found (the text is kept as it is).</summary>
    private static string? ScrubOrNull(ReadOnlySpan<char> text, PersonalDataRedactor redactor)
    {
        IReadOnlyList<TextFinding> findings = TextScanner.Find(text);
        if (findings.Count == 0)
        {
            return null;
        }

        var result = new StringBuilder(text.Length);
        int position = 0;
        foreach (TextFinding finding in findings)
        {
            result.Append(text.Slice(position, finding.Start - position));
            result.Append(Redact(text.Slice(finding.Start, finding.Length).ToString(), finding.Format, redactor));
            position = finding.Start + finding.Length;
        }

        result.Append(text.Slice(position));
        return result.ToString();
    }

    private static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A finding's redaction. A postcode found with its house number (<c>1012 LG 1</c>) masks to its area and loses the
    /// number (<c>1012 **</c>): postcode and number name one address, the area and a number do not name one either
    /// when the number is gone. When the postcode cannot be masked, the whole finding is erased.
    /// </summary>
    private static string? Redact(string value, DataFormat format, PersonalDataRedactor redactor)
    {
        if (format == DataFormat.PostalCode)
        {
            int code = PostcodeMatcher.CodeLength(value);
            if (code < value.Length)
            {
                return redactor.Redact(value.Substring(0, code), format, RedactionKind.Default);
            }
        }

        return redactor.Redact(value, format, RedactionKind.Default);
    }
}
