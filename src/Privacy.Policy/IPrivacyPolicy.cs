namespace Privacy.Policy;

/// <summary>
/// What a service calls to apply the privacy statement to its data. Register it with
/// <c>services.AddPrivacyPolicy(...)</c>.
/// </summary>
public interface IPrivacyPolicy
{
    /// <summary>
    /// Returns a copy of <paramref name="value"/> in which every personal-data member is redacted as its
    /// <c>[PersonalData]</c> says (masked, pseudonymised with the configured key, or erased) and every other member is
    /// unchanged. Values a format rule cannot read are erased whole.
    /// </summary>
    /// <typeparam name="T">A type the source generator implemented <see cref="IPersonalData{TSelf}"/> for.</typeparam>
    /// <param name="value">The value to redact; it is not changed.</param>
    /// <returns>The redacted copy.</returns>
    T Redact<T>(T value)
        where T : IPersonalData<T>;

    /// <summary>
    /// Erases a value (GDPR art. 17): returns a copy in which every personal-data member is erased, except members
    /// that a legal obligation still requires (a purpose whose legal basis is <see cref="LegalBasis.LegalObligation"/>,
    /// such as seven-year bookkeeping, whose retention from the value's anchor has not run out). The result says what
    /// was kept, why and until when.
    /// </summary>
    /// <typeparam name="T">A type the source generator implemented <see cref="IPersonalData{TSelf}"/> for.</typeparam>
    /// <param name="value">The value to erase; it is not changed.</param>
    /// <returns>The erased copy, the retained members and the erased ones.</returns>
    ErasureResult<T> Erase<T>(T value)
        where T : IPersonalData<T>;
}
