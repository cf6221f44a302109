#if PRIVACY_POLICY_GENERATOR
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy.Vocabulary;
#endif

/// <summary>Everything the package derives from one <see cref="Purpose"/> flag; one per value, in <see cref="PurposeRows"/>.</summary>
internal sealed class PurposeRow
{
    /// <summary>The purpose this row describes: one flag, or <see cref="Purpose.None"/>.</summary>
    public Purpose Purpose { get; init; }

    /// <summary>The legal basis the purpose rests on; <see langword="null"/> only for <see cref="Purpose.None"/>.</summary>
    public LegalBasis? LegalBasis { get; init; }

    /// <summary>The fideslang data-use key (<c>essential.legal_obligation</c>); <see langword="null"/> only for <see cref="Purpose.None"/>.</summary>
    public string? FideslangDataUse { get; init; }

    /// <summary>The purpose in the Dutch statement and record.</summary>
    public string Dutch { get; init; } = "";

    /// <summary>The purpose in the English statement and record.</summary>
    public string English { get; init; } = "";

    /// <summary>For a legitimate interest, the interest pursued as the Dutch statement prints it (GDPR art. 13(1)(d)).</summary>
    public string? InterestDutch { get; init; }

    /// <summary>For a legitimate interest, the interest pursued as the English statement prints it.</summary>
    public string? InterestEnglish { get; init; }

    /// <summary>Whether the person must provide the data the purpose needs (GDPR art. 13(2)(e)).</summary>
    public ProvisionRequirement Requirement { get; init; }
}
