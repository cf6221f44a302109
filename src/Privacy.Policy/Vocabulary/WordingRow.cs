#if PRIVACY_POLICY_GENERATOR
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy.Vocabulary;
#endif

/// <summary>
/// The Dutch and English words of one value of an enum that carries nothing else (<see cref="LegalBasis"/>,
/// <see cref="RetentionStart"/>); one per value, in <see cref="WordingRows"/>.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class WordingRow<T>
    where T : struct
{
    /// <summary>The value this row describes.</summary>
    public T Value { get; init; }

    /// <summary>The value in the Dutch statement and record.</summary>
    public string Dutch { get; init; } = "";

    /// <summary>The value in the English statement and record.</summary>
    public string English { get; init; } = "";
}
