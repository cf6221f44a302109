#if PRIVACY_POLICY_GENERATOR
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy.Vocabulary;
#endif

/// <summary>Everything the package derives from one <see cref="Category"/>; one per value, in <see cref="CategoryRows"/>.</summary>
internal sealed class CategoryRow
{
    /// <summary>The category this row describes.</summary>
    public Category Category { get; init; }

    /// <summary>The category's name: the value of its Microsoft.Extensions.Compliance classification (<c>Privacy.Policy:Usage</c>).</summary>
    public string Name { get; init; } = "";

    /// <summary>The fideslang data-category key (<c>user.contact</c>); keys marked as extensions in <c>docs/taxonomy.md</c> are this package's own.</summary>
    public string FideslangKey { get; init; } = "";

    /// <summary>Why members of the category are never masked, whatever their format; <see langword="null"/> when they may be.</summary>
    public string? NeverMaskedBecause { get; init; }

    /// <summary>Why members of the category are never pseudonymised, whatever their format; <see langword="null"/> when they may be.</summary>
    public string? NeverPseudonymizedBecause { get; init; }

    /// <summary>The category's heading in the Dutch statement and record.</summary>
    public string Dutch { get; init; } = "";

    /// <summary>The category's heading in the English statement and record.</summary>
    public string English { get; init; } = "";
}
