using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Privacy.Policy.Tests.Classification;

public class PrivacyTaxonomyTests
{
    private static readonly Category[] Categories = Enum.GetValues<Category>();
    private static readonly Purpose[] SinglePurposes = Enum.GetValues<Purpose>().Where(p => p != Purpose.None).ToArray();

    [Fact]
    public void Every_category_has_its_own_classification_in_the_package_taxonomy()
    {
        foreach (Category category in Categories)
        {
            var classification = category.GetDataClassification();
            Assert.Equal(PrivacyTaxonomy.TaxonomyName, classification.TaxonomyName);
            Assert.Equal(category.ToString(), classification.Value);
            Assert.Equal(classification, category.GetDataClassification());
        }

        Assert.Equal(Categories.Length, Categories.Select(c => c.GetDataClassification()).Distinct().Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-1)]
    public void Undefined_category_is_refused(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Category)value).GetDataClassification());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Category)value).GetFideslangKey());
    }

    [Theory]
    [InlineData(Category.Contact, DataFormat.Unspecified, "user.contact")]
    [InlineData(Category.Contact, DataFormat.EmailAddress, "user.contact.email")]
    [InlineData(Category.TechnicalIdentifier, DataFormat.Unspecified, "user.unique_id")]
    [InlineData(Category.TechnicalIdentifier, DataFormat.IpAddress, "user.device.ip_address")]
    [InlineData(Category.TechnicalIdentifier, DataFormat.Imei, "user.device.device_id")]
    [InlineData(Category.TechnicalIdentifier, DataFormat.MacAddress, "user.device.mac_address")]
    [InlineData(Category.TechnicalIdentifier, DataFormat.Imsi, "user.unique_id.imsi")]
    [InlineData(Category.NationalIdentifier, DataFormat.Bsn, "user.government_id.national_identification_number")]
    [InlineData(Category.Credentials, DataFormat.Unspecified, "user.authorization.credentials")]
    [InlineData(Category.Location, DataFormat.Unspecified, "user.location")]
    [InlineData(Category.Payment, DataFormat.Iban, "user.financial.bank_account")]
    [InlineData(Category.Usage, DataFormat.PhoneNumber, "user.behavior.traffic_data")]
    public void Fideslang_keys_refine_by_format(Category category, DataFormat format, string expected)
        => Assert.Equal(expected, category.GetFideslangKey(format));

    [Property]
    public Property Format_refines_a_key_under_the_user_tree_and_never_leaves_it()
        => Prop.ForAll(
            Gen.Elements(Categories).ToArbitrary(),
            Gen.Elements(Enum.GetValues<DataFormat>()).ToArbitrary(),
            (category, format) => category.GetFideslangKey(format).StartsWith("user.", StringComparison.Ordinal));

    [Theory]
    [InlineData(Purpose.Bookkeeping, LegalBasis.LegalObligation, "essential.legal_obligation")]
    [InlineData(Purpose.Billing, LegalBasis.Contract, "essential.service.payment_processing")]
    [InlineData(Purpose.Marketing, LegalBasis.Consent, "marketing.advertising.first_party.targeted")]
    [InlineData(Purpose.Security, LegalBasis.LegitimateInterest, "essential.fraud_detection")]
    [InlineData(Purpose.ServiceNotifications, LegalBasis.Contract, "essential.service.notifications")]
    public void Purposes_have_their_legal_basis_and_data_use(Purpose purpose, LegalBasis basis, string dataUse)
    {
        Assert.Equal(basis, purpose.GetLegalBasis());
        Assert.Equal(dataUse, purpose.GetFideslangDataUse());
    }

    [Fact]
    public void Every_single_purpose_is_known_and_only_bookkeeping_is_a_legal_obligation()
    {
        Assert.All(SinglePurposes, p => Assert.True(Enum.IsDefined(p.GetLegalBasis())));
        Assert.Equal([Purpose.Bookkeeping], SinglePurposes.Where(p => p.GetLegalBasis() == LegalBasis.LegalObligation));
        Assert.Equal(SinglePurposes.Length, SinglePurposes.Select(p => p.GetFideslangDataUse()).Distinct().Count());
    }

    [Theory]
    [InlineData(Purpose.None)]
    [InlineData(Purpose.Billing | Purpose.Bookkeeping)]
    [InlineData((Purpose)(1 << 12))]
    public void Legal_basis_needs_exactly_one_purpose(Purpose purpose)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => purpose.GetLegalBasis());
        Assert.Throws<ArgumentOutOfRangeException>(() => purpose.GetFideslangDataUse());
    }
}
