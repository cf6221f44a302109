using System;
using System.Collections.Generic;
using NodaTime.Text;
using Privacy.Policy.Disclosure;

namespace Privacy.Policy;

// The recipients the subject's data was actually disclosed to (GDPR art. 15(1)(c): "the recipients ... to whom the
// personal data have been or will be disclosed"), from the disclosure audit: beside the declared recipients, which say
// who may receive data, these say who did, when, for what, and which members (never the values).
public sealed partial class SubjectAccessExport
{
    /// <summary>The allowed disclosures of this subject's data, in the order given.</summary>
    private readonly List<DisclosureAuditRecord> _disclosures = [];

    /// <summary>The subject's id as the audit records carry it (pseudonymised), or null before it is first needed.</summary>
    private HashSet<string>? _subjectPseudonyms;

    /// <summary>
    /// Adds the disclosures of this subject's data to the export (GDPR art. 15(1)(c): the recipients to whom the data
    /// have been disclosed), from the records an <see cref="IDisclosureAuditSink"/> kept. Pass the subject's records or
    /// the whole audit: a record is written only when it was allowed and its <see cref="DisclosureAuditRecord.Subject"/>
    /// is this export's subject pseudonymised with the configured key; refusals and other subjects' records are left
    /// out. The document's <c>disclosures</c> lists each with its recipient, purpose, instant, type and member names,
    /// never a value. May be called more than once; the records add up.
    /// </summary>
    /// <param name="records">Disclosure audit records, as the policy passed them to the sink.</param>
    /// <returns>This export.</returns>
    /// <remarks>
    /// A record matches by the pseudonym of the subject under the key configured now: records pseudonymised under an
    /// earlier key (after <c>Pseudonymization.KeyId</c> changed) do not match, so keep the audit's records with the
    /// subject's id resolved, or select them yourself before a rotation.
    /// </remarks>
    /// <exception cref="InvalidOperationException">
    /// No pseudonymisation key is configured, so audit records name no subject and none can be matched; or the export
    /// is complete, or an earlier add failed.
    /// </exception>
    public SubjectAccessExport DisclosedTo(IEnumerable<DisclosureAuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        ThrowIfCompleted();
        HashSet<string> subject = _subjectPseudonyms ??= AuditSubjects.Of(_redactor, _subjectId);
        foreach (DisclosureAuditRecord record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (record.Allowed && record.Subject is { } pseudonym && subject.Contains(pseudonym))
            {
                _disclosures.Add(record);
            }
        }

        return this;
    }

    /// <summary>Writes the <c>disclosures</c> section when any disclosure was added; absent otherwise, as in older documents.</summary>
    private void WriteDisclosures()
    {
        if (_disclosures.Count == 0)
        {
            return;
        }

        _writer.WriteStartArray("disclosures");
        foreach (DisclosureAuditRecord record in _disclosures)
        {
            _writer.WriteStartObject();
            _writer.WriteString("recipient", record.Recipient);
            _writer.WriteString("basis", record.Basis.ToString());
            if (record.Basis == DisclosureBasis.DeclaredPurpose)
            {
                int bit = System.Numerics.BitOperations.TrailingZeroCount((uint)record.Purpose);
                _writer.WriteString("purpose", PurposeName(record.Purpose, bit));
                if (record.LegalBasis is { } basis)
                {
                    _writer.WriteString("legalBasis", basis.ToString());
                }
            }

            _writer.WriteString("at", InstantPattern.ExtendedIso.Format(record.At));
            _writer.WriteString("type", record.TypeName);
            _writer.WriteStartArray("members");
            foreach (string member in record.Members)
            {
                _writer.WriteStringValue(member);
            }

            _writer.WriteEndArray();
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
    }
}
