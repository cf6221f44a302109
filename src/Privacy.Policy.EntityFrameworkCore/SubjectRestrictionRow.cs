using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>A row of the restrictions table: the subject's processing is restricted (GDPR art. 18(1)) since <see cref="RestrictedAt"/>.</summary>
internal sealed class SubjectRestrictionRow
{
    /// <summary>The data subject, in the form <see cref="SubjectProcessingLimitIds.Canonical"/> gives.</summary>
    public string SubjectId { get; set; } = string.Empty;

    /// <summary>When the restriction was recorded.</summary>
    public Instant RestrictedAt { get; set; }
}
