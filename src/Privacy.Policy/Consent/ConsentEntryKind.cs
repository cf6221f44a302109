namespace Privacy.Policy;

/// <summary>What a <see cref="ConsentEntry"/> records: consent given, or consent withdrawn (GDPR art. 7(1), 7(3)).</summary>
public enum ConsentEntryKind
{
    /// <summary>The data subject gave consent, having been shown a version of the consent text (art. 4(11), 7(1)).</summary>
    Given = 0,

    /// <summary>The data subject withdrew consent, or the ledger closed it when the subject's data was erased (art. 7(3), 17(1)(b)).</summary>
    Withdrawn = 1,
}
