using System;
using Privacy.Policy.Generated;
using Privacy.Policy.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Redaction;

/// <summary>Inputs an adversarial review found leaking or colliding; each must stay fixed.</summary>
public sealed class ReviewFindingsTests
{
    [Fact]
    public void An_empty_key_is_no_key_not_an_empty_hmac_key()
    {
        PersonalDataRedactor redactor = PersonalDataRedactor.Create(TestRedactors.Options(options => options.Pseudonymization.Key = string.Empty));

        Assert.False(redactor.CanPseudonymize);
        Assert.Throws<InvalidOperationException>(() => redactor.Redact("+31612345678", DataFormat.PhoneNumber, RedactionKind.Pseudonymize));
    }

    [Theory]
    [InlineData("2002:c000:0204::1", "2002:c000:200::/40")] // 6to4: bits 16-48 are 192.0.2.4, so keep its /24
    [InlineData("2002:c000:200::/40", "2002:c000:200::/40")]
    public void A_6to4_address_keeps_only_the_slash_24_of_the_ipv4_address_inside(string input, string expected)
        => Assert.Equal(expected, TestRedactors.Keyed.Redact(input, DataFormat.IpAddress, RedactionKind.Mask));

    [Theory]
    [InlineData("35")]
    [InlineData("2")]
    [InlineData("3")]
    public void A_country_code_that_is_not_one_is_refused(string code)
    {
        var exception = Assert.Throws<ArgumentException>(() => PersonalDataRedactor.Create(TestRedactors.Options(options => options.DefaultCountryCallingCode = code)));
        Assert.Contains("DefaultCountryCallingCode", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("352")]
    [InlineData("1")]
    [InlineData("44")]
    public void Real_country_codes_are_accepted(string code)
        => Assert.NotNull(PersonalDataRedactor.Create(TestRedactors.Options(options => options.DefaultCountryCallingCode = code)));

    [Theory]
    [InlineData("+31 20 123 456(0)7")]
    [InlineData("+31 20 123 45(0)67")]
    public void A_bracketed_zero_away_from_the_country_code_is_not_read(string input)
    {
        Assert.Equal(string.Empty, TestRedactors.Keyed.Redact(input, DataFormat.PhoneNumber, RedactionKind.Mask));
        Assert.Equal(string.Empty, TestRedactors.Keyed.Redact(input, DataFormat.PhoneNumber, RedactionKind.Pseudonymize));
    }

    [Fact]
    public void A_rounded_coordinate_does_not_keep_the_sign_of_zero()
    {
        Assert.Equal("0.00,4.89", TestRedactors.Keyed.Redact("-0.004, 4.88969", DataFormat.GeoCoordinate, RedactionKind.Mask));
        Assert.Equal("0", ValueMasks.RoundCoordinate(-0.004).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", ValueMasks.RoundCoordinate(-0.004f).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0m, ValueMasks.RoundCoordinate(-0.004m));
    }

    [Theory]
    [InlineData("\u202Ejan@example.nl")]
    [InlineData("\u200Bjan@example.nl")]
    [InlineData("jan@exa\u200Bmple.nl")]
    public void An_address_with_invisible_formatting_characters_is_erased(string input)
        => Assert.Equal(string.Empty, TestRedactors.Keyed.Redact(input, DataFormat.EmailAddress, RedactionKind.Mask));

    [Fact]
    public void Text_with_a_lone_surrogate_is_erased_not_hashed_into_a_collision()
    {
        // Built in code: test-case attributes would replace a lone surrogate with U+FFFD on the way in.
        Assert.Equal(string.Empty, TestRedactors.Keyed.Redact("a" + (char)0xD800, DataFormat.FreeText, RedactionKind.Pseudonymize));
        Assert.Equal(string.Empty, TestRedactors.Keyed.Redact("Jan" + (char)0xDC00, DataFormat.PersonName, RedactionKind.Pseudonymize));
        Assert.NotEqual(string.Empty, TestRedactors.Keyed.Redact("a\uFFFD", DataFormat.FreeText, RedactionKind.Pseudonymize));
    }

    [Theory]
    [InlineData(DataFormat.Timestamp, "2026-11-29T14:03:12Z", "2026-11-29T14:03:12z")]
    [InlineData(DataFormat.Timestamp, "2026-11-29T14:03:12Z", "2026-11-29 15:03:12+01:00")]
    [InlineData(DataFormat.IpAddress, "192.0.2.77", "::ffff:192.0.2.77")]
    [InlineData(DataFormat.PersonName, "\U00010400", "\U00010428")] // Deseret capital and small long I
    public void One_value_written_two_ways_gives_one_pseudonym(DataFormat format, string first, string second)
        => Assert.Equal(
            TestRedactors.Keyed.Redact(first, format, RedactionKind.Pseudonymize),
            TestRedactors.Keyed.Redact(second, format, RedactionKind.Pseudonymize));
}
