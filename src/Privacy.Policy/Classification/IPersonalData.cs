using Microsoft.Extensions.Logging;
using NodaTime;
using Privacy.Policy.Generated;
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
    /// Returns a copy of <paramref name="value"/> in which every personal-data member is emptied except those the
    /// projection keeps; nested personal data is projected by its own type. <see cref="IPrivacyPolicy.Erase{T}(T)"/>
    /// calls it with an erasure's projection (kept: what a running legal obligation holds) and
    /// <see cref="IPrivacyPolicy.Disclose{T}(T, string, Purpose)"/> with a disclosure's (kept: what the recipient may receive).
    /// </summary>
    /// <param name="value">The value to project; it is not changed.</param>
    /// <param name="context">The projection in progress, which decides which members are kept.</param>
    /// <returns>The projected copy.</returns>
    static abstract TSelf ProjectPersonalData(TSelf value, MemberProjection context);

    /// <summary>The value's <c>[RetentionAnchor]</c> as a local date and time in <paramref name="zone"/>, if it has one.</summary>
    /// <param name="value">The value.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>The anchor, or <see langword="null"/> when the type has none or the value's is missing.</returns>
    static abstract LocalDateTime? GetRetentionAnchor(TSelf value, DateTimeZone zone);

    /// <summary>
    /// The value of the member that the personal-data member at <paramref name="member"/> (its index in
    /// <see cref="Descriptor"/>'s members) counts its retention from (<see cref="PersonalDataMember.RetentionFrom"/>),
    /// as a local date and time in <paramref name="zone"/>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="member">The index of the personal-data member in the descriptor.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <returns>
    /// The moment its retention counts from, or <see langword="null"/> when that member is empty (the data is still in
    /// use) or the member counts from the record's anchor.
    /// </returns>
    static virtual LocalDateTime? GetRetentionFrom(TSelf value, int member, DateTimeZone zone) => null;

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
    static abstract void CheckExportSubjects(TSelf value, ExportSubjectCheck check);

    /// <summary>
    /// The purposes whose <c>[ConsentRecord]</c> member says, in <paramref name="value"/>, that the person has not
    /// consented (<see langword="false"/> or <see langword="null"/>). Members processed only on consent for those
    /// purposes are then due for erasure at once (GDPR art. 6(1)(a), 7(3)). Generated code implements it for a type
    /// with a <c>[ConsentRecord]</c> member (its own or a base type's); other types record no consent and withhold none.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The purposes without consent; <see cref="Purpose.None"/> when every record says yes or there is none.</returns>
    static virtual Purpose GetPurposesWithoutConsent(TSelf value) => Purpose.None;

    // Generated code implements these explicitly for its own type. The defaults serve a type generated by an older
    // generator, which did not: its value is still redacted and erased, never copied in clear.
    object? IPersonalDataValue.RedactNested(PersonalDataRedactor redactor) => redactor.Redact((TSelf)(object)this);

    object? IPersonalDataValue.ProjectNested(MemberProjection context, string member) => context.ProjectNested((TSelf)(object)this, member);

    void IPersonalDataValue.Accept(IPersonalDataValueVisitor visitor) => visitor.Visit((TSelf)(object)this);
}
