namespace Privacy.Policy;

/// <summary>
/// The grounds on which a restricted subject's data may still be processed (GDPR art. 18(2)), given to
/// <see cref="IPrivacyPolicy.Disclose{T}(T, string, Purpose, RestrictionExemption)"/>.
/// </summary>
public enum RestrictionExemption
{
    /// <summary>For the establishment, exercise or defence of legal claims.</summary>
    LegalClaims = 1,

    /// <summary>For the protection of the rights of another natural or legal person.</summary>
    ProtectionOfAnotherPerson = 2,

    /// <summary>For reasons of important public interest of the Union or of a Member State.</summary>
    ImportantPublicInterest = 3,
}
