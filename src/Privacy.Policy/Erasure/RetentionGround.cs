namespace Privacy.Policy;

/// <summary>Why erasure kept a member (<see cref="RetainedMember.Ground"/>): the exceptions of GDPR art. 17.</summary>
public enum RetentionGround
{
    /// <summary>A legal obligation still requires it, such as fiscal retention (art. 17(3)(b)).</summary>
    LegalObligation = 0,

    /// <summary>
    /// It is still in use: the contract it serves is open, so it is still necessary for its purpose and erasure does
    /// not apply yet (art. 17(1)(a), processing under art. 6(1)(b)).
    /// </summary>
    InUse = 1,

    /// <summary>A hold keeps it: a disputed bill, a legal claim (art. 17(3)(e)) or an authority's demand.</summary>
    Hold = 2,
}
