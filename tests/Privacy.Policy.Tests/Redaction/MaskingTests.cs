using System;
using NodaTime;
using Privacy.Policy.Generated;
using Privacy.Policy.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Redaction;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("06 12345678", "+31*******78")]
    [InlineData("0612345678", "+31*******78")]
    [InlineData("+31 6 1234 5678", "+31*******78")]
    [InlineData("0031612345678", "+31*******78")]
    [InlineData("06-12345678", "+31*******78")]
    [InlineData("+31 (0)20 123 4567", "+31*******67")]
    [InlineData("(020) 123 4567", "+31*******67")]
    [InlineData("+1 415 555 2671", "+1********71")]
    [InlineData("+44 20 7946 0958", "+44********58")]
    [InlineData("+352 621 123 456", "+352*******56")]
    public void Phone_numbers_keep_the_country_code_and_the_last_two_digits(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.PhoneNumber));

    [Theory]
    [InlineData("612345678")] // no prefix: which country?
    [InlineData("+31 6 1234 567")] // a Dutch number has nine national digits
    [InlineData("06 1234 5678 ext. 12")]
    [InlineData("+0 123 456 789")]
    [InlineData("tel: 06 12345678")]
    public void Phone_numbers_that_cannot_be_read_are_erased(string input)
        => Assert.Equal(string.Empty, Mask(input, DataFormat.PhoneNumber));

    [Theory]
    [InlineData("jan.jansen@example.nl", "j***@example.nl")]
    [InlineData("j@example.nl", "j***@example.nl")]
    [InlineData("  Émile@voorbeeld.nl ", "É***@voorbeeld.nl")]
    public void Email_addresses_keep_the_first_character_and_the_domain(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.EmailAddress));

    [Theory]
    [InlineData("jan@@example.nl")]
    [InlineData("jan@localhost")]
    [InlineData("jan jansen@example.nl")]
    [InlineData("@example.nl")]
    [InlineData("Jan <jan@example.nl>")]
    public void Email_addresses_that_cannot_be_read_are_erased(string input)
        => Assert.Equal(string.Empty, Mask(input, DataFormat.EmailAddress));

    [Theory]
    [InlineData("192.0.2.77", "192.0.2.0/24")]
    [InlineData("10.1.2.3", "10.1.2.0/24")]
    [InlineData("2001:db8:abcd:12::1", "2001:db8:abcd::/48")]
    [InlineData("2001:0DB8:ABCD:0012:0000:0000:0000:0001", "2001:db8:abcd::/48")]
    [InlineData("::ffff:192.0.2.1", "::/48")]
    [InlineData("fe80::1%eth0", "fe80:0:0::/48")]
    public void Ip_addresses_keep_their_network(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.IpAddress));

    [Theory]
    [InlineData("192.0.2.256")]
    [InlineData("192.0.2")]
    [InlineData("192.0.2.1:5060")]
    [InlineData("2001:db8::1::2")]
    [InlineData("192.0.2.0/16")]
    public void Ip_addresses_that_cannot_be_read_are_erased(string input)
        => Assert.Equal(string.Empty, Mask(input, DataFormat.IpAddress));

    [Theory]
    [InlineData("00:1A:2B:3C:4D:5E", "00:1A:2B:**:**:**")]
    [InlineData("00-1a-2b-3c-4d-5e", "00:1A:2B:**:**:**")]
    [InlineData("001A2B3C4D5E", "00:1A:2B:**:**:**")]
    [InlineData("001a.2b3c.4d5e", "00:1A:2B:**:**:**")]
    public void Mac_addresses_keep_the_oui(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.MacAddress));

    [Theory]
    [InlineData("da:a1:19:3c:4d:5e")]
    [InlineData("02:00:5E:10:00:01")]
    [InlineData("3E-22-FB-0A-11-9C")]
    [InlineData("f6a9.3c11.0042")]
    public void Locally_administered_mac_addresses_have_no_vendor_and_are_erased(string input)
        => Assert.Equal(string.Empty, Mask(input, DataFormat.MacAddress));

    [Theory]
    [InlineData("204081234567890", "20408**********")]
    [InlineData("310150123456789", "310150*********")]
    public void Imsis_keep_country_and_network_code(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.Imsi));

    [Theory]
    [InlineData("35-209900-176148-1", "35209900*******")]
    [InlineData("352099001761481", "35209900*******")]
    [InlineData("3520990017614823", "35209900********")]
    public void Imeis_keep_the_type_allocation_code(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.Imei));

    [Theory]
    [InlineData("8931160000123456786", "893116*************")]
    [InlineData("8931 1600 0012 3456 786", "893116*************")]
    [InlineData(" 89-31-16-00-00-12-34-56-78-6 ", "893116*************")]
    [InlineData("89312040000123456787", "893120**************")]
    public void Iccids_keep_industry_country_and_issuer(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.Iccid));

    [Theory]
    [InlineData("8931160000123456782")] // wrong check digit
    [InlineData("7931160000123456786")] // not the telecom industry identifier 89
    [InlineData("893116000012345678")] // 18 digits
    [InlineData("893116000012345678600")] // 21 digits
    [InlineData("8931 1600 0012 3456 78A")]
    [InlineData("8931/1600/0012/3456/786")]
    [InlineData("89311*0000123456786")] // hidden before the kept prefix ends
    public void Iccids_that_cannot_be_read_are_erased(string input)
    {
        Assert.Equal(string.Empty, Mask(input, DataFormat.Iccid));
        Assert.Equal(string.Empty, TestRedactors.Keyed.Redact(input, DataFormat.Iccid, RedactionKind.Pseudonymize));
    }

    [Fact]
    public void Iccids_written_in_groups_or_whole_give_one_pseudonym_in_their_own_hash_domain()
    {
        string whole = TestRedactors.Keyed.Redact("8931160000123456786", DataFormat.Iccid, RedactionKind.Pseudonymize)!;
        Assert.StartsWith("ps:", whole, StringComparison.Ordinal);
        Assert.Equal(whole, TestRedactors.Keyed.Redact("8931 1600 0012 3456 786", DataFormat.Iccid, RedactionKind.Pseudonymize));
        Assert.NotEqual(whole, TestRedactors.Keyed.Redact("8931160000123456786", DataFormat.Unspecified, RedactionKind.Pseudonymize));
    }

    [Theory]
    [InlineData("NL91 ABNA 0417 1643 00", "NL************4300")]
    [InlineData("nl91abna0417164300", "NL************4300")]
    [InlineData("DE89 3704 0044 0532 0130 00", "DE****************3000")]
    public void Ibans_keep_country_code_and_last_four(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.Iban));

    [Theory]
    [InlineData("NL92 ABNA 0417 1643 00")] // wrong check digits
    [InlineData("NL91 ABNA 0417 1643 0")] // Dutch IBANs have 18 characters
    public void Ibans_that_fail_the_check_are_erased(string input)
        => Assert.Equal(string.Empty, Mask(input, DataFormat.Iban));

    [Theory]
    [InlineData("4111 1111 1111 1111", "************1111")]
    [InlineData("5500-0000-0000-0004", "************0004")]
    public void Card_numbers_keep_the_last_four(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.PaymentCard));

    [Fact]
    public void Card_numbers_that_fail_the_luhn_check_are_erased()
        => Assert.Equal(string.Empty, Mask("4111 1111 1111 1112", DataFormat.PaymentCard));

    [Theory]
    [InlineData("Jan de Vries", "J. d. V.")]
    [InlineData("Anne-Marie van den Berg", "A. v. d. B.")]
    [InlineData("Özlem Yılmaz", "Ö. Y.")]
    public void Names_become_initials(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.PersonName));

    [Theory]
    [InlineData("Jan 2 de Vries")]
    [InlineData("<script>")]
    public void Names_that_are_not_names_are_erased(string input)
        => Assert.Equal(string.Empty, Mask(input, DataFormat.PersonName));

    [Theory]
    [InlineData("Damrak 1, 1012 LG Amsterdam", "1012 **")]
    [InlineData("Postbus 123\n9700AB Groningen", "9700 **")]
    public void Dutch_addresses_keep_the_postcode_area(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.PostalAddress));

    [Theory]
    [InlineData("221B Baker Street, London")]
    [InlineData("Damrak 1, Amsterdam")]
    public void Addresses_without_a_dutch_postcode_are_erased(string input)
        => Assert.Equal(string.Empty, Mask(input, DataFormat.PostalAddress));

    [Theory]
    [InlineData("52.37403, 4.88969", "52.37,4.89")]
    [InlineData("-33.8688;151.2093", "-33.87,151.21")]
    [InlineData("0.56500, 88.89387", "0.57,88.89")]   // rounded as written: the nearest double to 0.565 is below it
    [InlineData("-0.565, 1", "-0.57,1.00")]
    public void Coordinates_are_rounded_to_about_a_kilometre(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.GeoCoordinate));

    [Theory]
    [InlineData("2026-11-29T14:03:12Z", "2026-11-29T**:**:**Z")]
    [InlineData("2026-11-29 14:03:12.5+01:00", "2026-11-29T**:**:**+01:00")]
    [InlineData("2026-11-29T14:03", "2026-11-29T**:**:**")]
    [InlineData("2026-11-29T00:00:00.001Z", "2026-11-29T**:**:**Z")]
    [InlineData("2026-11-29T**:**:**+01:00", "2026-11-29T**:**:**+01:00")] // a mask masks to itself
    public void Timestamps_keep_their_day(string input, string expected)
        => Assert.Equal(expected, Mask(input, DataFormat.Timestamp));

    [Theory]
    [InlineData("1985-04-12T00:00:00Z")]
    [InlineData("1985-04-12T00:00:00")]
    [InlineData("1985-04-12 00:00+02:00")]
    [InlineData("1985-04-12T00:00:00.000-05:00")]
    [InlineData("1985-04-12T00:00:00,0Z")]
    public void A_timestamp_at_midnight_says_only_a_day_and_is_erased(string dateOfBirth)
    {
        // Keeping the day of a date of birth stored as a timestamp would keep all of it (docs/redaction.md).
        Assert.Equal(string.Empty, Mask(dateOfBirth, DataFormat.Timestamp));
        Assert.NotEqual(dateOfBirth, TestRedactors.Keyed.Redact(dateOfBirth, DataFormat.Timestamp, RedactionKind.Default));
    }

    [Fact]
    public void Typed_timestamps_at_midnight_are_not_kept_either()
    {
        Assert.Equal(default(Instant), ValueMasks.TruncateToDay(Instant.FromUtc(1985, 4, 12, 0, 0)));
        Assert.Equal(default(LocalDateTime), ValueMasks.TruncateToDay(new LocalDateTime(1985, 4, 12, 0, 0)));
        Assert.Equal(default(DateTime), ValueMasks.TruncateToDay(new DateTime(1985, 4, 12, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(default(DateTimeOffset), ValueMasks.TruncateToDay(new DateTimeOffset(1985, 4, 12, 0, 0, 0, TimeSpan.FromHours(2))));
        Assert.Equal(default(OffsetDateTime), ValueMasks.TruncateToDay(new LocalDateTime(1985, 4, 12, 0, 0).WithOffset(Offset.FromHours(2))));
        Assert.Equal(default(ZonedDateTime), ValueMasks.TruncateToDay(new LocalDateTime(1985, 4, 12, 0, 0).InUtc()));
        Assert.Equal(Instant.FromUtc(1985, 4, 12, 0, 0), ValueMasks.TruncateToDay(Instant.FromUtc(1985, 4, 12, 0, 0, 1)));
        Assert.Equal(new DateTime(1985, 4, 12), ValueMasks.TruncateToDay(new DateTime(1985, 4, 12, 9, 30, 0)));
    }

    [Theory]
    [InlineData("2026-11-29")]
    [InlineData("2026-02-30T10:00:00Z")]
    [InlineData("29-11-2026 14:03")]
    public void Timestamps_that_cannot_be_read_are_erased(string input)
        => Assert.Equal(string.Empty, Mask(input, DataFormat.Timestamp));

    [Theory]
    [InlineData(DataFormat.Bsn, "111222333")]
    [InlineData(DataFormat.Secret, "hunter2")]
    [InlineData(DataFormat.FreeText, "Klant belde boos over rekening")]
    [InlineData(DataFormat.Unspecified, "anything")]
    public void Formats_without_a_mask_are_erased(DataFormat format, string input)
        => Assert.Equal(string.Empty, Mask(input, format));

    [Theory]
    [InlineData(DataFormat.Bsn, "111222333")]
    [InlineData(DataFormat.Secret, "hunter2")]
    public void Bsns_and_secrets_are_erased_even_when_pseudonymisation_is_asked(DataFormat format, string input)
        => Assert.Equal(string.Empty, TestRedactors.Keyed.Redact(input, format, RedactionKind.Pseudonymize));

    [Fact]
    public void Null_stays_null_and_empty_stays_empty()
    {
        Assert.Null(TestRedactors.Keyed.Redact(null, DataFormat.PhoneNumber, RedactionKind.Mask));
        Assert.Equal(string.Empty, TestRedactors.Keyed.Redact(string.Empty, DataFormat.PhoneNumber, RedactionKind.Pseudonymize));
    }

    [Fact]
    public void Display_redactor_shows_stars_for_erased_and_pseudonymised_values()
    {
        Assert.Equal("***", Privacy.Policy.Redaction.PersonalDataRedactor.Display.Redact("0612345678", DataFormat.PhoneNumber, RedactionKind.Pseudonymize));
        Assert.Equal("***", Privacy.Policy.Redaction.PersonalDataRedactor.Display.Redact("secret", DataFormat.Secret, RedactionKind.Erase));
        Assert.Equal("+31*******78", Privacy.Policy.Redaction.PersonalDataRedactor.Display.Redact("0612345678", DataFormat.PhoneNumber, RedactionKind.Mask));
    }

    [Fact]
    public void National_numbers_use_the_configured_country_code()
    {
        var belgian = Privacy.Policy.Redaction.PersonalDataRedactor.Create(TestRedactors.Options(options => options.DefaultCountryCallingCode = "32"));
        Assert.Equal("+32*******78", belgian.Redact("0470 12 34 78", DataFormat.PhoneNumber, RedactionKind.Mask));
    }

    private static string? Mask(string input, DataFormat format) => TestRedactors.Keyed.Redact(input, format, RedactionKind.Mask);
}
