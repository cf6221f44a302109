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
    public static string Scrub(string text, PersonalDataRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<TextFinding> findings = TextScanner.Find(text);
        if (findings.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        int position = 0;
        foreach (TextFinding finding in findings)
        {
            result.Append(text, position, finding.Start - position);
            result.Append(Redact(text.Substring(finding.Start, finding.Length), finding.Format, redactor));
            position = finding.Start + finding.Length;
        }

        result.Append(text, position, text.Length - position);
        return result.ToString();
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
