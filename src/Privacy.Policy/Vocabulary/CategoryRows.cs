#if PRIVACY_POLICY_GENERATOR
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy.Vocabulary;
#endif

/// <summary>One <see cref="CategoryRow"/> per <see cref="Category"/>, at index value - 1; the table is in <c>docs/taxonomy.md</c>.</summary>
internal static class CategoryRows
{
    /// <summary>Every row, at the index of its category's value - 1.</summary>
    public static readonly CategoryRow[] All =
    [
        new() { Category = Category.Identity, Name = nameof(Category.Identity), FideslangKey = "user.name", Dutch = "Identiteitsgegevens", English = "Identity data" },
        new() { Category = Category.Contact, Name = nameof(Category.Contact), FideslangKey = "user.contact", Dutch = "Contactgegevens", English = "Contact details" },
        new()
        {
            Category = Category.NationalIdentifier, Name = nameof(Category.NationalIdentifier), FideslangKey = "user.government_id",
            Dutch = "Nationale identificatienummers", English = "National identifiers",
        },
        new()
        {
            Category = Category.TechnicalIdentifier, Name = nameof(Category.TechnicalIdentifier), FideslangKey = "user.unique_id",
            Dutch = "Technische identificatiegegevens", English = "Technical identifiers",
        },
        new()
        {
            Category = Category.Credentials, Name = nameof(Category.Credentials), FideslangKey = "user.authorization.credentials",
            NeverMaskedBecause = RedactionRule.SecretsNeverMasked, NeverPseudonymizedBecause = RedactionRule.SecretsNeverHashed,
            Dutch = "Inloggegevens", English = "Credentials",
        },
        new() { Category = Category.Usage, Name = nameof(Category.Usage), FideslangKey = "user.behavior.traffic_data", Dutch = "Verbruiksgegevens", English = "Usage data" },
        new() { Category = Category.Location, Name = nameof(Category.Location), FideslangKey = "user.location", Dutch = "Locatiegegevens", English = "Location data" },
        new() { Category = Category.Payment, Name = nameof(Category.Payment), FideslangKey = "user.payment", Dutch = "Betaalgegevens", English = "Payment data" },
        new()
        {
            Category = Category.Marketing, Name = nameof(Category.Marketing), FideslangKey = "user.behavior.marketing_profile",
            Dutch = "Marketinggegevens", English = "Marketing data",
        },
        new()
        {
            Category = Category.Correspondence, Name = nameof(Category.Correspondence), FideslangKey = "user.content.private",
            Dutch = "Correspondentie", English = "Correspondence",
        },
    ];

    /// <summary>The row of <paramref name="category"/>; <see langword="null"/> for a value the enum does not define.</summary>
    public static CategoryRow? Of(Category category) => (uint)((int)category - 1) < (uint)All.Length ? All[(int)category - 1] : null;
}
