namespace Privacy.Policy.Generators.Model;

/// <summary>One field or stored property, with its classification resolved.</summary>
/// <param name="Name">The member name as declared.</param>
/// <param name="Type">Its type, fully qualified with nullable annotations.</param>
/// <param name="IsPublic">Whether <c>ToString</c> shows it, as a record's does.</param>
/// <param name="IsPersonal">Whether it is personal data (<c>[PersonalData]</c>, or <c>[DataSubject]</c> alone).</param>
/// <param name="Category">The category value.</param>
/// <param name="Purposes">The purposes flags value.</param>
/// <param name="Retention">The retention text as written, if any.</param>
/// <param name="Format">The format value.</param>
/// <param name="Redaction">The effective redaction kind value: never Default.</param>
/// <param name="Exportable">Whether it is exportable.</param>
/// <param name="Value">How its value is redacted.</param>
/// <param name="IsUnclassified">
/// Whether nothing classifies it (a member inherited from a type outside our rules, such as ASP.NET Core Identity's
/// <c>IdentityUser</c>): it is treated as personal data and erased, and it is not in the descriptor.
/// </param>
/// <param name="IsVirtual">
/// Whether a derived type can replace it with a stored <c>override</c>: a virtual, abstract or unsealed override
/// property of a type that is not sealed. The generated code then handles it only when no more derived generated type
/// declares its own override, so each member is handled once, as the most derived declaration classifies it.
/// </param>
/// <param name="IsOverride">Whether it is a stored <c>override</c> of a base type's property.</param>
/// <param name="LegalBasis">The member's own legal basis value (<c>[PersonalData(LegalBasis = ...)]</c>); 0 when its purposes' apply.</param>
/// <param name="Interest">The member's own legitimate interest, if it gives one.</param>
/// <param name="ConsentPurposes">The purposes a <c>[ConsentRecord]</c> on it covers; 0 when it is none.</param>
/// <param name="Consent">How it says "no consent", when it is a <c>[ConsentRecord]</c>.</param>
/// <param name="RedactedHere">
/// Whether this type's generated code redacts it: its own members, and inherited ones that no generated base type
/// redacts and that a copy can set.
/// </param>
/// <param name="RetentionFrom">
/// The member its retention counts from (<c>[PersonalData(RetentionFrom = ...)]</c>), when that names a date or time
/// member generated code can read; otherwise <see langword="null"/> (PRIV023 reports a name that is not).
/// </param>
/// <param name="RetentionFromStart">The <c>RetentionFromStart</c> value.</param>
/// <param name="RetentionFromDutch">
/// The Dutch words of the <see cref="RetentionFrom"/> member's <c>[RetentionMoment]</c>, when it gives both languages
/// (PRIV014 reports one without the other); otherwise <see langword="null"/>.
/// </param>
/// <param name="RetentionFromEnglish">The English words of that <c>[RetentionMoment]</c>, under the same rule.</param>
/// <param name="RetentionFromIsNullable">Whether the <see cref="RetentionFrom"/> member is a <c>Nullable&lt;T&gt;</c>.</param>
internal sealed record DataMember(
    string Name,
    string Type,
    bool IsPublic,
    bool IsPersonal,
    int Category,
    int Purposes,
    string? Retention,
    int Format,
    int Redaction,
    bool Exportable,
    ValueShape Value,
    bool IsUnclassified,
    bool IsVirtual,
    bool IsOverride,
    bool RedactedHere,
    int LegalBasis = 0,
    string? Interest = null,
    int ConsentPurposes = 0,
    ConsentShape Consent = ConsentShape.None,
    string? RetentionFrom = null,
    int RetentionFromStart = 0,
    bool RetentionFromIsNullable = false,
    string? RetentionFromDutch = null,
    string? RetentionFromEnglish = null);
