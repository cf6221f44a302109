using NodaTime;

namespace Privacy.Policy;

/// <summary>
/// Where <see cref="IPrivacyPolicy.EvaluateRetention{T}(T)"/> and <see cref="IPrivacyPolicy.Erase{T}(T)"/> learn
/// whether a value is held (<see cref="PrivacyHold"/>). Register one in the container beside <c>AddPrivacyPolicy</c>;
/// with none registered, nothing is held and the policy does not look. The database sweeps and subject erasure of
/// Privacy.Policy.EntityFrameworkCore do not use it: they read the holds table in their own SQL.
/// </summary>
/// <remarks>
/// The policy calls it for every value it decides, so it should answer from memory (a cache of the active holds,
/// refreshed as holds are placed and lifted), not from a database round trip.
/// </remarks>
public interface IPrivacyHolds
{
    /// <summary>
    /// The hold that keeps <paramref name="value"/> at <paramref name="at"/>: one on its data subject, or one on the
    /// record itself (the implementation knows its types' keys); <see langword="null"/> when none does. A hold returned
    /// that is not active at <paramref name="at"/> (<see cref="PrivacyHold.IsActiveAt"/>) is ignored.
    /// </summary>
    /// <typeparam name="T">The value's personal-data type.</typeparam>
    /// <param name="value">The value being decided.</param>
    /// <param name="dataSubject">Its <c>[DataSubject]</c> as invariant text, as <see cref="PrivacyHold.SubjectId"/> holds it; <see langword="null"/> when it has none.</param>
    /// <param name="at">The policy's current instant.</param>
    /// <returns>The hold, or <see langword="null"/>.</returns>
    PrivacyHold? FindHold<T>(T value, string? dataSubject, Instant at)
        where T : IPersonalData<T>;
}
