namespace Privacy.Policy;

/// <summary>Why personal data was, or would have been, disclosed.</summary>
public enum DisclosureBasis
{
    /// <summary>
    /// A declared recipient receives it for one of its declared purposes: the service needs it, or a law requires it
    /// (<see cref="IPrivacyPolicy.Disclose{T}(T, string, Purpose)"/>).
    /// </summary>
    DeclaredPurpose = 1,

    /// <summary>
    /// The data subject explicitly asked for it to go to a recipient of their choosing, and only what they named goes
    /// (<see cref="IPrivacyPolicy.Disclose{T}(T, SubjectDisclosureRequest)"/>).
    /// </summary>
    SubjectRequest = 2,
}
