using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using Privacy.Policy.Export;
using Privacy.Policy.Generated;

namespace Privacy.Policy;

// Other people's data in the subject's records (GDPR art. 15(4): the copy "shall not adversely affect the rights and
// freedoms of others"): the number a customer called is the called party's data too. A shielded member is written
// with its own redaction (a pseudonym, a mask), never in clear, and the document says why.
public sealed partial class SubjectAccessExport
{
    /// <summary>The members shielded per record type, as the caller named them, in the order shielded.</summary>
    private readonly List<(Type Type, ShieldedMembers Members)> _shields = [];

    /// <summary>The shields of the record type entry being written (its own and its base types'), or null when none.</summary>
    private ShieldedMembers? _openShields;

    /// <summary>
    /// Shields a member of <typeparamref name="T"/> that holds other people's data (GDPR art. 15(4)), such as the called
    /// party's number on an itemised overview: every record of <typeparamref name="T"/>, or of a type derived from it,
    /// is written with that member redacted as its <c>[PersonalData]</c> declares (<c>Redaction</c>: a pseudonym, a
    /// mask, or empty), never in clear, and the record type's member carries <c>"shielded": reason</c>. Call it before
    /// the records are added. A member of a record nested in another is shielded by the nested value's holder: shield
    /// the holder's member.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="member">The member's C# name, as <c>nameof(CallDetailRecord.CalledNumber)</c> gives it.</param>
    /// <param name="reason">Why it is shielded (shown to the subject), e.g. "the called party's number".</param>
    /// <returns>This export.</returns>
    /// <exception cref="ArgumentException">
    /// <typeparamref name="T"/> has no exportable personal-data member named <paramref name="member"/>, or the reason
    /// is empty.
    /// </exception>
    /// <exception cref="InvalidOperationException">
    /// Records of <typeparamref name="T"/> were already added (they were written unshielded), the export is complete,
    /// or an earlier add failed.
    /// </exception>
    public SubjectAccessExport Shield<T>(string member, string reason)
        where T : IPersonalData<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(member);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ThrowIfCompleted();
        PersonalDataDescriptor descriptor = T.Descriptor;
        if (descriptor.IndexOfMember(member) is var index && (index < 0 || !descriptor.Members[index].Exportable))
        {
            throw new ArgumentException($"{descriptor.TypeName} has no exportable personal-data member '{member}' to shield.", nameof(member));
        }

        if (_added.Contains(descriptor.TypeName))
        {
            throw new InvalidOperationException($"Records of {descriptor.TypeName} were already added to this export unshielded; shield {member} before adding them.");
        }

        foreach ((Type type, ShieldedMembers members) in _shields)
        {
            if (type == typeof(T))
            {
                members.Add(member, reason);
                return this;
            }
        }

        var shielded = new ShieldedMembers();
        shielded.Add(member, reason);
        _shields.Add((typeof(T), shielded));
        return this;
    }

    /// <summary>
    /// The shields that apply to records of <paramref name="type"/>: its own and those of the types it derives from or
    /// implements. Decided once per record type entry, not per record.
    /// </summary>
    private ShieldedMembers? ShieldsOf(Type type)
    {
        ShieldedMembers? applying = null;
        foreach ((Type shieldedType, ShieldedMembers members) in _shields)
        {
            if (shieldedType.IsAssignableFrom(type))
            {
                (applying ??= new ShieldedMembers()).AddAll(members);
            }
        }

        return applying;
    }

    /// <summary>
    /// Writes a record's values with its shielded members redacted and, in a portability export, only its portable
    /// members. The clear value of a shielded member is never serialised: the record's other members are written from a
    /// copy in which the shielded ones are empty, and each shielded one from the record's redacted copy.
    /// </summary>
    private void WriteFilteredValues<T>(T record, ShieldedMembers? shielded)
        where T : IPersonalData<T>
    {
        PersonalDataDescriptor descriptor = T.Descriptor;
        T kept = shielded is null ? record : MemberProjection.Project(record, new ShieldSelector(shielded));
        using JsonDocument keptValues = ValuesOf(kept);
        using JsonDocument? redactedValues = shielded is null ? null : ValuesOf(_redactor.Redact(record));
        foreach (JsonProperty property in keptValues.RootElement.EnumerateObject())
        {
            // A portability export writes only the members it lists; a value no member describes (an open
            // [NotPersonalData] member's) is not shown to be portable, so it is left out.
            if (_portability && (descriptor.IndexOfMember(property.Name) is var index && (index < 0 || !_openWritten[index])))
            {
                continue;
            }

            if (shielded?.ReasonFor(property.Name) is null)
            {
                property.WriteTo(_writer);
            }
            else if (redactedValues!.RootElement.TryGetProperty(property.Name, out JsonElement value))
            {
                _writer.WritePropertyName(property.Name);
                value.WriteTo(_writer);
            }
        }
    }

    /// <summary>A record's exportable values, as the export writes them, read back.</summary>
    private static JsonDocument ValuesOf<T>(T record)
        where T : IPersonalData<T>
    {
        var scratch = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(scratch))
        {
            writer.WriteStartObject();
            PersonalDataJson.WriteRecord(writer, record);
            writer.WriteEndObject();
        }

        return JsonDocument.Parse(scratch.WrittenMemory, new JsonDocumentOptions { MaxDepth = 256 });
    }
}
