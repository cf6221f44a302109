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

    /// <summary>Filler, an identifier, filler: with where the identifier is.</summary>
    public static Gen<(string Text, TextFinding Expected)> Embedded =>
        from before in Filler
        from identifier in Checksummed
        from after in Filler
        let prefix = before + " "
        select (prefix + identifier.Value + " " + after, new TextFinding(identifier.Format, prefix.Length, identifier.Value.Length));

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
