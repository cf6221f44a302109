using System;
using Microsoft.Extensions.Compliance.Classification;
using Privacy.Policy.Vocabulary;

namespace Privacy.Policy;

/// <summary>
/// What the package knows about each <see cref="Category"/> and <see cref="Purpose"/>: the
/// <see cref="DataClassification"/> for Microsoft.Extensions.Compliance, the fideslang data-category and data-use
/// keys, and the legal basis of each purpose. The table is in <c>docs/taxonomy.md</c>.
/// </summary>
public static class PrivacyTaxonomy
{
    /// <summary>The taxonomy name of every <see cref="DataClassification"/> this package uses.</summary>
    public const string TaxonomyName = "Privacy.Policy";

    private static readonly DataClassification[] Classifications = CreateClassifications();

    /// <summary>
    /// The <see cref="DataClassification"/> of a category: taxonomy <see cref="TaxonomyName"/>, value the
    /// category's name (<c>Privacy.Policy:Usage</c>).
    /// </summary>
    /// <param name="category">A defined category.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined category.</exception>
    public static DataClassification GetDataClassification(this Category category)
        => Classifications[IndexOf(category)];

    /// <summary>The fideslang data-category key of a category, such as <c>user.contact</c>.</summary>
    /// <param name="category">A defined category.</param>
    /// <returns>The key; keys marked as extensions in <c>docs/taxonomy.md</c> are this package's own.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined category.</exception>
    public static string GetFideslangKey(this Category category)
        => CategoryRows.Of(category)?.FideslangKey ?? throw UndefinedCategory(category);

    /// <summary>
    /// The most specific fideslang data-category key for a member of <paramref name="category"/> whose values have
    /// <paramref name="format"/>, such as <c>user.device.ip_address</c> for a technical identifier that is an IP
    /// address; the category's key where the format refines nothing.
    /// </summary>
    /// <param name="category">A defined category.</param>
    /// <param name="format">The member's format.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined category.</exception>
    public static string GetFideslangKey(this Category category, DataFormat format)
        => FormatRows.Of(format) is { FideslangKey: { } key } row && row.UsualCategory == category ? key : category.GetFideslangKey();

    /// <summary>The legal basis a single purpose rests on.</summary>
    /// <param name="purpose">Exactly one purpose flag.</param>
    /// <returns>The legal basis.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="purpose"/> is <see cref="Purpose.None"/>, a combination of flags, or undefined.
    /// </exception>
    public static LegalBasis GetLegalBasis(this Purpose purpose)
        => PurposeRows.Of(purpose)?.LegalBasis ?? throw NotSinglePurpose(purpose);

    /// <summary>The fideslang data-use key of a single purpose, such as <c>essential.legal_obligation</c>.</summary>
    /// <param name="purpose">Exactly one purpose flag.</param>
    /// <returns>The key; keys marked as extensions in <c>docs/taxonomy.md</c> are this package's own.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="purpose"/> is <see cref="Purpose.None"/>, a combination of flags, or undefined.
    /// </exception>
    public static string GetFideslangDataUse(this Purpose purpose)
        => PurposeRows.Of(purpose)?.FideslangDataUse ?? throw NotSinglePurpose(purpose);

    private static DataClassification[] CreateClassifications()
    {
        // Indexed by category value - 1, as the rows are; their names are written out, so no enum reflection.
        var classifications = new DataClassification[CategoryRows.All.Length];
        for (int i = 0; i < classifications.Length; i++)
        {
            classifications[i] = new(TaxonomyName, CategoryRows.All[i].Name);
        }

        return classifications;
    }

    private static int IndexOf(Category category)
    {
        int index = (int)category - 1;
        if ((uint)index >= (uint)Classifications.Length)
        {
            throw UndefinedCategory(category);
        }

        return index;
    }

    private static ArgumentOutOfRangeException UndefinedCategory(Category category)
        => new(nameof(category), (int)category, "Not a defined Privacy.Policy category.");

    private static ArgumentOutOfRangeException NotSinglePurpose(Purpose purpose)
        => new(nameof(purpose), (int)purpose, "Expected exactly one defined purpose flag.");
}
