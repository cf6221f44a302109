using System;

namespace Privacy.Policy;

/// <summary>
/// Names, for the privacy statement, the moment a date or time member stands for, when other members count their
/// retention from it (<c>[PersonalData(RetentionFrom = nameof(...))]</c>): the invoice date, the end of the contract.
/// </summary>
/// <remarks>
/// <para>
/// A member whose retention counts from another member is kept for its period after <em>that</em> member's moment, not
/// after the record's <c>[RetentionAnchor]</c>; the statement must say so (GDPR art. 13(2)(a): the period, or the
/// criteria used to determine it). With this attribute on the member a <c>RetentionFrom</c> names, the statement reads
/// "6 maanden na de factuurdatum" / "6 months after the invoice date". Without it, the statement gives the period and
/// the <c>RetentionFromStart</c> wording ("2 jaar, vanaf het einde van de maand"), never the anchor's words.
/// </para>
/// <para>
/// The words name the moment itself, not a start relative to it: members counting from it may start at it or at the
/// end of its day, month or book year (<c>RetentionFromStart</c>), and that wording follows the words: "2 jaar na het
/// einde van het contract, vanaf het einde van de maand". (An anchor's words take the place of its <c>Start</c>
/// wording instead, as they are written beside it.) Give both <see cref="Dutch"/> and <see cref="English"/> (PRIV014). It does not classify the member: it still needs
/// <c>[NotPersonalData]</c> or <c>[PersonalData]</c> (PRIV001).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// [PersonalData(Category.Usage, RetentionFrom = nameof(InvoiceDate), Purposes = Purpose.Billing)]
/// public string CalledNumber { get; set; } = "";
///
/// [RetentionMoment(Dutch = "na de factuurdatum", English = "after the invoice date")]
/// [NotPersonalData("The date of the invoice the call is on.")]
/// public LocalDate? InvoiceDate { get; set; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class RetentionMomentAttribute : Attribute
{
    /// <summary>
    /// How the Dutch privacy statement names the moment, after the period: <c>na de factuurdatum</c>. Give
    /// <see cref="English"/> too (PRIV014); with only one, neither statement uses it.
    /// </summary>
    public string? Dutch { get; set; }

    /// <summary>
    /// How the English privacy statement names the moment, after the period: <c>after the invoice date</c>. Give
    /// <see cref="Dutch"/> too (PRIV014); with only one, neither statement uses it.
    /// </summary>
    public string? English { get; set; }
}
