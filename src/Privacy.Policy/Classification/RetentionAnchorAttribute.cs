using System;

namespace Privacy.Policy;

/// <summary>
/// Marks the moment retention periods of a record are counted from, such as the start of a call or the date of
/// an invoice.
/// </summary>
/// <remarks>
/// At most one member of a type carries it, and its type is one of NodaTime's <c>Instant</c>, <c>LocalDate</c>,
/// <c>LocalDateTime</c>, <c>ZonedDateTime</c>, <c>OffsetDateTime</c>, or <see cref="DateTimeOffset"/> or
/// <see cref="DateTime"/>, or a nullable of one of them (PRIV004). The member counts as classified for PRIV001.
/// </remarks>
/// <example>
/// <code>
/// [RetentionAnchor(Start = RetentionStart.EndOfYear)]   // Dutch fiscal retention: 7 years from year end
/// public LocalDate InvoiceDate { get; init; }
///
/// // The privacy statement says "1 dag na intrekking van de toestemming" / "1 day after consent is withdrawn".
/// [RetentionAnchor(Dutch = "na intrekking van de toestemming", English = "after consent is withdrawn")]
/// public Instant? ConsentWithdrawn { get; set; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class RetentionAnchorAttribute : Attribute
{
    /// <summary>Where retention starts relative to the anchor; <see cref="RetentionStart.AtAnchor"/> by default.</summary>
    public RetentionStart Start { get; set; }

    /// <summary>
    /// How the Dutch privacy statement names the moment, after the period: <c>na intrekking van de toestemming</c>.
    /// It takes the place of the <see cref="Start"/> wording. Give <see cref="English"/> too (PRIV014); without
    /// either, the statement gives the period and the <see cref="Start"/> wording.
    /// </summary>
    public string? Dutch { get; set; }

    /// <summary>
    /// How the English privacy statement names the moment, after the period: <c>after consent is withdrawn</c>.
    /// It takes the place of the <see cref="Start"/> wording. Give <see cref="Dutch"/> too (PRIV014); without
    /// either, the statement gives the period and the <see cref="Start"/> wording.
    /// </summary>
    public string? English { get; set; }
}
