namespace Privacy.Policy;

/// <summary>
/// Where consent was given or withdrawn: part of the evidence the controller keeps (GDPR art. 7(1)). Withdrawing must be
/// as easy as giving (art. 7(3)): a service that takes consent in the portal takes withdrawals there too.
/// </summary>
public enum ConsentChannel
{
    /// <summary>The customer portal or the website, logged in.</summary>
    Portal = 0,

    /// <summary>An e-mail message, or a link in one.</summary>
    Email = 1,

    /// <summary>A phone call, such as with customer service.</summary>
    Phone = 2,

    /// <summary>A signed paper form or letter.</summary>
    Paper = 3,

    /// <summary>In person, such as in a shop.</summary>
    InPerson = 4,

    /// <summary>
    /// No channel of the subject's: the ledger closed a consent in force because the subject's data was erased
    /// (<see cref="ConsentLedger.EraseSubjectAsync"/>, art. 17(1)(b)). Only the ledger writes it.
    /// </summary>
    Erasure = 5,
}
