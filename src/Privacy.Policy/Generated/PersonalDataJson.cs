using System;
using System.ComponentModel;
using System.Globalization;
using System.Net;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Generated;

/// <summary>
/// Writes member values into a subject-access export: one overload per value type, chosen at compile time by
/// generated code, so nothing is boxed or reflected on. NodaTime values are ISO-8601, as are .NET date types.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PersonalDataJson
{
    private static readonly Instant DateTimeRangeStart = Instant.FromUtc(1, 1, 1, 0, 0);
    private static readonly Instant DateTimeRangeEnd = Instant.FromUtc(9999, 12, 31, 0, 0);
    private static readonly JsonEncodedText BackReferenceName = JsonEncodedText.Encode("$backReference");
    private static readonly JsonEncodedText TruncatedName = JsonEncodedText.Encode("$truncated");

    // The nested values being written on this thread: one record is written synchronously, on one thread.
    [ThreadStatic]
    private static GraphPath? t_path;

    /// <summary>Writes a text value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    /// <summary>Writes a Boolean.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <summary>Writes a number.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    /// <summary>Writes a number.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <summary>Writes a number.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, ulong value) => writer.WriteNumberValue(value);

    /// <summary>Writes a number; not-a-number and infinities, which JSON cannot hold, as text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Writes a number.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    /// <summary>Writes a number as written in single precision (0.1, not 0.10000000149011612); non-finite values as text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, float value)
    {
        if (float.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Writes a date in ISO-8601 (<c>2026-11-29</c>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, DateOnly value)
    {
        Span<char> text = stackalloc char[16];
        value.TryFormat(text, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text.Slice(0, written));
    }

    /// <summary>Writes a time of day in ISO-8601 (<c>13:37:00</c>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, TimeOnly value)
    {
        Span<char> text = stackalloc char[24];
        value.TryFormat(text, out int written, "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text.Slice(0, written).TrimEnd('.'));
    }

    /// <summary>Writes a GUID.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

    /// <summary>Writes an instant in ISO-8601 (<c>2026-11-29T13:37:00Z</c>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, Instant value)
    {
        // Within DateTime's range and at tick precision, the writer's own UTC DateTime form is NodaTime's extended ISO
        // form (fraction trimmed, Z suffix) and is written without a string; anything else goes through the pattern.
        if (value >= DateTimeRangeStart && value < DateTimeRangeEnd && Instant.FromUnixTimeTicks(value.ToUnixTimeTicks()) == value)
        {
            writer.WriteStringValue(value.ToDateTimeUtc());
            return;
        }

        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }

    /// <summary>Writes a date in ISO-8601 (<c>2026-11-29</c>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, LocalDate value) => writer.WriteStringValue(LocalDatePattern.Iso.Format(value));

    /// <summary>Writes a local date and time in ISO-8601.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, LocalDateTime value) => writer.WriteStringValue(LocalDateTimePattern.ExtendedIso.Format(value));

    /// <summary>Writes a date and time with offset in ISO-8601.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, OffsetDateTime value) => writer.WriteStringValue(OffsetDateTimePattern.ExtendedIso.Format(value));

    /// <summary>Writes a zoned date and time in ISO-8601 with its offset (the zone id is not part of ISO-8601).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, ZonedDateTime value) => WriteValue(writer, value.ToOffsetDateTime());

    /// <summary>Writes a duration as an ISO-8601 period in hours, minutes and seconds (<c>PT12M34S</c>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, Duration value)
    {
        if (value >= Duration.Zero && value.SubsecondNanoseconds == 0)
        {
            // The normalised ISO form (P1DT2H3M4S, PT0S) written on the stack.
            Span<char> text = stackalloc char[32];
            int position = 0;
            text[position++] = 'P';
            if (value.Days > 0)
            {
                position += Append(text.Slice(position), value.Days, 'D');
            }

            if (value.Hours > 0 || value.Minutes > 0 || value.Seconds > 0 || value.Days == 0)
            {
                text[position++] = 'T';
                position += value.Hours > 0 ? Append(text.Slice(position), value.Hours, 'H') : 0;
                position += value.Minutes > 0 ? Append(text.Slice(position), value.Minutes, 'M') : 0;
                position += value.Seconds > 0 || (value.Hours == 0 && value.Minutes == 0) ? Append(text.Slice(position), value.Seconds, 'S') : 0;
            }

            writer.WriteStringValue(text.Slice(0, position));
            return;
        }

        string text2;
        try
        {
            text2 = PeriodPattern.NormalizingIso.Format(Period.FromTicks(value.BclCompatibleTicks).Normalize());
        }
        catch (OverflowException)
        {
            // Beyond what a period can hold: NodaTime's own round-trip form of a duration.
            text2 = DurationPattern.Roundtrip.Format(value);
        }

        writer.WriteStringValue(text2);

        static int Append(Span<char> destination, int number, char unit)
        {
            number.TryFormat(destination, out int written, provider: CultureInfo.InvariantCulture);
            destination[written] = unit;
            return written + 1;
        }
    }

    /// <summary>Writes a period in ISO-8601 (<c>P7Y</c>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, Period? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(PeriodPattern.NormalizingIso.Format(value));
        }
    }

    /// <summary>Writes a date and time in ISO-8601 (round-trip form).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, DateTime value) => writer.WriteStringValue(value);

    /// <summary>Writes a date and time with offset in ISO-8601.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(value);

    /// <summary>Writes an IP address in its usual text form.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, IPAddress? value) => WriteValue(writer, value?.ToString());

    /// <summary>Writes a dictionary key as a property name: text as it is.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="key">The key.</param>
    public static void WriteKey(Utf8JsonWriter writer, string? key) => writer.WritePropertyName(key ?? string.Empty);

    /// <summary>Writes a dictionary key as a property name: an instant in ISO-8601, to the full precision.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="key">The key.</param>
    public static void WriteKey(Utf8JsonWriter writer, Instant key) => writer.WritePropertyName(InstantPattern.ExtendedIso.Format(key));

    /// <summary>Writes a dictionary key as a property name: a date in ISO-8601.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="key">The key.</param>
    public static void WriteKey(Utf8JsonWriter writer, LocalDate key) => writer.WritePropertyName(LocalDatePattern.Iso.Format(key));

    /// <summary>Writes a dictionary key as a property name: a date and time in round-trip ISO-8601.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="key">The key.</param>
    public static void WriteKey(Utf8JsonWriter writer, DateTime key) => writer.WritePropertyName(key.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>Writes a dictionary key as a property name: a date and time with offset in round-trip ISO-8601.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="key">The key.</param>
    public static void WriteKey(Utf8JsonWriter writer, DateTimeOffset key) => writer.WritePropertyName(key.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>Writes a dictionary key as a property name: its invariant text.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="key">The key.</param>
    public static void WriteKey<TKey>(Utf8JsonWriter writer, TKey key)
        => writer.WritePropertyName(key switch
        {
            null => string.Empty,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => key.ToString() ?? string.Empty,
        });

    /// <summary>Writes an enum value by name.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteEnum<TEnum>(Utf8JsonWriter writer, TEnum value)
        where TEnum : struct, Enum
        => writer.WriteStringValue(value.ToString());

    /// <summary>Writes any other value as its text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteOther(Utf8JsonWriter writer, object? value) => WriteValue(writer, value?.ToString());

    /// <summary>
    /// Writes a nested personal-data value as an object of its own exportable members; a value already being written
    /// further up (a back-reference, a cycle) as <c>{"$backReference": n}</c>, n the number of nested objects up to
    /// where it is written, and a value nested more than 64 levels deep as <c>{"$truncated": true}</c>.
    /// </summary>
    /// <typeparam name="T">The nested value's personal-data type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteNested<T>(Utf8JsonWriter writer, T? value)
        where T : IPersonalData<T>
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        GraphPath path = t_path ??= new GraphPath();
        object? key = typeof(T).IsValueType ? null : value;
        if (key is not null && path.LevelsUpTo(key) is int levels and > 0)
        {
            writer.WriteStartObject();
            writer.WriteNumber(BackReferenceName, levels);
            writer.WriteEndObject();
            return;
        }

        if (path.IsFull)
        {
            writer.WriteStartObject();
            writer.WriteBoolean(TruncatedName, true);
            writer.WriteEndObject();
            return;
        }

        writer.WriteStartObject();
        path.Push(key);
        try
        {
            T.WriteExport(writer, value);
        }
        finally
        {
            path.Pop();
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a <c>[NotPersonalData]</c> member typed <see cref="object"/>, an interface, a class that may be derived
    /// from or a type parameter, when its value is a personal-data type at run time: as the property
    /// <paramref name="name"/>, the value an object of its own type's exportable members, as <see cref="WriteNested{T}"/>
    /// writes it (GDPR art. 15: the subject's data, whatever member holds it). Any other value is not personal data, as
    /// the declaration says, and nothing is written.
    /// </summary>
    /// <typeparam name="T">The member's declared type.</typeparam>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="name">The member's property name.</param>
    /// <param name="value">The member's value.</param>
    public static void WriteRuntimeMember<T>(Utf8JsonWriter writer, JsonEncodedText name, T value)
    {
        if (value is IPersonalDataValue personal)
        {
            writer.WritePropertyName(name);
            personal.Accept(new NestedWriter(writer));
        }
    }

    /// <summary>Writes a record's exportable members with the record on the path, so a member pointing back to it is a back-reference at once.</summary>
    internal static void WriteRecord<T>(Utf8JsonWriter writer, T record)
        where T : IPersonalData<T>
    {
        GraphPath path = t_path ??= new GraphPath();
        path.Push(typeof(T).IsValueType ? null : record);
        try
        {
            T.WriteExport(writer, record);
        }
        finally
        {
            path.Pop();
        }
    }

    /// <summary>Receives a value held by an open member as its own type and writes it as a nested value of that type.</summary>
    private sealed class NestedWriter(Utf8JsonWriter writer) : IPersonalDataValueVisitor
    {
        public void Visit<T>(T value)
            where T : IPersonalData<T>
            => WriteNested(writer, value);
    }
}
