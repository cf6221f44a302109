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
            string value = text.Substring(finding.Start, finding.Length);
            result.Append(redactor.Redact(value, finding.Format, RedactionKind.Default));
            position = finding.Start + finding.Length;
        }

        result.Append(text, position, text.Length - position);
        return result.ToString();
    }
}
