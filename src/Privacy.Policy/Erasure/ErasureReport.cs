using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Privacy.Policy;

/// <summary>
/// Evidence of an erasure request handled over many records: for each record, which members were erased and which
/// were kept, with the purpose, legal basis and end of retention that keep them. It serialises to JSON for the file
/// of the request; it holds member names and dates, never a value.
/// </summary>
public sealed class ErasureReport
{
    private readonly List<(string Type, IReadOnlyList<string> Erased, IReadOnlyList<RetainedMember> Retained)> _records = [];

    /// <summary>Starts a report.</summary>
    /// <param name="producedAt">When the erasure ran (from the clock).</param>
    public ErasureReport(Instant producedAt) => ProducedAt = producedAt;

    /// <summary>When the erasure ran.</summary>
    public Instant ProducedAt { get; }

    /// <summary>How many records the report holds.</summary>
    public int Count => _records.Count;

    /// <summary>Adds one erased record.</summary>
    /// <typeparam name="T">The record's personal-data type.</typeparam>
    /// <param name="result">What erasing it produced.</param>
    public void Add<T>(ErasureResult<T> result)
        where T : IPersonalData<T>
    {
        ArgumentNullException.ThrowIfNull(result);
        _records.Add((T.Descriptor.TypeName, result.Erased, result.Retained));
    }

    /// <summary>Writes the report as JSON.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("producedAt", InstantPattern.ExtendedIso.Format(ProducedAt));
        writer.WriteStartArray("records");
        foreach ((string type, IReadOnlyList<string> erased, IReadOnlyList<RetainedMember> retained) in _records)
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WriteStartArray("erased");
            foreach (string member in erased)
            {
                writer.WriteStringValue(member);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("retained");
            foreach (RetainedMember member in retained)
            {
                writer.WriteStartObject();
                writer.WriteString("member", member.Member);
                writer.WriteString("purpose", member.Purpose.ToString());
                writer.WriteString("legalBasis", member.LegalBasis.ToString());
                writer.WriteString("until", InstantPattern.ExtendedIso.Format(member.Until));
                writer.WriteString("ground", member.Ground.ToString());
                if (member.Article is { } article)
                {
                    writer.WriteString("article", article);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The report as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <inheritdoc />
    public override string ToString() => $"ErasureReport ({Count} records, produced at {InstantPattern.ExtendedIso.Format(ProducedAt)})";
}
