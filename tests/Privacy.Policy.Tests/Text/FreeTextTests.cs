using System;
using System.Linq;
using Xunit;

namespace Privacy.Policy.Tests.Text;

/// <summary><see cref="IPrivacyPolicy.FindPersonalData(string)"/> and <see cref="IPrivacyPolicy.Scrub(string)"/> on the writings people use.</summary>
public sealed class FreeTextTests
{
    private static readonly IPrivacyPolicy Policy = TestPolicies.Create();

    [Theory]
    [InlineData("06-12345678")]
    [InlineData("06 1234 5678")]
    [InlineData("0612345678")]
    [InlineData("06 12 34 56 78")]
    [InlineData("+31 6 12345678")]
    [InlineData("+31612345678")]
    [InlineData("+31 (0)6 12345678")]
    [InlineData("0031 6 12345678")]
    [InlineData("0031612345678")]
    [InlineData("010-1234567")]
    [InlineData("0201234567")]
    [InlineData("(020) 123 4567")]
    [InlineData("088-1234567")]
    [InlineData("0800-1234")]
    [InlineData("0800-1234567")]
    [InlineData("0900-1234567")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+1 212 555 0123")]
    [InlineData("+4915123456789")]
    [InlineData("06-1234 5678")]
    [InlineData("020-123 4567")]
    public void Every_phone_writing_is_found_whole(string number)
    {
        string text = $"Bel mij op {number}, alvast bedankt.";

        Assert.Equal([new TextFinding(DataFormat.PhoneNumber, 11, number.Length)], Policy.FindPersonalData(text));
    }

    [Theory]
    [InlineData("BSN 123456782", DataFormat.Bsn, "123456782")]
    [InlineData("bsn: 111.222.333 graag verwijderen", DataFormat.Bsn, "111.222.333")]
    [InlineData("ordernummer 123456789 111 222 333", DataFormat.Bsn, "111 222 333")]   // 123456789111222 passes Luhn: two numbers, not an IMEI
    [InlineData("BSN 1234.56.782.", DataFormat.Bsn, "1234.56.782")]
    [InlineData("IBAN NL91 ABNA 0417 1643 00 graag", DataFormat.Iban, "NL91 ABNA 0417 1643 00")]
    [InlineData("IBAN NL91ABNA0417164300.", DataFormat.Iban, "NL91ABNA0417164300")]
    [InlineData("Konto DE89 3704 0044 0532 0130 00 bitte", DataFormat.Iban, "DE89 3704 0044 0532 0130 00")]
    [InlineData("mail jan.jansen@example.nl.", DataFormat.EmailAddress, "jan.jansen@example.nl")]
    [InlineData("(p.de-vries+spam@mail.example.co.uk)", DataFormat.EmailAddress, "p.de-vries+spam@mail.example.co.uk")]
    [InlineData("vanaf 192.0.2.77 ingelogd", DataFormat.IpAddress, "192.0.2.77")]
    [InlineData("vanaf 2001:db8:abcd:12::1.", DataFormat.IpAddress, "2001:db8:abcd:12::1")]
    [InlineData("router 00:1A:2B:3C:4D:5E", DataFormat.MacAddress, "00:1A:2B:3C:4D:5E")]
    [InlineData("router 001a.2b3c.4d5e", DataFormat.MacAddress, "001a.2b3c.4d5e")]
    [InlineData("IMEI 35-209900-176148-1 kwijt", DataFormat.Imei, "35-209900-176148-1")]
    [InlineData("IMEI 352099001761481", DataFormat.Imei, "352099001761481")]
    [InlineData("kaart 4111 1111 1111 1111 geblokkeerd", DataFormat.PaymentCard, "4111 1111 1111 1111")]
    [InlineData("card 5555555555554444", DataFormat.PaymentCard, "5555555555554444")]
    [InlineData("amex 378282246310005", DataFormat.PaymentCard, "378282246310005")]
    [InlineData("amex 3782 822463 10005", DataFormat.PaymentCard, "3782 822463 10005")]
    [InlineData("om 504 917 729 123456789 bestelling", DataFormat.Bsn, "504 917 729")]   // 504917729123456789 passes Luhn as Maestro: not written as a card
    [InlineData("BSN 111-222-333 graag", DataFormat.Bsn, "111-222-333")]
    [InlineData("iban nl91abna0417164300 graag", DataFormat.Iban, "nl91abna0417164300")]
    [InlineData("IBAN NL91 ABNA 041716 4300.", DataFormat.Iban, "NL91 ABNA 041716 4300")]
    [InlineData("IMEI 35209900 176148 1 kwijt", DataFormat.Imei, "35209900 176148 1")]
    [InlineData("IMEI 35209900176148 (log)", DataFormat.Imei, "35209900176148")]
    [InlineData("IMEISV 3520990017614823", DataFormat.Imei, "3520990017614823")]
    [InlineData("IMSI: 262011234567890", DataFormat.Imsi, "262011234567890")]
    [InlineData("sim 204081234567890 geblokkeerd", DataFormat.Imsi, "204081234567890")]
    [InlineData("MAC-adres 001A2B3C4D5E", DataFormat.MacAddress, "001A2B3C4D5E")]
    [InlineData("bezorgd op 1012 LG 1 vandaag", DataFormat.PostalCode, "1012 LG 1")]
    [InlineData("bezorgd op 1012LG 1-3.", DataFormat.PostalCode, "1012LG 1-3")]
    [InlineData("bezorgd op 1012 LG, 12a.", DataFormat.PostalCode, "1012 LG, 12a")]
    [InlineData("Postbus 12, 1012 LG Amsterdam", DataFormat.PostalCode, "1012 LG")]
    [InlineData("Kerkstraat 12\n3511 AB  UTRECHT", DataFormat.PostalCode, "3511 AB")]
    [InlineData("upstream 198.51.100.23:8443 timed out", DataFormat.IpAddress, "198.51.100.23")]
    [InlineData("postcode 1012lg", DataFormat.PostalCode, "1012lg")]
    [InlineData("kopie paspoort SPECI2014 ontvangen", DataFormat.DocumentNumber, "SPECI2014")]
    [InlineData("ID-kaart: NW92BD6J2.", DataFormat.DocumentNumber, "NW92BD6J2")]
    [InlineData("zone P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10 einde", DataFormat.Mrz, "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10")]
    [InlineData("regel L898902C36UTO7408122F1204159ZE184226B<<<<<10", DataFormat.Mrz, "L898902C36UTO7408122F1204159ZE184226B<<<<<10")]
    [InlineData("kaart I<UTOD231458907<<<<<<<<<<<<<<<\r\n7408122F1204159UTO<<<<<<<<<<<6\r\nERIKSSON<<ANNA<MARIA<<<<<<<<<<", DataFormat.Mrz, "I<UTOD231458907<<<<<<<<<<<<<<<\r\n7408122F1204159UTO<<<<<<<<<<<6\r\nERIKSSON<<ANNA<MARIA<<<<<<<<<<")]
    public void A_valid_identifier_is_found_whole(string text, DataFormat format, string value)
        => Assert.Equal([new TextFinding(format, text.IndexOf(value, StringComparison.Ordinal), value.Length)], Policy.FindPersonalData(text));

    [Theory]
    [InlineData("Device IMEI: 356229486628360. Mastercard 5399 7283 7929 8411.", DataFormat.Imei, DataFormat.PaymentCard)]
    [InlineData("IMSI=204167517799229 attach accepted, IMEISV=8601610550087501", DataFormat.Imsi, DataFormat.Imei)]
    [InlineData("IMEI 352099001761481 en IMSI 262011234567890", DataFormat.Imei, DataFormat.Imsi)]
    public void A_context_word_names_the_number_right_after_it_not_the_next(string text, DataFormat first, DataFormat second)
        => Assert.Equal([first, second], Policy.FindPersonalData(text).Select(f => f.Format));

    [Theory]
    [InlineData("ordernummer 123456789")]                // fails the 11-test
    [InlineData("order 111.222.334")]
    [InlineData("Het bedrag is € 1.234,56.")]
    [InlineData("Bedrag € 123456782")]                  // passes the 11-test, but it is an amount
    [InlineData("op 12-03-2026 om 10:15")]
    [InlineData("op 09-03-2026 10 uur")]
    [InlineData("op 01.02.2026")]
    [InlineData("versie 10.0.13 en v1.2.3.4")]
    [InlineData("factuur INV-123456782")]
    [InlineData("referentie 2026/123456782")]
    [InlineData("IBAN NL91 ABNA 0417 1643 01")]         // check digits wrong
    [InlineData("kaart 4111 1111 1111 1112")]           // Luhn fails
    [InlineData("IMEI 352099001761482")]                // Luhn fails
    [InlineData("tracking 1234567890123456789012")]
    [InlineData("netwerk 192.0.2.0/24 en 2001:db8:abcd::/48")]
    [InlineData("adres 256.1.1.1 en 1.2.3")]
    [InlineData("het is 14:30:15 en user@localhost")]
    [InlineData("klantnummer 06123")]
    [InlineData("+31 6 1234")]
    [InlineData("ref 123-456-789 en 111-222-33-3")]        // dashed: fails the 11-test, or not 3-3-3
    [InlineData("bundel 1500 MB Data, 2048 KB per maand")]  // data sizes, not postcodes
    [InlineData("in 2026 OK Dank je")]
    [InlineData("postcode 1012 SA 1 en 0123 AB 1")]         // SA is never issued, no postcode starts with 0
    [InlineData("bestelcode AB1234567")]                    // a document number's shape, no word naming a document
    [InlineData("paspoort AO1234567")]                      // the letter O is not used
    [InlineData("commit 3f2a9b7c1d0e")]                      // twelve hex digits without MAC
    [InlineData("firmware 1.2.0.14 en build: 2.1.0.7")]
    [InlineData("tracking 12345678901234 en 1234567890123456")]   // 14/16 digits without IMEI
    [InlineData("klant 12345678 1234568 en KvK 34567890 5678907")]  // 8 + 7 digits pass Luhn, but an IMEI's TAC is followed by six
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<11")]   // composite check wrong
    [InlineData("")]
    public void Look_alikes_are_not_found(string text)
        => Assert.Empty(Policy.FindPersonalData(text));

    [Theory]
    [InlineData("BSN 123456782 graag wissen", "BSN  graag wissen")]
    [InlineData("IBAN NL91 ABNA 0417 1643 00 graag", "IBAN NL************4300 graag")]
    [InlineData("bel 06-12345678.", "bel +31*******78.")]
    [InlineData("mail jan.jansen@example.nl", "mail j***@example.nl")]
    [InlineData("ip 192.0.2.77 en kaart 4111 1111 1111 1111", "ip 192.0.2.0/24 en kaart ************1111")]
    [InlineData("IMEI 35-209900-176148-1", "IMEI 35209900*******")]
    [InlineData("router 00:1A:2B:3C:4D:5E", "router 00:1A:2B:**:**:**")]
    [InlineData("router 02:1A:2B:3C:4D:5E", "router ")]   // locally administered: no vendor to keep, erased
    [InlineData("bezorgd op 1012 LG 1 vandaag", "bezorgd op 1012 ** vandaag")]   // the house number goes with the letters
    [InlineData("Postbus 12, 1012 LG Amsterdam", "Postbus 12, 1012 ** Amsterdam")]
    [InlineData("kopie paspoort SPECI2014 ontvangen", "kopie paspoort  ontvangen")]
    [InlineData("regel L898902C36UTO7408122F1204159ZE184226B<<<<<10.", "regel .")]
    [InlineData("IMSI 204081234567890", "IMSI 20408**********")]
    [InlineData("IMEISV 3520990017614823", "IMEISV 35209900********")]
    [InlineData("MAC 001A2B3C4D5E", "MAC 00:1A:2B:**:**:**")]
    public void Each_finding_is_redacted_by_its_format_rule(string text, string expected)
        => Assert.Equal(expected, Policy.Scrub(text));

    [Theory]
    [InlineData("1012 LG", "1012 **")]
    [InlineData("1012lg", "1012 **")]
    [InlineData("1012 **", "1012 **")]
    [InlineData("0123 AB", "")]     // no postcode starts with 0
    [InlineData("1012 SS", "")]     // SA, SD and SS are never issued
    [InlineData("1012 L", "")]
    public void A_postcode_masks_to_its_area(string postcode, string expected)
        => Assert.Equal(expected, Privacy.Policy.Tests.Redaction.TestRedactors.Keyed.Redact(postcode, DataFormat.PostalCode, RedactionKind.Mask));

    [Fact]
    public void RedactionKind_Scrub_scrubs_free_text()
        => Assert.Equal("bel +31*******78", Privacy.Policy.Tests.Redaction.TestRedactors.Keyed.Redact("bel 06-12345678", DataFormat.FreeText, RedactionKind.Scrub));

    [Theory]
    [InlineData("graag mailen naar jan.jansen@example.nl vandaag", DataFormat.EmailAddress, "jan.jansen@example.nl")]
    [InlineData("Mail: Jan.Jansen@Example.nl.", DataFormat.EmailAddress, "Jan.Jansen@Example.nl")]
    [InlineData("router cafe:babe::1 herstart", DataFormat.IpAddress, "cafe:babe::1")]
    [InlineData("modem aa:bb:cc:dd:ee:ff.", DataFormat.MacAddress, "aa:bb:cc:dd:ee:ff")]
    [InlineData("modem face.b00c.cafe, vervangen", DataFormat.MacAddress, "face.b00c.cafe")]
    [InlineData("storing. bel 06-12345678", DataFormat.PhoneNumber, "06-12345678")]
    [InlineData("Klant, Beste: NL91ABNA0417164300", DataFormat.Iban, "NL91ABNA0417164300")]
    [InlineData("café 192.0.2.77", DataFormat.IpAddress, "192.0.2.77")]
    public void An_identifier_among_plain_words_is_found(string text, DataFormat format, string value)
        // The scanner jumps over plain words; what starts with a word (an e-mail local part, an address written with
        // a-f) or right after one must still be read.
        => Assert.Equal([new TextFinding(format, text.IndexOf(value, StringComparison.Ordinal), value.Length)], Policy.FindPersonalData(text));

    [Fact]
    public void Text_without_identifiers_is_scanned_without_allocating()
    {
        string text = string.Concat(Enumerable.Repeat("Beste klant, uw bestelling 123456789 van € 1.234,56 is op 12-03-2026 verzonden (versie 10.0.13). ", 100));
        Policy.FindPersonalData(text);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var findings = Policy.FindPersonalData(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(findings);
        Assert.Same(Array.Empty<TextFinding>(), findings);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Near_misses_of_the_context_and_zone_rules_are_scanned_without_allocating()
    {
        // Each has the shape and reaches a later rule: the word lookup (a document number, 14 and 16 digits, twelve hex
        // digits, a postcode before a capitalised word), a zone's check digits, a version word, mod-97.
        string text = string.Concat(Enumerable.Repeat(
            "order AB1234567, tracking 12345678901234 en 1234567890123456, commit 3f2a9b7c1d0e, bundel 1500 MB Data, " +
            "firmware 1.2.0.14, nl91abna0417164301\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<11\n", 50));
        Policy.FindPersonalData(text);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var findings = Policy.FindPersonalData(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(findings);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_finding_never_shows_its_value()
    {
        TextFinding finding = Policy.FindPersonalData("BSN 123456782").Single();

        Assert.DoesNotContain("123456782", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_written_before_free_text_fails_closed()
    {
        IPrivacyPolicy old = new OldPolicy();

        Assert.Equal(string.Empty, old.Scrub("BSN 123456782"));
        Assert.Equal([new TextFinding(DataFormat.FreeText, 0, 13)], old.FindPersonalData("BSN 123456782"));
    }

    private sealed class OldPolicy : IPrivacyPolicy
    {
        public NodaTime.DateTimeZone TimeZone => throw new NotSupportedException();

        public T Redact<T>(T value) where T : IPersonalData<T> => throw new NotSupportedException();

        public ErasureResult<T> Erase<T>(T value) where T : IPersonalData<T> => throw new NotSupportedException();

        public RetentionDecision EvaluateRetention<T>(T value) where T : IPersonalData<T> => throw new NotSupportedException();

        public System.Collections.Generic.IReadOnlyList<RetentionThreshold> GetRetentionThresholds<T>() where T : IPersonalData<T> => throw new NotSupportedException();

        public SubjectAccessExport BeginExport(System.IO.Stream output, string subjectId) => throw new NotSupportedException();

        public T Disclose<T>(T value, string recipient, Purpose purpose) where T : IPersonalData<T> => throw new NotSupportedException();

        public T Disclose<T>(T value, SubjectDisclosureRequest request) where T : IPersonalData<T> => throw new NotSupportedException();
    }
}
