using System;
using System.Collections.Generic;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Disclosure;

/// <summary>
/// How a disclosure audit record names its subject, and how a reader finds a subject's records again: the
/// <c>[DataSubject]</c> value pseudonymised with the configured key, never the id itself.
/// </summary>
internal static class AuditSubjects
{
    /// <summary>The subject as an audit record names it, or <see langword="null"/> without a key (no id in clear).</summary>
    public static string? Pseudonym(PersonalDataRedactor redactor, string? subject)
        => subject is null || !redactor.CanPseudonymize
            ? null
            : redactor.Redact(subject, DataFormat.Unspecified, RedactionKind.Pseudonymize);

    /// <summary>
    /// Every form in which audit records may name <paramref name="subjectId"/>: as given, and, for a <see cref="Guid"/>,
    /// as generated code writes it (lower case, hyphens).
    /// </summary>
    /// <exception cref="InvalidOperationException">No pseudonymisation key is configured, so audit records name no subject.</exception>
    public static HashSet<string> Of(PersonalDataRedactor redactor, string subjectId)
    {
        if (!redactor.CanPseudonymize)
        {
            throw new InvalidOperationException(
                "No pseudonymization key is configured (PrivacyPolicy:Pseudonymization:Key), so disclosure audit records carry no subject and cannot be matched to the subject.");
        }

        var pseudonyms = new HashSet<string>(StringComparer.Ordinal) { Pseudonym(redactor, subjectId)! };
        string canonical = SubjectIds.Canonical(subjectId);
        if (!string.Equals(canonical, subjectId, StringComparison.Ordinal))
        {
            pseudonyms.Add(Pseudonym(redactor, canonical)!);
        }

        return pseudonyms;
    }
}
