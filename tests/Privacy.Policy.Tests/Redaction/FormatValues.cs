using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Privacy.Policy.Tests.Redaction;

/// <summary>A realistic value of a format, and what masking must make of it, worked out independently of the redactor.</summary>
public sealed record FormatValue(DataFormat Format, string Input, string ExpectedMask)
{
    public override string ToString() => $"{Format}: \"{Input}\" -> \"{ExpectedMask}\"";
}

/// <summary>Generators of realistic values per format, each with the masked value the rules in docs/redaction.md give.</summary>
internal static class FormatValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Gen<string> Digits(int count) => Gen.Choose(0, 9).ArrayOf(count).Select(digits => string.Concat(digits));

    public static Gen<FormatValue> PhoneNumbers { get; } =
        Gen.Zip(Digits(8), Gen.Choose(0, 4)).Select(t =>
        {
            string d = t.Item1;
            string input = t.Item2 switch
            {
                0 => "06" + d,
                1 => "06 " + d,
                2 => $"+31 6 {d[..4]} {d[4..]}",
                3 => "00316" + d,
                _ => $"06-{d[..2]} {d[2..5]} {d[5..]}",
            };
            return new FormatValue(DataFormat.PhoneNumber, input, "+31*******" + d[^2..]);
        });

    public static Gen<FormatValue> IPv4Addresses { get; } =
        Gen.Choose(0, 255).ArrayOf(4).Select(o => new FormatValue(DataFormat.IpAddress, string.Join('.', o), $"{o[0]}.{o[1]}.{o[2]}.0/24"));

    public static Gen<FormatValue> IPv6Addresses { get; } =
        Gen.Zip(Gen.Choose(0, 0xFFFF).ArrayOf(8), Gen.Elements(true, false)).Select(t =>
        {
            int[] g = t.Item1;
            string input = string.Join(':', g.Select(x => x.ToString(t.Item2 ? "X4" : "x", Invariant)));
            string expected = g[0] == 0 && g[1] == 0 && g[2] == 0 ? "::/48" : $"{g[0]:x}:{g[1]:x}:{g[2]:x}::/48";
            return new FormatValue(DataFormat.IpAddress, input, expected);
        });

    public static Gen<FormatValue> MacAddresses { get; } =
        Gen.Zip(Gen.Choose(0, 255).ArrayOf(6), Gen.Elements(":", "-")).Select(t =>
        {
            string[] octets = t.Item1.Select(o => o.ToString("x2", Invariant)).ToArray();
            bool local = (t.Item1[0] & 0x02) != 0;
            return new FormatValue(DataFormat.MacAddress, string.Join(t.Item2, octets), local ? string.Empty : string.Join(':', octets.Take(3)).ToUpperInvariant() + ":**:**:**");
        });

    public static Gen<FormatValue> Imsis { get; } =
        Gen.Zip(Digits(2), Digits(10)).Select(t => new FormatValue(DataFormat.Imsi, "204" + t.Item1 + t.Item2, "204" + t.Item1 + new string('*', 10)));

    public static Gen<FormatValue> Imeis { get; } =
        Digits(14).Select(d =>
        {
            string imei = d + LuhnDigit(d);
            return new FormatValue(DataFormat.Imei, imei, imei[..8] + new string('*', 7));
        });

    public static Gen<FormatValue> DutchIbans { get; } =
        Gen.Zip(Gen.Elements('A', 'B', 'I', 'N', 'R', 'S', 'T').ArrayOf(4), Digits(10)).Select(t =>
        {
            string bban = new string(t.Item1) + t.Item2;
            string iban = "NL" + IbanCheckDigits("NL", bban) + bban;
            return new FormatValue(DataFormat.Iban, iban, "NL" + new string('*', 12) + iban[^4..]);
        });

    public static Gen<FormatValue> CardNumbers { get; } =
        Digits(15).Select(d =>
        {
            string card = "4" + d[1..] + LuhnDigit("4" + d[1..]);
            return new FormatValue(DataFormat.PaymentCard, card, new string('*', 12) + card[^4..]);
        });

    /// <summary>ICCIDs (E.118): 89, the Dutch country code 31, a two-digit issuer, the card's own digits and a Luhn digit; 19 or 20 digits, whole or in fours.</summary>
    public static Gen<FormatValue> Iccids { get; } =
        Gen.Zip(Gen.Zip(Digits(2), Gen.Elements(12, 13).SelectMany(n => Digits(n))), Gen.Elements(true, false)).Select(t =>
        {
            string body = "8931" + t.Item1.Item1 + t.Item1.Item2;
            string iccid = body + LuhnDigit(body);
            string input = t.Item2 ? iccid : string.Join(' ', iccid.Chunk(4).Select(chunk => new string(chunk)));
            return new FormatValue(DataFormat.Iccid, input, iccid[..6] + new string('*', iccid.Length - 6));
        });

    public static Gen<FormatValue> Names { get; } =
        Gen.Elements("jan", "de", "vries", "anne", "van", "berg", "özlem", "yılmaz", "Émile", "o'brien", "ĳsbrand")
            .ArrayOf().Where(words => words.Length is > 0 and < 6)
            .Select(words => new FormatValue(
                DataFormat.PersonName,
                string.Join(' ', words),
                string.Join(' ', words.Select(word => word[0] + "."))));

    public static Gen<FormatValue> PostalAddresses { get; } =
        Gen.Zip(Gen.Zip(Gen.Choose(1000, 9999), Gen.Elements("AB", "LG", "XZ", "KM")), Gen.Zip(Gen.Choose(1, 400), Gen.Elements("Damrak", "Kerkstraat", "Lange Voorhout"))).Select(t =>
            new FormatValue(DataFormat.PostalAddress, $"{t.Item2.Item2} {t.Item2.Item1}, {t.Item1.Item1} {t.Item1.Item2} Amsterdam", $"{t.Item1.Item1} **"));

    public static Gen<FormatValue> Coordinates { get; } =
        Gen.Zip(Gen.Choose(-89_99999, 89_99999), Gen.Choose(-179_99999, 179_99999)).Select(t =>
        {
            decimal latitude = t.Item1 / 100000m;
            decimal longitude = t.Item2 / 100000m;
            string input = latitude.ToString("F5", Invariant) + ", " + longitude.ToString("F5", Invariant);
            string expected = Math.Round(latitude, 2, MidpointRounding.AwayFromZero).ToString("F2", Invariant) + "," + Math.Round(longitude, 2, MidpointRounding.AwayFromZero).ToString("F2", Invariant);
            return new FormatValue(DataFormat.GeoCoordinate, input, expected);
        });

    public static Gen<FormatValue> Timestamps { get; } =
        Gen.Zip(Gen.Choose(0, 365 * 60), Gen.Choose(1, 86399)).Select(t =>
        {
            DateTime moment = new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(t.Item1).AddSeconds(t.Item2);
            return new FormatValue(DataFormat.Timestamp, moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Invariant), moment.ToString("yyyy-MM-dd'T'**:**:**'Z'", Invariant));
        });

    public static Gen<FormatValue> EmailAddresses { get; } =
        Gen.Zip(Gen.Elements('a', 'j', 'k', 'z', 'é').ArrayOf().Where(c => c.Length is > 0 and < 12), Gen.Elements("example.nl", "mistervoip.nl", "mail.example.com")).Select(t =>
        {
            string local = new string(t.Item1);
            return new FormatValue(DataFormat.EmailAddress, local + "@" + t.Item2, local[0] + "***@" + t.Item2);
        });

    public static Gen<FormatValue> All { get; } = Gen.OneOf(
        PhoneNumbers, IPv4Addresses, IPv6Addresses, MacAddresses, Imsis, Imeis, DutchIbans, CardNumbers,
        Names, PostalAddresses, Coordinates, Timestamps, EmailAddresses, Iccids);

    /// <summary>Any text: short and long, ASCII and not, near-misses of real formats, masked values themselves.</summary>
    public static Gen<string> AnyText { get; } = Gen.Frequency(
        (4, ArbMap.Default.ArbFor<string>().Generator.Where(text => text is not null)),
        (2, All.Select(value => value.Input)),
        (1, All.Select(value => value.ExpectedMask)),
        (2, Gen.Zip(All, Gen.Zip(Gen.Choose(0, 40), ArbMap.Default.ArbFor<char>().Generator)).Select(t =>
            t.Item1.Input.Insert(Math.Min(t.Item2.Item1, t.Item1.Input.Length), t.Item2.Item2.ToString()))),
        (1, Gen.Zip(ArbMap.Default.ArbFor<string>().Generator.Where(text => text is not null), Gen.Choose(100, 5000)).Select(t =>
            string.Concat(Enumerable.Repeat(t.Item1 + "0612345678", t.Item2 / 10)))));

    public static Gen<DataFormat> Formats { get; } = Gen.Elements(Enum.GetValues<DataFormat>());

    public static Gen<RedactionKind> Kinds { get; } = Gen.Elements(Enum.GetValues<RedactionKind>());

    public static string LuhnDigit(string digits)
    {
        int sum = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            int digit = digits[digits.Length - 1 - i] - '0';
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

        return ((10 - (sum % 10)) % 10).ToString(Invariant);
    }

    public static string IbanCheckDigits(string country, string bban)
    {
        string rearranged = bban + country + "00";
        int remainder = 0;
        foreach (char c in rearranged)
        {
            remainder = char.IsDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return (98 - remainder).ToString("00", Invariant);
    }
}
