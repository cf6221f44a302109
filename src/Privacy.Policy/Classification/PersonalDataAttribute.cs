using System;

namespace Privacy.Policy;

/// <summary>
/// Marks a field or property as personal data of a <see cref="Policy.Category"/>, with the purposes it serves,
/// how long it is kept and how it is redacted.
/// </summary>
/// <remarks>
/// <para>
/// A type with at least one such member must classify every other instance field and property too
/// (analyzer PRIV001) and must be <c>partial</c> so that redaction, export, erasure and retention code can be
/// generated for it (PRIV003).
/// </para>
/// <para>
/// This attribute deliberately derives from <see cref="Attribute"/> and not from
/// <c>Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute</c>: Microsoft's logging
/// generator instantiates every classification attribute it finds with a parameterless constructor, which this
/// attribute does not have. Use <see cref="PrivacyTaxonomy.GetDataClassification(Policy.Category)"/> for interop.
/// </para>
/// <para>
/// On a positional record, target the property: <c>record Call([property: PersonalData(Category.Usage)] string CalledNumber)</c>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// // Billing traffic data counts from the invoice (Telecommunicatiewet art. 11.5(2)); the invoice is the fiscal record.
/// [PersonalData(Category.Usage, Purposes = Purpose.Billing, RetentionFrom = nameof(InvoicedAt),
///               Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
/// public string CalledNumber { get; init; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class PersonalDataAttribute : Attribute
{
    private bool _exportable = true;

    /// <summary>Classifies the member as personal data of <paramref name="category"/>.</summary>
    /// <param name="category">The kind of personal data the member holds.</param>
    public PersonalDataAttribute(Category category) => Category = category;

    /// <summary>The kind of personal data the member holds.</summary>
    public Category Category { get; }

    /// <summary>
    /// How long the member is kept, as an ISO-8601 period counted from the type's retention anchor:
    /// <c>P7Y</c>, <c>P6M</c>, <c>P90D</c>, <c>PT48H</c>. <see langword="null"/> means the category's default from
    /// the options. Anything else than a positive period fails the build (PRIV002).
    /// </summary>
    public string? Retention { get; set; }

    /// <summary>The purposes the member is processed for.</summary>
    public Purpose Purposes { get; set; }

    /// <summary>The shape of the value, for format-aware masking and pseudonymisation.</summary>
    public DataFormat Format { get; set; }

    /// <summary>How the member is redacted; <see cref="RedactionKind.Default"/> chooses from category and format.</summary>
    public RedactionKind Redaction { get; set; }

    /// <summary>
    /// The member's legal basis where it differs from the declared basis of its purposes (GDPR art. 6(1)):
    /// <see cref="Policy.LegalBasis.LegitimateInterest"/> for contact data kept after the contract for legal claims, say.
    /// Left unset (<c>0</c>, no named value), each purpose keeps its declared basis. Set, it replaces the basis of every
    /// purpose of the member, in the export, the statement and the record of processing. With
    /// <see cref="Policy.LegalBasis.LegitimateInterest"/>, give <see cref="Interest"/> too (PRIV021).
    /// </summary>
    public LegalBasis LegalBasis { get; set; }

    /// <summary>
    /// The legitimate interest pursued, as the privacy statement prints it (GDPR art. 13(1)(d)), when
    /// <see cref="LegalBasis"/> is <see cref="Policy.LegalBasis.LegitimateInterest"/>.
    /// </summary>
    public string? Interest { get; set; }

    /// <summary>
    /// The name of another date or time member of the same record that this member's retention counts from, instead of
    /// the record's <c>[RetentionAnchor]</c>: the invoice date, the contract's end, the last debit. Write it with
    /// <see langword="nameof"/>. While that member is empty (<see langword="null"/>) the data is still in use: it is
    /// kept, never swept and never erased by a request.
    /// </summary>
    public string? RetentionFrom { get; set; }

    /// <summary>
    /// Where retention starts relative to the <see cref="RetentionFrom"/> member: at it (the default), or at the end
    /// of its day, month or (book) year.
    /// </summary>
    public RetentionStart RetentionFromStart { get; set; }

    /// <summary>
    /// Whether the member appears in a subject-access export (GDPR art. 15 and 20). Defaults to
    /// <see langword="true"/>; always <see langword="false"/> for <see cref="Category.Credentials"/>, whatever is set.
    /// </summary>
    public bool Exportable
    {
        get => _exportable && Category != Category.Credentials;
        set => _exportable = value;
    }
}
