using System;
using Privacy.Policy.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Redaction;

public sealed class PseudonymizationTests
{
    [Theory]
    [InlineData("06 12345678", "+31612345678")]
    [InlineData("0031 6 1234 5678", "+31 6 12 34 56 78")]
    [InlineData("NL91 ABNA 0417 1643 00", "nl91abna0417164300")]
    [InlineData("Jan.Jansen@Example.NL", "jan.jansen@example.nl")]
    [InlineData("00:1a:2b:3c:4d:5e", "001A.2B3C.4D5E")]
    [InlineData("352099001761481", "3520990017614823")] // an IMEI and the IMEISV of the same device
    public void Every_way_of_writing_a_value_gives_one_pseudonym(string first, string second)
    {
        DataFormat format = first.Contains('@') ? DataFormat.EmailAddress
            : first.StartsWith("NL", StringComparison.Ordinal) ? DataFormat.Iban
            : first.Contains(':') ? DataFormat.MacAddress
            : first.StartsWith("35", StringComparison.Ordinal) ? DataFormat.Imei
            : DataFormat.PhoneNumber;
        Assert.Equal(Pseudonymize(first, format), Pseudonymize(second, format));
    }

    [Theory]
    [InlineData(DataFormat.PersonName, "José Müller")]
    [InlineData(DataFormat.EmailAddress, "josé.müller@example.nl")]
    [InlineData(DataFormat.EmailAddress, "jan@münchen.de")]
    [InlineData(DataFormat.PostalAddress, "Kerkstraat 1, 1012 AB Ámsterdam")]
    [InlineData(DataFormat.FreeText, "Zoë belt over haar factuur")]
    public void A_name_typed_composed_or_decomposed_gives_one_pseudonym(DataFormat format, string text)
    {
        string composed = text.Normalize(System.Text.NormalizationForm.FormC);
        string decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        string? pseudonym = Pseudonymize(composed, format);

        Assert.StartsWith("ps:", pseudonym, StringComparison.Ordinal);
        Assert.Equal(pseudonym, Pseudonymize(decomposed, format));
    }

    [Fact]
    public void Redacting_through_the_compliance_redactor_hashes_each_pseudonym_once()
    {
        // Redactor.Redact(string) asks GetRedactedLength first, then Redact: sizing must not run the HMAC again.
        var redactor = new PrivacyPolicyRedactor(TestRedactors.Keyed, DataFormat.PhoneNumber, RedactionKind.Pseudonymize);
        long before = PersonalDataRedactor.HashesComputedOnThisThread;

        int length = redactor.GetRedactedLength("06 12345678");
        long afterSizing = PersonalDataRedactor.HashesComputedOnThisThread;
        string pseudonym = redactor.Redact("06 12345678");
        long afterRedacting = PersonalDataRedactor.HashesComputedOnThisThread;

        Assert.Equal(0, afterSizing - before);
        Assert.Equal(1, afterRedacting - afterSizing);
        Assert.Equal(pseudonym.Length, length);
        Assert.Equal(Pseudonymize("06 12345678", DataFormat.PhoneNumber), pseudonym);
    }

    [Theory]
    [InlineData("not a number", DataFormat.PhoneNumber)]
    [InlineData("\ud800", DataFormat.EmailAddress)]
    [InlineData("", DataFormat.Imsi)]
    public void Sizing_an_unreadable_value_gives_the_erased_length_without_hashing(string value, DataFormat format)
    {
        value = System.Text.RegularExpressions.Regex.Unescape(value);
        var redactor = new PrivacyPolicyRedactor(TestRedactors.Keyed, format, RedactionKind.Pseudonymize);
        long before = PersonalDataRedactor.HashesComputedOnThisThread;

        int length = redactor.GetRedactedLength(value);

        Assert.Equal(0, PersonalDataRedactor.HashesComputedOnThisThread - before);
        Assert.Equal(redactor.Redact(value).Length, length);
    }

    [Fact]
    public void A_pseudonym_carries_the_key_id_and_22_characters_of_keyed_hash()
    {
        string pseudonym = Pseudonymize("0612345678", DataFormat.PhoneNumber)!;
        Assert.StartsWith("ps:2026-11:", pseudonym, StringComparison.Ordinal);
        Assert.Equal("ps:2026-11:".Length + 22, pseudonym.Length);
        Assert.DoesNotContain('=', pseudonym);
    }

    [Fact]
    public void A_pseudonym_is_not_a_plain_hash_of_the_value()
    {
        string pseudonym = Pseudonymize("0612345678", DataFormat.PhoneNumber)!;
        string hash = pseudonym["ps:2026-11:".Length..];
        foreach (string candidate in new[] { "+31612345678", "0612345678", "PhoneNumber\u001F+31612345678" })
        {
            byte[] plain = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(candidate));
            string encoded = Convert.ToBase64String(plain, 0, 16).Replace('+', '-').Replace('/', '_').TrimEnd('=');
            Assert.NotEqual(encoded, hash);
        }
    }

    [Fact]
    public void The_same_digits_in_different_formats_do_not_link()
        => Assert.NotEqual(
            Pseudonymize("204081234567890", DataFormat.Imsi)![11..],
            Pseudonymize("204081234567890", DataFormat.Unspecified)![11..]);

    [Fact]
    public void Values_that_cannot_be_normalised_are_erased()
        => Assert.Equal(string.Empty, Pseudonymize("not a phone number", DataFormat.PhoneNumber));

    [Fact]
    public void Pseudonymising_without_a_key_fails_and_names_the_setting()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => TestRedactors.Unkeyed.Redact("0612345678", DataFormat.PhoneNumber, RedactionKind.Pseudonymize));
        Assert.Contains("Pseudonymization.Key", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0612345678", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_redactor_never_shows_its_key()
    {
        var redactor = PersonalDataRedactor.Create(TestRedactors.Options());
        string key = Convert.ToBase64String(TestRedactors.Key);
        Assert.DoesNotContain(key, redactor.ToString(), StringComparison.Ordinal);
        Assert.Contains("2026-11", redactor.ToString(), StringComparison.Ordinal);
    }

    private static string? Pseudonymize(string value, DataFormat format) => TestRedactors.Keyed.Redact(value, format, RedactionKind.Pseudonymize);
}
