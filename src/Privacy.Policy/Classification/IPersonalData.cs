using Microsoft.Extensions.Logging;
using NodaTime;
using Privacy.Policy.Erasure;
using Privacy.Policy.Redaction;

namespace Privacy.Policy;

/// <summary>
/// A type that holds personal data. The source generator implements it on every <c>partial</c> class, record or
/// struct with <c>[PersonalData]</c> members; do not implement it by hand.
/// </summary>
/// <typeparam name="TSelf">The type itself.</typeparam>
public interface IPersonalData<TSelf> : IPersonalDataValue
    where TSelf : IPersonalData<TSelf>
{
    /// <summary>The type's personal-data members, categories, purposes and retention.</summary>
    static abstract PersonalDataDescriptor Descriptor { get; }

    /// <summary>
    /// Returns a copy of <paramref name="value"/> in which every personal-data member is redacted (nested personal
    /// data too) and every other member is unchanged. <see cref="IPrivacyPolicy.Redact{T}(T)"/> calls it.
    /// </summary>
    /// <param name="value">The value to redact.</param>
    /// <param name="redactor">The redactor with the configured key.</param>
    /// <returns>The redacted copy.</returns>
    static abstract TSelf Redact(TSelf value, PersonalDataRedactor redactor);

    /// <summary>
    /// Adds the public members of <paramref name="value"/> to a log record, each personal-data member with its
    /// classification, so that the logging pipeline's redaction applies to it. Use it through
    /// <see cref="Logging.PersonalDataTagProvider{T}"/> on a <c>[LoggerMessage]</c> parameter.
    /// </summary>
    /// <param name="collector">The tag collector of the log record.</param>
    /// <param name="value">The value being logged.</param>
    static abstract void RecordPersonalDataTags(ITagCollector collector, TSelf value);

    /// <summary>
    /// Returns a copy of <paramref name="value"/> in which every personal-data member is erased except those the
    /// context keeps for a running legal obligation; nested personal data is erased by its own type.
    /// <see cref="IPrivacyPolicy.Erase{T}(T)"/> calls it.
    /// </summary>
    /// <param name="value">The value to erase; it is not changed.</param>
    /// <param name="context">Which members are kept.</param>
    /// <returns>The erased copy.</returns>
    static abstract TSelf Erase(TSelf value, ErasureContext context);

    /// <summary>The value's <c>[RetentionAnchor]</c> as a local date and time in <paramref name="zone"/>, if it has one.</summary>
    /// <param name="value">The value.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>The anchor, or <see langword="null"/> when the type has none or the value's is missing.</returns>
    static abstract LocalDateTime? GetRetentionAnchor(TSelf value, DateTimeZone zone);

    /// <summary>
    /// The id of the person the value is about, read from its <c>[DataSubject]</c> member and written as invariant
    /// text. A disclosure records it, pseudonymised, in its audit record.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The id, or <see langword="null"/> when the type has no <c>[DataSubject]</c> member or the value's is missing.</returns>
    static abstract string? GetDataSubject(TSelf value);

    /// <summary>
    /// Writes the value's exportable personal-data members as properties of the JSON object the writer is in, for a
    /// subject-access export (GDPR art. 15 and 20). Members that are not exportable, and credentials, are left out.
    /// </summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="value">The value.</param>
    static abstract void WriteExport(System.Text.Json.Utf8JsonWriter writer, TSelf value);

    /// <summary>
    /// Passes every nested personal-data value that <see cref="WriteExport"/> would write, at every depth, to
    /// <paramref name="check"/>, so that a subject-access export fails before writing a record that carries another
    /// data subject's records (GDPR art. 15(4)). Writes nothing.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="check">The export's check.</param>
    static abstract void CheckExportSubjects(TSelf value, Export.ExportSubjectCheck check);
}
