using System.Text.Json;
using Microsoft.Extensions.Logging;
using NodaTime;
using Privacy.Policy.Erasure;
using Privacy.Policy.Generated;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Tests.Domain;

/// <summary>
/// What an older generator wrote (no <see cref="IPersonalDataValue"/> members of its own), written out by hand: a
/// value of it held by an open [NotPersonalData] member is still redacted and erased, through the interface's defaults.
/// </summary>
// PRIV010 reports a hand-written member with a generated member's name; here the hand-written members stand for the
// generated ones, so they have those names by design.
#pragma warning disable PRIV010
public sealed class OlderGeneratedContact : IPersonalData<OlderGeneratedContact>
{
    public string? Email { get; set; }

    public static PersonalDataDescriptor Descriptor { get; } = new(
        "OlderGeneratedContact",
        [new PersonalDataMember("Email", Category.Contact, Purpose.Billing, null, DataFormat.EmailAddress, RedactionKind.Mask, exportable: true)]);

    public static OlderGeneratedContact Redact(OlderGeneratedContact value, PersonalDataRedactor redactor)
        => new() { Email = redactor.Redact(value.Email, DataFormat.EmailAddress, RedactionKind.Mask) };

    public static OlderGeneratedContact ProjectPersonalData(OlderGeneratedContact value, MemberProjection context)
        => new() { Email = context.Keep(Descriptor, 0) ? value.Email : MemberProjection.Erased(value.Email) };

    public static void RecordPersonalDataTags(ITagCollector collector, OlderGeneratedContact value)
    {
    }

    public static LocalDateTime? GetRetentionAnchor(OlderGeneratedContact value, DateTimeZone zone) => null;

    public static string? GetDataSubject(OlderGeneratedContact value) => null;

    public static void WriteExport(Utf8JsonWriter writer, OlderGeneratedContact value)
    {
    }

    public static void CheckExportSubjects(OlderGeneratedContact value, ExportSubjectCheck check)
    {
    }

    public override string ToString() => "OlderGeneratedContact { Email = *** }";
}
#pragma warning restore PRIV010
