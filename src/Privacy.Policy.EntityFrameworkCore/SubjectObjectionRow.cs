using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>
/// A row of the objections table: the subject objected to one purpose (GDPR art. 21), and the compelling legitimate
/// grounds the controller recorded against the objection, if any (art. 21(1)).
/// </summary>
internal sealed class SubjectObjectionRow
{
    /// <summary>The data subject, in the form <see cref="SubjectProcessingLimitIds.Canonical"/> gives.</summary>
    public string SubjectId { get; set; } = string.Empty;

    /// <summary>One purpose flag.</summary>
    public Purpose Purpose { get; set; }

    /// <summary>When the (latest) objection was recorded.</summary>
    public Instant ObjectedAt { get; set; }

    /// <summary>The grounds recorded against it; <see langword="null"/> while none are.</summary>
    public string? CompellingGrounds { get; set; }

    /// <summary>When the grounds were recorded.</summary>
    public Instant? GroundsRecordedAt { get; set; }
}
