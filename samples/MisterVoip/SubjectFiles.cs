using System;
using System.IO;
using Privacy.Policy;
using Privacy.Policy.Redaction;

namespace MisterVoip;

/// <summary>
/// Names the files the sample writes about one data subject. A customer number is personal data (an identifier, GDPR
/// art. 4(1)), and file names end up in logs, listings and backups, so a file is named by the subject's keyed pseudonym
/// (<c>ps:2026-11:SfIBz19Lte7haja7mUqDHg</c>) instead, in a form every file system takes:
/// <c>export-2026-11-SfIBz19Lte7haja7mUqDHg.json</c>. Whoever holds the key can find the file again for a customer;
/// nobody else can tell whose it is.
/// </summary>
public static class SubjectFiles
{
    /// <summary>
    /// <paramref name="folder"/>/<paramref name="prefix"/>-<c>keyid</c>-<c>hash</c><paramref name="extension"/> for
    /// <paramref name="subject"/>.
    /// </summary>
    /// <param name="folder">Where the file goes.</param>
    /// <param name="prefix">What the file is: <c>export</c>, <c>erasure</c>.</param>
    /// <param name="subject">The customer number; it never appears in the name.</param>
    /// <param name="extension">The extension, with its dot.</param>
    /// <param name="redactor">The redactor with the pseudonymisation key.</param>
    /// <exception cref="InvalidOperationException">The redactor has no key, so the name would have to show the number.</exception>
    public static string PathFor(string folder, string prefix, string subject, string extension, PersonalDataRedactor redactor)
        => Path.Combine(folder, $"{prefix}-{NamePart(Pseudonym(subject, redactor))}{extension}");

    /// <summary>The subject's keyed pseudonym, as the request log and the disclosure audit name it.</summary>
    /// <exception cref="InvalidOperationException">The redactor has no key.</exception>
    public static string Pseudonym(string subject, PersonalDataRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        if (!redactor.CanPseudonymize)
        {
            throw new InvalidOperationException("No pseudonymization key is configured: a file about a customer cannot be named without the customer number.");
        }

        return redactor.Redact(subject, DataFormat.Unspecified, RedactionKind.Pseudonymize)!;
    }

    /// <summary>
    /// <c>ps:2026-11:SfIBz…</c> as <c>2026-11-SfIBz…</c>: the prefix dropped and the colon (not allowed in Windows file
    /// names) made a hyphen; the hash is base64url, already safe.
    /// </summary>
    private static string NamePart(string pseudonym)
    {
        string part = pseudonym.StartsWith(PersonalDataRedactor.PseudonymPrefix, StringComparison.Ordinal)
            ? pseudonym[PersonalDataRedactor.PseudonymPrefix.Length..].Replace(':', '-')
            : throw new InvalidOperationException("The redactor returned no pseudonym.");
        foreach (char c in part)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                // Fail closed: a key id with other characters would make a name some file system refuses or reads as a path.
                throw new InvalidOperationException("The pseudonymization key id holds a character that is not allowed in a file name; use letters, digits and hyphens.");
            }
        }

        return part;
    }
}
