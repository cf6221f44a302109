using System;
using Microsoft.Extensions.Compliance.Classification;

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
    public static string GetFideslangKey(this Category category) => category switch
    {
        Category.Identity => "user.name",
        Category.Contact => "user.contact",
        Category.NationalIdentifier => "user.government_id",
        Category.TechnicalIdentifier => "user.unique_id",
        Category.Credentials => "user.authorization.credentials",
        Category.Usage => "user.behavior.traffic_data",
        Category.Location => "user.location",
        Category.Payment => "user.payment",
        Category.Marketing => "user.behavior.marketing_profile",
        Category.Correspondence => "user.content.private",
        _ => throw UndefinedCategory(category),
    };

    /// <summary>
    /// The most specific fideslang data-category key for a member of <paramref name="category"/> whose values have
    /// <paramref name="format"/>, such as <c>user.device.ip_address</c> for a technical identifier that is an IP
    /// address; the category's key where the format refines nothing.
    /// </summary>
    /// <param name="category">A defined category.</param>
    /// <param name="format">The member's format.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined category.</exception>
    public static string GetFideslangKey(this Category category, DataFormat format) => (category, format) switch
    {
        (Category.Identity, DataFormat.PersonName) => "user.name",
        (Category.Contact, DataFormat.EmailAddress) => "user.contact.email",
        (Category.Contact, DataFormat.PhoneNumber) => "user.contact.phone_number",
        (Category.Contact, DataFormat.PostalAddress) => "user.contact.address",
        (Category.NationalIdentifier, DataFormat.Bsn) => "user.government_id.national_identification_number",
        (Category.TechnicalIdentifier, DataFormat.IpAddress) => "user.device.ip_address",
        (Category.TechnicalIdentifier, DataFormat.Imei) => "user.device.device_id",
        (Category.TechnicalIdentifier, DataFormat.MacAddress) => "user.device.mac_address",
        (Category.TechnicalIdentifier, DataFormat.Imsi) => "user.unique_id.imsi",
        (Category.Credentials, DataFormat.Secret) => "user.authorization.credentials",
        (Category.Location, DataFormat.GeoCoordinate) => "user.location.precise",
        (Category.Payment, DataFormat.Iban) => "user.financial.bank_account",
        (Category.Payment, DataFormat.PaymentCard) => "user.payment",
        _ => category.GetFideslangKey(),
    };

    /// <summary>The legal basis a single purpose rests on.</summary>
    /// <param name="purpose">Exactly one purpose flag.</param>
    /// <returns>The legal basis.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="purpose"/> is <see cref="Purpose.None"/>, a combination of flags, or undefined.
    /// </exception>
    public static LegalBasis GetLegalBasis(this Purpose purpose) => purpose switch
    {
        Purpose.ServiceDelivery => LegalBasis.Contract,
        Purpose.Billing => LegalBasis.Contract,
        Purpose.CustomerPortal => LegalBasis.Contract,
        Purpose.Bookkeeping => LegalBasis.LegalObligation,
        Purpose.Marketing => LegalBasis.Consent,
        Purpose.ServiceNotifications => LegalBasis.Contract,
        Purpose.Support => LegalBasis.Contract,
        Purpose.Shipping => LegalBasis.Contract,
        Purpose.Security => LegalBasis.LegitimateInterest,
        _ => throw NotSinglePurpose(purpose),
    };

    /// <summary>The fideslang data-use key of a single purpose, such as <c>essential.legal_obligation</c>.</summary>
    /// <param name="purpose">Exactly one purpose flag.</param>
    /// <returns>The key; keys marked as extensions in <c>docs/taxonomy.md</c> are this package's own.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="purpose"/> is <see cref="Purpose.None"/>, a combination of flags, or undefined.
    /// </exception>
    public static string GetFideslangDataUse(this Purpose purpose) => purpose switch
    {
        Purpose.ServiceDelivery => "essential.service",
        Purpose.Billing => "essential.service.payment_processing",
        Purpose.CustomerPortal => "essential.service.operations",
        Purpose.Bookkeeping => "essential.legal_obligation",
        Purpose.Marketing => "marketing.advertising.first_party.targeted",
        Purpose.ServiceNotifications => "essential.service.notifications",
        Purpose.Support => "essential.service.operations.support",
        Purpose.Shipping => "essential.service.operations.shipping",
        Purpose.Security => "essential.fraud_detection",
        _ => throw NotSinglePurpose(purpose),
    };

    private static DataClassification[] CreateClassifications()
    {
        // Indexed by category value - 1; written out so the trimmer and AOT see no enum reflection.
        return
        [
            new(TaxonomyName, nameof(Category.Identity)),
            new(TaxonomyName, nameof(Category.Contact)),
            new(TaxonomyName, nameof(Category.NationalIdentifier)),
            new(TaxonomyName, nameof(Category.TechnicalIdentifier)),
            new(TaxonomyName, nameof(Category.Credentials)),
            new(TaxonomyName, nameof(Category.Usage)),
            new(TaxonomyName, nameof(Category.Location)),
            new(TaxonomyName, nameof(Category.Payment)),
            new(TaxonomyName, nameof(Category.Marketing)),
            new(TaxonomyName, nameof(Category.Correspondence)),
        ];
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
