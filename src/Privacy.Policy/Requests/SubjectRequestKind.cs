namespace Privacy.Policy;

/// <summary>
/// What a data subject asks for: one of the rights of GDPR (AVG) chapter III that a request names. The controller
/// answers each within one month of receipt (art. 12(3)); <see cref="SubjectRequests"/> tracks that.
/// </summary>
public enum SubjectRequestKind
{
    /// <summary>A copy of the subject's personal data with what art. 15 lists (purposes, recipients, retention). GDPR art. 15.</summary>
    Access,

    /// <summary>The data the subject provided, in a structured, machine-readable format. GDPR art. 20.</summary>
    Portability,

    /// <summary>Correction of inaccurate data, completion of incomplete data. GDPR art. 16.</summary>
    Rectification,

    /// <summary>Erasure ("the right to be forgotten"), except what the law keeps. GDPR art. 17.</summary>
    Erasure,

    /// <summary>Restriction: the data is kept but not otherwise processed. GDPR art. 18.</summary>
    Restriction,

    /// <summary>Objection to processing on legitimate interest, and to direct marketing unconditionally. GDPR art. 21.</summary>
    Objection,
}
