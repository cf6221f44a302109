namespace Privacy.Policy;

/// <summary>What retention asks to be done with a record now.</summary>
public enum RetentionAction
{
    /// <summary>Nothing has expired: keep the record as it is.</summary>
    Keep = 0,

    /// <summary>Some personal-data members have expired: erase those, keep the rest.</summary>
    EraseMembers = 1,

    /// <summary>
    /// Every personal-data member has expired: delete the record. A subject id or anchor without a retention of its own
    /// follows the longest-lived member and goes with the record.
    /// </summary>
    Delete = 2,
}
