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
    ValueShape Value);
