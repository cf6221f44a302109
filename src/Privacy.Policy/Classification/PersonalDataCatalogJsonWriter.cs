using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Privacy.Policy.Classification;

/// <summary>
/// Writes a <see cref="PersonalDataCatalog"/> in the catalog format (<see cref="PersonalDataCatalog.FormatName"/>,
/// version <see cref="PersonalDataCatalog.FormatVersion"/>) with <see cref="Utf8JsonWriter"/>: no reflection, so the
/// trimmed, AOT-compiled runtime can write it. It describes types only; no value is ever written. Optional properties
/// are left out when they hold their default, so two catalogs that say the same are the same JSON.
/// </summary>
internal static class PersonalDataCatalogJsonWriter
{
    // Relaxed escaping: the catalog is a file a reviewer reads, with Dutch wording in it ("één", "'s"), never HTML.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The catalog as indented JSON text.</summary>
    public static string Write(PersonalDataCatalog catalog)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("format", PersonalDataCatalog.FormatName);
            writer.WriteNumber("version", PersonalDataCatalog.FormatVersion);
            writer.WriteString("assembly", catalog.AssemblyName);
            if (catalog.Declarations.Count > 0)
            {
                WriteDeclarations(writer, catalog.Declarations);
            }

            writer.WriteStartArray("types");
            foreach (PersonalDataDescriptor descriptor in Ordered(catalog.Descriptors))
            {
                WriteType(writer, descriptor);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The descriptors by type name (ordinal), as the format orders them; stable for equal names.</summary>
    private static List<PersonalDataDescriptor> Ordered(IReadOnlyList<PersonalDataDescriptor> descriptors)
    {
        var ordered = new List<PersonalDataDescriptor>(descriptors);
        var indexed = new List<(PersonalDataDescriptor Descriptor, int Index)>(ordered.Count);
        for (int i = 0; i < ordered.Count; i++)
        {
            indexed.Add((ordered[i], i));
        }

        indexed.Sort(static (x, y) => string.CompareOrdinal(x.Descriptor.TypeName, y.Descriptor.TypeName) is var byName and not 0 ? byName : x.Index.CompareTo(y.Index));
        for (int i = 0; i < ordered.Count; i++)
        {
            ordered[i] = indexed[i].Descriptor;
        }

        return ordered;
    }

    private static void WriteType(Utf8JsonWriter writer, PersonalDataDescriptor descriptor)
    {
        writer.WriteStartObject();
        writer.WriteString("type", descriptor.TypeName);
        if (descriptor.ServiceArea != ServiceArea.General)
        {
            WriteWording(writer, "serviceArea", descriptor.ServiceArea.Dutch, descriptor.ServiceArea.English);
        }

        WriteOptional(writer, "dataSubjectMember", descriptor.DataSubjectMember);
        WriteOptional(writer, "retentionAnchorMember", descriptor.RetentionAnchorMember);
        if (descriptor.RetentionStart != RetentionStart.AtAnchor)
        {
            writer.WriteString("retentionStart", Name(descriptor.RetentionStart));
        }

        if (descriptor.RetentionAnchorText is { } anchorText)
        {
            WriteWording(writer, "retentionAnchorText", anchorText.Dutch, anchorText.English);
        }

        if (descriptor.UnclassifiedMembers.Count > 0)
        {
            writer.WriteStartArray("unclassifiedMembers");
            foreach (string member in descriptor.UnclassifiedMembers)
            {
                writer.WriteStringValue(member);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("members");
        foreach (PersonalDataMember member in descriptor.Members)
        {
            WriteMember(writer, member);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMember(Utf8JsonWriter writer, PersonalDataMember member)
    {
        writer.WriteStartObject();
        writer.WriteString("name", member.Name);
        writer.WriteString("category", Name(member.Category));
        writer.WriteNumber("purposes", (int)member.Purposes);
        WriteOptional(writer, "retention", member.Retention);
        writer.WriteString("format", Name(member.Format));
        writer.WriteString("redaction", Name(member.Redaction));
        writer.WriteBoolean("exportable", member.Exportable);
        WriteOptional(writer, "retentionFrom", member.RetentionFrom);
        if (member.RetentionFromStart != RetentionStart.AtAnchor)
        {
            writer.WriteString("retentionFromStart", Name(member.RetentionFromStart));
        }

        if (member.RetentionFromText is { } fromText)
        {
            WriteWording(writer, "retentionFromText", fromText.Dutch, fromText.English);
        }

        WriteDeclarations(writer, member.Declarations);
        writer.WriteEndObject();
    }

    private static void WriteDeclarations(Utf8JsonWriter writer, IReadOnlyList<PurposeDeclaration> declarations)
    {
        writer.WriteStartArray("declarations");
        foreach (PurposeDeclaration declaration in declarations)
        {
            writer.WriteStartObject();
            writer.WriteNumber("purpose", (int)declaration.Purpose);
            writer.WriteString("name", declaration.Name);
            writer.WriteString("legalBasis", Name(declaration.LegalBasis));
            WriteOptional(writer, "interest", declaration.Interest);
            WriteOptional(writer, "englishInterest", declaration.EnglishInterest);
            WriteOptional(writer, "dutch", declaration.Dutch);
            WriteOptional(writer, "english", declaration.English);
            if (declaration.Requirement != default)
            {
                writer.WriteString("requirement", Name(declaration.Requirement));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteWording(Utf8JsonWriter writer, string property, string dutch, string english)
    {
        writer.WriteStartObject(property);
        writer.WriteString("dutch", dutch);
        writer.WriteString("english", english);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string property, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(property, value);
        }
    }

    /// <summary>
    /// The enum member's name. Fail closed: an undefined value (a cast integer) would be written as a number the reader
    /// refuses, so it is refused here, where the catalog was built.
    /// </summary>
    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Enum.GetName(value) ?? throw new InvalidOperationException($"The catalog holds a {typeof(TEnum).Name} that is not defined; it cannot be written.");
}
