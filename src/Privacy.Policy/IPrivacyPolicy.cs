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
}
