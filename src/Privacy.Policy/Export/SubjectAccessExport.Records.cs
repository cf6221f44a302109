using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using Privacy.Policy.Generated;
using Privacy.Policy.Retention;

namespace Privacy.Policy;

// Writing the records of one type: its entry's header (members, purposes, retention), each record with its
// subject check and keptUntil, and the entry's end.
public sealed partial class SubjectAccessExport
{
    /// <summary>Whether each member of the entry being written is written (exportable, and in a portability export portable).</summary>
    private bool[] _openWritten = [];

    private void BeginType(PersonalDataDescriptor descriptor, Type type)
    {
        NoteAdded(descriptor);
        _open = descriptor;
        _openShields = _shields.Count == 0 ? null : ShieldsOf(type);
        _openWritten = new bool[descriptor.Members.Count];
        _writer.WriteStartObject();
        _writer.WriteString("type", descriptor.TypeName);
        _writer.WriteStartArray("members");
        for (int index = 0; index < descriptor.Members.Count; index++)
        {
            PersonalDataMember member = descriptor.Members[index];
            if (!(_openWritten[index] = Writes(member)))
            {
                continue;
            }

            _purposes |= member.Purposes;
            _writer.WriteStartObject();
            _writer.WriteString("name", member.Name);
            _writer.WriteString("category", member.Category.ToString());
            _writer.WriteString("fideslangKey", member.Category.GetFideslangKey(member.Format));
            _writer.WriteStartArray("purposes");
            for (int bit = 0; bit < 31; bit++)
            {
                var purpose = (Purpose)(1 << bit);
                if ((member.Purposes & purpose) != 0)
                {
                    // A company purpose has no enum name: its declared name, from the generated descriptor.
                    _writer.WriteStringValue(member.DeclarationOf(purpose)?.Name ?? purpose.ToString());
                }
            }

            _writer.WriteEndArray();
            _writer.WriteStartArray("legalBases");
            foreach (LegalBasis basis in member.LegalBases)
            {
                _writer.WriteStringValue(basis.ToString());
            }

            _writer.WriteEndArray();
            WriteInterests(member);
            if (_openShields?.ReasonFor(member.Name) is { } shielded)
            {
                _writer.WriteString("shielded", shielded);
            }

            Period? retention = RetentionOf(member);
            _writer.WritePropertyName("retention");
            PersonalDataJson.WriteValue(_writer, retention);
            if (retention is null)
            {
                // No period: GDPR art. 15(1)(d) then asks for the criteria that decide it, in the statement's words.
                _writer.WriteStartObject("retentionCriterion");
                _writer.WriteString("nl", Processing.StatementText.RetentionText(null, RetentionStart.AtAnchor, null, startAfterMoment: false, Processing.StatementLanguage.Dutch));
                _writer.WriteString("en", Processing.StatementText.RetentionText(null, RetentionStart.AtAnchor, null, startAfterMoment: false, Processing.StatementLanguage.English));
                _writer.WriteEndObject();
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteStartArray("records");
    }

    /// <summary>
    /// The legitimate interests the member is processed for (GDPR art. 13(1)(d), 14(2)(b)), when any of its purposes
    /// rests on one; and each purpose's declaration as this member has it, for the document's <c>purposes</c>.
    /// </summary>
    private void WriteInterests(PersonalDataMember member)
    {
        bool any = false;
        foreach (PurposeDeclaration declaration in member.Declarations)
        {
            AddDeclaration(declaration);
            if (declaration.LegalBasis == LegalBasis.LegitimateInterest && declaration.Interest is { } interest)
            {
                if (!any)
                {
                    _writer.WriteStartArray("legitimateInterests");
                    any = true;
                }

                _writer.WriteStringValue(interest);
            }
        }

        if (any)
        {
            _writer.WriteEndArray();
        }
    }

    private void AddDeclaration(PurposeDeclaration declaration)
    {
        foreach (PurposeDeclaration seen in _declarations)
        {
            if (seen.Purpose == declaration.Purpose && seen.LegalBasis == declaration.LegalBasis && seen.Interest == declaration.Interest)
            {
                return;
            }
        }

        _declarations.Add(declaration);
    }

    private void WriteRecord<T>(T record)
        where T : IPersonalData<T>
    {
        if (record is null)
        {
            return;
        }

        // A record of a derived type added as its base type is described by its own type: the members it declares,
        // an override's classification and retention, its anchor and subject. One interface call, no reflection.
        if (!typeof(T).IsValueType && record.GetType() != typeof(T))
        {
            record.Accept(_asRuntimeType ??= new RuntimeTypeRecordWriter(this));
            return;
        }

        WriteRecordOf(record);
    }

    /// <summary>Writes one record as <typeparamref name="T"/>, its own type, under that type's entry.</summary>
    private void WriteRecordOf<T>(T record)
        where T : IPersonalData<T>
    {
        // An answer to one person must not carry another's records: a query that returned too much fails the
        // export rather than send them. The message names the type, never either subject.
        if (T.GetDataSubject(record) is { } owner && !IsThisSubject(owner))
        {
            throw new InvalidOperationException($"A {T.Descriptor.TypeName} record of another data subject was added to this export; it was not written, and the export is void.");
        }

        // Nor may a record of this subject carry another's nested in it (a household's members, a call of someone
        // else): every nested record at every depth is checked before any of the record is written.
        (_subjectCheck ??= new ExportSubjectCheck(IsThisSubject)).CheckRecord(record);

        // Records are listed under their own type: a new entry begins each time the type changes (a derived record
        // among its base type's), so the entry's members and each record's keptUntil come from one descriptor.
        PersonalDataDescriptor descriptor = T.Descriptor;
        if (!ReferenceEquals(_open, descriptor))
        {
            if (_open is not null)
            {
                EndEntry();
            }

            BeginType(descriptor, typeof(T));
        }

        _writer.WriteStartObject();
        _writer.WriteStartObject("values");
        if (_openShields is not null || _portability)
        {
            WriteFilteredValues(record, _openShields);
        }
        else
        {
            PersonalDataJson.WriteRecord(_writer, record);
        }

        _writer.WriteEndObject();
        _writer.WriteStartObject("keptUntil");
        LocalDateTime? anchor = T.GetRetentionAnchor(record, _zone);
        if (anchor is not null || HasRetentionFrom(descriptor))
        {
            // Members of one record share their anchor, and most share a period (their category's default), so each
            // distinct period is computed once per record.
            int computed = 0;
            for (int i = 0; i < descriptor.Members.Count; i++)
            {
                // A retention that runs past the calendar's end (an open contract's sentinel anchor) never runs out,
                // and one counted from a member still empty (data still in use) has no end yet: the member has no end
                // to write, as docs/export-format.md says.
                PersonalDataMember member = descriptor.Members[i];
                if (!_openWritten[i] || RetentionOf(member) is not { } period)
                {
                    continue;
                }

                Instant until;
                if (member.RetentionFrom is not null)
                {
                    if (T.GetRetentionFrom(record, i, _zone) is not { } from)
                    {
                        continue;
                    }

                    until = _retention.End(from, member.RetentionFromStart, period, _zone);
                }
                else if (anchor is { } origin)
                {
                    until = KeptUntil(origin, descriptor.RetentionStart, period, ref computed);
                }
                else
                {
                    continue;
                }

                if (until != RetentionCalculator.Never)
                {
                    _writer.WritePropertyName(member.Name);
                    PersonalDataJson.WriteValue(_writer, until);
                    if (until < _producedAt)
                    {
                        _pastRetention.Add(member.Name);
                    }
                }
            }
        }

        _writer.WriteEndObject();

        // GDPR art. 15(1)(d) and 5(1)(e): a value still held after the date it was to be kept until is shown as such,
        // not silently beside the others; the person sees it, and the controller sees what a sweep missed.
        if (_pastRetention.Count > 0)
        {
            _writer.WriteStartArray("pastRetention");
            foreach (string name in _pastRetention)
            {
                _writer.WriteStringValue(name);
            }

            _writer.WriteEndArray();
            _pastRetention.Clear();
        }

        _writer.WriteEndObject();
    }

    /// <summary>Closes the entry of the records just added; records of none still get the entry of their type.</summary>
    private void EndType<T>()
        where T : IPersonalData<T>
    {
        if (_open is null)
        {
            BeginType(T.Descriptor, typeof(T));
        }

        EndEntry();
    }

    private void EndEntry()
    {
        _open = null;
        _openShields = null;
        _writer.WriteEndArray();
        _writer.WriteEndObject();
    }

    private Instant KeptUntil(LocalDateTime anchor, RetentionStart start, Period period, ref int computed)
    {
        for (int i = 0; i < computed; i++)
        {
            if (ReferenceEquals(_periods[i], period) || _periods[i]!.Equals(period))
            {
                return _ends[i];
            }
        }

        Instant end = _retention.End(anchor, start, period, _zone);
        if (computed < _periods.Length)
        {
            _periods[computed] = period;
            _ends[computed] = end;
            computed++;
        }

        return end;
    }

    private Period? RetentionOf(PersonalDataMember member) => _retention.Of(member);

    private static bool HasRetentionFrom(PersonalDataDescriptor descriptor)
    {
        foreach (PersonalDataMember member in descriptor.Members)
        {
            if (member.RetentionFrom is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a record's subject id is this export's: the same text, or the same <see cref="Guid"/> however it is
    /// written (generated code writes a <see cref="Guid"/> id in lower case, a caller may not).
    /// </summary>
    private bool IsThisSubject(string owner)
        => string.Equals(owner, _subjectId, StringComparison.Ordinal)
           || (_subjectGuid is { } subject && Guid.TryParse(owner, out Guid guid) && guid == subject);

    private void WriteNullable(string name, string? value)
    {
        if (value is null)
        {
            _writer.WriteNull(name);
        }
        else
        {
            _writer.WriteString(name, value);
        }
    }
}
