using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Privacy.Policy.Tests.Text;

/// <summary>Generators of valid identifiers (right check digits, in the writings people use) and of filler text around them.</summary>
internal static class TextIdentifiers
{
    private static readonly string[] Words =
    [
        "Beste", "klant,", "uw", "bestelling", "is", "verzonden.", "Bedankt", "voor", "uw", "bericht", "Dear", "customer,",
        "please", "call", "me", "back", "about", "the", "invoice", "of", "€ 1.234,56", "op", "12-03-2026", "versie", "10.0.13",
        "order", "123456789", "factuur", "INV-2026-004512", "om", "14:30", "uur.", "Met", "vriendelijke", "groet,", "\n",
    ];

    public static Gen<string> Filler =>
        Gen.Elements(Words).ArrayOf().Select(words => string.Join(' ', words.Take(12)));

    private static Gen<int[]> Digits(int count) => Gen.Choose(0, 9).ArrayOf(count);

    public static Gen<(DataFormat Format, string Value)> Bsn =>
        from digits in Digits(8)
        let check = Enumerable.Range(0, 8).Sum(i => (9 - i) * digits[i]) % 11
        where check < 10 && digits.Any(d => d != 0)
        let all = string.Concat(digits) + check
        from writing in Gen.Elements(0, 1, 2, 3)
        select (DataFormat.Bsn, writing switch
        {
            0 => all,
            1 => $"{all[..3]}.{all[3..6]}.{all[6..]}",
            2 => $"{all[..4]}.{all[4..6]}.{all[6..]}",
            _ => $"{all[..3]} {all[3..6]} {all[6..]}",
        });

    public static Gen<(DataFormat Format, string Value)> Iban =>
        from bank in Gen.Elements("ABNA", "INGB", "RABO", "TRIO", "SNSB")
        from digits in Digits(10)
        let account = bank + string.Concat(digits)
        let check = 98 - Mod97(account + "NL00")
        let iban = $"NL{check:00}{account}"
        from grouped in Gen.Elements(true, false)
        select (DataFormat.Iban, grouped ? string.Join(' ', Enumerable.Range(0, 5).Select(g => iban.Substring(g * 4, g == 4 ? 2 : 4))) : iban);

    public static Gen<(DataFormat Format, string Value)> Imei =>
        from digits in Digits(12)
        let body = "35" + string.Concat(digits)
        let imei = body + LuhnDigit(body)
        from dashed in Gen.Elements(true, false)
        select (DataFormat.Imei, dashed ? $"{imei[..2]}-{imei[2..8]}-{imei[8..14]}-{imei[14..]}" : imei);

    public static Gen<(DataFormat Format, string Value)> Card =>
        from digits in Digits(14)
        let body = "4" + string.Concat(digits)
        let card = body + LuhnDigit(body)
        from spaced in Gen.Elements(true, false)
        select (DataFormat.PaymentCard, spaced ? string.Join(' ', card.Chunk(4).Select(c => new string(c))) : card);

    public static Gen<(DataFormat Format, string Value)> Checksummed => Gen.OneOf(Bsn, Iban, Imei, Card);

    public static Gen<(DataFormat Format, string Value)> Phone =>
        from digits in Digits(8)
        let subscriber = string.Concat(digits)
        from writing in Gen.Elements(0, 1, 2, 3, 4)
        select (DataFormat.PhoneNumber, writing switch
        {
            0 => "06-" + subscriber,
            1 => $"06 {subscriber[..4]} {subscriber[4..]}",
            2 => $"06-{subscriber[..4]} {subscriber[4..]}",
            3 => "+31 6 " + subscriber,
            _ => "+31 (0)6 " + subscriber,
        });

    public static Gen<(DataFormat Format, string Value)> Email =>
        from local in Gen.Elements("jan", "p.de-vries", "sanne.bakker", "info+tickets", "k_smit")
        from number in Gen.Choose(0, 99)
        from domain in Gen.Elements("example.nl", "mail.example.com", "voorbeeld.co.uk")
        select (DataFormat.EmailAddress, $"{local}{number}@{domain}");

    public static Gen<(DataFormat Format, string Value)> Postcode =>
        from area in Gen.Choose(1000, 9999)
        from first in Gen.Elements("ABCDEGHJKLNRTVWXZ".ToCharArray())
        from second in Gen.Elements("ABCDEGHJKLNRTVWXZ".ToCharArray())
        from house in Gen.Choose(1, 999)
        from writing in Gen.Elements("{0} {1} {2}", "{0}{1} {2}", "{0} {1}, {2}a", "{0} {1} {2}-2")
        select (DataFormat.PostalCode, string.Format(System.Globalization.CultureInfo.InvariantCulture, writing, area, $"{first}{second}", house));

    public static Gen<(DataFormat Format, string Value)> Imsi =>
        from network in Gen.Elements("04", "08", "16", "20")
        from digits in Digits(10)
        select (DataFormat.Imsi, "204" + network + string.Concat(digits));

    public static Gen<(DataFormat Format, string Value)> Mac =>
        from octets in Gen.Choose(0, 255).ArrayOf(5)
        from first in Gen.Elements(0x00, 0x3C, 0xA4, 0xF0)
        select (DataFormat.MacAddress, string.Join(':', new[] { first }.Concat(octets).Select(o => o.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))));

    private static Gen<string> DocumentNumber =>
        from letters in Gen.Elements("ABCDEFGHJKLMNPRSTUVWXZ".ToCharArray()).ArrayOf(2)
        from middle in Gen.Elements("ABCDEFGHJKLMNPRSTUVWXZ0123456789".ToCharArray()).ArrayOf(6)
        from last in Gen.Choose(0, 9)
        select new string(letters) + new string(middle) + last;

    /// <summary>A passport's machine-readable zone (TD3), its check digits computed.</summary>
    public static Gen<(DataFormat Format, string Value)> Mrz =>
        from number in DocumentNumber
        from birth in Gen.Choose(0, 99)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from surname in Gen.Elements("JANSEN", "DE<BRUIJN", "VAN<DIJK")
        let dob = $"{birth:00}{month:00}{day:00}"
        let expiry = $"{(birth + 30) % 100:00}{month:00}{day:00}"
        let body = number + MrzCheck(number) + "NLD" + dob + MrzCheck(dob) + "F" + expiry + MrzCheck(expiry) + new string('<', 14) + "<"
        let second = body + MrzCheck(body[..10] + body[13..20] + body[21..43])
        let first = ("P<NLD" + surname + "<<ANNA" + new string('<', 44))[..44]
        select (DataFormat.Mrz, first + "\n" + second);

    /// <summary>An identifier and the words before it that name it (a document number needs them).</summary>
    public static Gen<(DataFormat Format, string Lead, string Value)> Any =>
        Gen.OneOf(
            Gen.OneOf(Checksummed, Phone, Email, Postcode, Imsi, Mac, Mrz).Select(i => (i.Format, string.Empty, i.Value)),
            from lead in Gen.Elements("paspoort ", "ID-kaart: ", "passport number ")
            from number in DocumentNumber
            select (DataFormat.DocumentNumber, lead, number));

    /// <summary>Filler, an identifier, filler: with where the identifier is.</summary>
    public static Gen<(string Text, TextFinding Expected)> Embedded =>
        from before in Filler
        from identifier in Any
        from after in Filler
        let prefix = before + " " + identifier.Lead
        select (prefix + identifier.Value + " " + after, new TextFinding(identifier.Format, prefix.Length, identifier.Value.Length));

    /// <summary>The ICAO 9303 check digit: weights 7, 3, 1; A=10 … Z=35, &lt;=0; the sum mod 10.</summary>
    public static char MrzCheck(string field)
    {
        int[] weights = [7, 3, 1];
        int sum = 0;
        for (int i = 0; i < field.Length; i++)
        {
            char c = field[i];
            int value = c == '<' ? 0 : char.IsDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * weights[i % 3];
        }

        return (char)('0' + (sum % 10));
    }

    public static int Mod97(string text)
    {
        int remainder = 0;
        foreach (char c in text)
        {
            int value = char.IsDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value >= 10 ? ((remainder * 100) + value) % 97 : ((remainder * 10) + value) % 97;
        }

        return remainder;
    }

    public static char LuhnDigit(string body)
    {
        int sum = 0;
        for (int i = 0; i < body.Length; i++)
        {
            int digit = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
