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
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class RetentionAnchorAttribute : Attribute
{
    /// <summary>Where retention starts relative to the anchor; <see cref="RetentionStart.AtAnchor"/> by default.</summary>
    public RetentionStart Start { get; set; }
}
