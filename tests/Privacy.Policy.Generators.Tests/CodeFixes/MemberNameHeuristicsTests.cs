using Privacy.Policy.CodeFixes;
using Xunit;

namespace Privacy.Policy.Generators.Tests.CodeFixes;

public class MemberNameHeuristicsTests
{
    [Theory]
    [InlineData("CalledNumber", new[] { "called", "number" })]
    [InlineData("called_number", new[] { "called", "number" })]
    [InlineData("IMSINumber", new[] { "imsi", "number" })]
    [InlineData("_ipV4Address", new[] { "ip", "v4", "address" })]
    public void Names_split_into_lower_case_words(string name, string[] words)
        => Assert.Equal(words, MemberNameHeuristics.SplitWords(name));

    [Theory]
    [InlineData("Email", Category.Contact, DataFormat.EmailAddress)]
    [InlineData("EmailAddress", Category.Contact, DataFormat.EmailAddress)]
    [InlineData("ContactPhone", Category.Contact, DataFormat.PhoneNumber)]
    [InlineData("CallingNumber", Category.Usage, DataFormat.PhoneNumber)]
    [InlineData("Msisdn", Category.TechnicalIdentifier, DataFormat.PhoneNumber)]
    [InlineData("SimImsi", Category.TechnicalIdentifier, DataFormat.Imsi)]
    [InlineData("DeviceImei", Category.TechnicalIdentifier, DataFormat.Imei)]
    [InlineData("SimIccid", Category.TechnicalIdentifier, DataFormat.Iccid)]
    [InlineData("ICCID", Category.TechnicalIdentifier, DataFormat.Iccid)]
    [InlineData("ClientIp", Category.TechnicalIdentifier, DataFormat.IpAddress)]
    [InlineData("RouterMac", Category.TechnicalIdentifier, DataFormat.MacAddress)]
    [InlineData("Iban", Category.Payment, DataFormat.Iban)]
    [InlineData("CardNumber", Category.Payment, DataFormat.PaymentCard)]
    [InlineData("Password", Category.Credentials, DataFormat.Secret)]
    [InlineData("VoicemailPin", Category.Credentials, DataFormat.Secret)]
    [InlineData("Bsn", Category.NationalIdentifier, DataFormat.Bsn)]
    [InlineData("PassportNumber", Category.NationalIdentifier, DataFormat.Unspecified)]
    [InlineData("LastName", Category.Identity, DataFormat.PersonName)]
    [InlineData("CustomerName", Category.Identity, DataFormat.PersonName)]
    [InlineData("DateOfBirth", Category.Identity, DataFormat.Unspecified)]
    [InlineData("PostalCode", Category.Contact, DataFormat.PostalAddress)]
    [InlineData("Latitude", Category.Location, DataFormat.GeoCoordinate)]
    [InlineData("CellId", Category.Location, DataFormat.Unspecified)]
    [InlineData("SupportNotes", Category.Correspondence, DataFormat.FreeText)]
    [InlineData("UserName", Category.TechnicalIdentifier, DataFormat.Unspecified)]
    [InlineData("MarketingPreferences", Category.Marketing, DataFormat.Unspecified)]
    public void Obvious_names_get_a_suggestion(string name, Category category, DataFormat format)
        => Assert.Equal(new MemberNameHeuristics.Suggestion((Vocabulary.Category)category, (Vocabulary.DataFormat)format), MemberNameHeuristics.Suggest(name));

    [Theory]
    [InlineData("Name")]
    [InlineData("Value")]
    [InlineData("Code")]
    [InlineData("TariffPlanId")]
    [InlineData("Machine")]
    [InlineData("Hotel")]
    [InlineData("Panel")]
    public void Names_that_say_nothing_certain_get_none(string name)
        => Assert.Null(MemberNameHeuristics.Suggest(name));
}
