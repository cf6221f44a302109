namespace Privacy.Policy;

/// <summary>
/// Why a recipient is told (GDPR art. 19): each value is the number of the article whose right the subject exercised.
/// </summary>
public enum RecipientNotificationReason
{
    /// <summary>Members were corrected or completed (art. 16).</summary>
    Rectification = 16,

    /// <summary>Members were erased (art. 17(1)).</summary>
    Erasure = 17,

    /// <summary>The processing of members was restricted (art. 18(1)).</summary>
    Restriction = 18,
}
