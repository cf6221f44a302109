using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MisterVoip.Domain;
using NodaTime;

namespace MisterVoip.Data;

/// <summary>
/// A deterministic synthetic data set for the seed's provider: Dutch names, addresses with real postcode shapes,
/// 06 mobile numbers, IMSIs with MCC 204, IMEIs with a Luhn digit, IBANs with valid check digits, IPv4 and IPv6.
/// The same seed always gives the same data.
/// </summary>
public sealed class SyntheticData(int seed, Instant asOf)
{
    private static readonly string[] FirstNames = ["Jan", "Anne", "Pieter", "Sanne", "Daan", "Fleur", "Bram", "Lotte", "Sem", "Eva", "Özlem", "Mohamed"];
    private static readonly string[] LastNames = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Yılmaz", "El Amrani"];
    private static readonly string[] Streets = ["Damrak", "Kerkstraat", "Lange Voorhout", "Stationsweg", "Dorpsstraat", "Oudegracht"];
    private static readonly string[] Cities = ["Amsterdam", "Utrecht", "Den Haag", "Groningen", "Eindhoven", "Zwolle"];
    private static readonly string[] Banks = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"];
    private static readonly string[] Interests = ["voetbal", "reizen", "streaming", "gaming", "koken", "zeilen"];

    private readonly Random _random = new(seed);
    private long _id;

    public IEnumerable<object> Generate(int customers)
    {
        for (int c = 0; c < customers; c++)
        {
            string number = $"MV-{100000 + c}";
            string name = $"{Pick(FirstNames)} {Pick(LastNames)}";
            string mobile = "06" + _random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
            string imsi = "20408" + _random.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture);
            string imei = Luhn("35209900" + _random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture));
            string iccid = Luhn("893108" + imsi[^12..]); // drawn from the IMSI, so the other values stay as they were
            bool left = _random.Next(5) == 0;
            LocalDate today = asOf.InUtc().Date;
            LocalDate? ended = left ? today.PlusDays(-_random.Next(30, 1500)) : null;
            LocalDate lastDay = ended ?? today; // the last day of service: calls, sessions and bills stop there
            LocalDate since = lastDay.PlusDays(-_random.Next(60, 3650));
            Instant lastMoment = ended is { } end ? end.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() : asOf;

            yield return new Customer
            {
                Id = ++_id,
                CustomerNumber = number,
                Name = name,
                Email = $"{name.Split(' ')[0].ToLowerInvariant()}.{c}@example.nl",
                ContactPhone = mobile,
                Address = $"{Pick(Streets)} {_random.Next(1, 300)}, {_random.Next(1000, 9999)} {(char)('A' + _random.Next(26))}{(char)('A' + _random.Next(26))} {Pick(Cities)}",
                PortalPasswordHash = Convert.ToBase64String(BitConverter.GetBytes(_random.NextInt64())),
                CustomerSince = since,
                ContractEnded = ended,
            };

            // The SIM is closed with the contract.
            yield return new Device { Id = ++_id, CustomerNumber = number, Imsi = imsi, Imei = imei, Iccid = iccid, LineNumber = mobile, ActivatedOn = since, DeactivatedOn = ended };

            string bban = Pick(Banks) + _random.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture);
            string iban = "NL" + IbanCheckDigits(bban) + bban;
            yield return new PaymentMandate { Id = ++_id, CustomerNumber = number, Iban = iban, AccountHolder = name, SignedOn = since, EndedOn = ended?.PlusDays(30) is { } last && last <= today ? last : ended }; // the final bill is collected a month after the end

            // A third never opted in, a third withdrew (consent emptied), a third consents; some profiles are stale.
            int consent = _random.Next(3);
            Instant updated = asOf - Duration.FromDays(_random.Next(0, 1000));
            yield return new MarketingProfile { Id = ++_id, CustomerNumber = number, Interests = $"{Pick(Interests)}, {Pick(Interests)}", ConsentGiven = consent == 2 ? updated - Duration.FromDays(_random.Next(0, 400)) : null, LastUpdated = updated };

            for (int i = 0; i < 12; i++)
            {
                var call = new CallDetailRecord
                {
                    Id = ++_id,
                    CustomerNumber = number,
                    CallStart = lastMoment - Duration.FromSeconds(_random.NextInt64(0, 86400L * 365 * 2)),
                    DurationSeconds = _random.Next(5, 3600),
                    CallingNumber = mobile,
                    CalledNumber = _random.Next(3) == 0 ? "020" + _random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture) : "06" + _random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
                    Imsi = imsi,
                    Imei = imei,
                };
                call.InvoiceDate = InvoiceFor(call.CallStart, today);
                yield return call;
            }

            for (int i = 0; i < 4; i++)
            {
                var session = new InternetSession
                {
                    Id = ++_id,
                    CustomerNumber = number,
                    Started = lastMoment - Duration.FromSeconds(_random.NextInt64(0, 86400L * 120)),
                    DurationSeconds = _random.Next(60, 36_000),
                    UserName = $"mv{100000 + c}",
                    IpAddress = _random.Next(2) == 0
                        ? $"84.{_random.Next(0, 256)}.{_random.Next(0, 256)}.{_random.Next(1, 255)}"
                        : $"2a02:{_random.Next(0, 0xffff):x}:{_random.Next(0, 0xffff):x}:{_random.Next(0, 0xffff):x}::{_random.Next(1, 0xffff):x}",
                    MacAddress = string.Join(":", new[] { 0x3C, 0x22, 0xFB, _random.Next(256), _random.Next(256), _random.Next(256) }.Select(octet => octet.ToString("X2", CultureInfo.InvariantCulture))),
                    BytesTransferred = _random.NextInt64(1_000, 5_000_000_000),
                    CellLocation = string.Create(CultureInfo.InvariantCulture, $"{52 + _random.NextDouble():F5}, {4 + (_random.NextDouble() * 2):F5}"),
                };
                session.InvoiceDate = InvoiceFor(session.Started, today);
                yield return session;
            }

            for (int i = 0; i < 3; i++)
            {
                yield return new Invoice { Id = ++_id, CustomerNumber = number, InvoiceDate = lastDay.PlusMonths(-_random.Next(0, 120)), BilledName = name, BillingAddress = "see customer", AmountEuro = _random.Next(1000, 9000) / 100m };
            }

            if (_random.Next(4) == 0)
            {
                yield return new SupportTicket { Id = ++_id, CustomerNumber = number, Opened = asOf - Duration.FromDays(_random.Next(1, 700)), Notes = TicketNote(c, mobile, iban), CallbackNumber = mobile };
            }
        }
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    /// <summary>
    /// What an agent types, with the identifiers customers paste into a chat or an e-mail: a phone number written as
    /// people write it, the IBAN grouped in fours, a BSN someone should not have sent. Chosen by the customer's index,
    /// not drawn, so that the other synthetic values stay as they were. No names: scrubbing finds identifiers with a
    /// checksum or a number plan, not names (docs/free-text.md), and agents are asked to write "klant" instead.
    /// </summary>
    private static string TicketNote(int customer, string mobile, string iban)
    {
        string phone = $"{mobile[..2]}-{mobile[2..]}";
        string grouped = string.Join(' ', iban.Chunk(4).Select(chunk => new string(chunk)));
        string bsn = Bsn(customer);
        return (customer % 3) switch
        {
            0 => $"Storing gemeld door klant; monteur ingepland. Klant vraagt terugbellen op {phone}.",
            1 => $"Klant wil de incasso wijzigen naar {grouped}. Stuurde ook een BSN {bsn[..4]}.{bsn[4..6]}.{bsn[6..]} mee, niet opgeslagen.",
            _ => $"Modem valt 's avonds uit. Bevestiging gestuurd; klant bereikbaar op {phone}, BSN {bsn} stond in de bijlage.",
        };
    }

    /// <summary>A number that passes the 11-test every BSN passes; synthetic, derived from the customer's index.</summary>
    private static string Bsn(int customer)
    {
        for (int candidate = 10_000_000 + ((customer * 7919) % 89_000_000); ; candidate++)
        {
            string digits = candidate.ToString(CultureInfo.InvariantCulture);
            int sum = 0;
            for (int i = 0; i < 8; i++)
            {
                sum += (9 - i) * (digits[i] - '0');
            }

            int check = sum % 11;
            if (check < 10)
            {
                return digits + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>Usage is billed monthly: on the first of the next month, or not yet when that is still to come.</summary>
    private static LocalDate? InvoiceFor(Instant usage, LocalDate today)
    {
        LocalDate day = usage.InUtc().Date;
        LocalDate invoice = new LocalDate(day.Year, day.Month, 1).PlusMonths(1);
        return invoice <= today ? invoice : null;
    }

    /// <summary>The digits with their Luhn check digit appended (IMEI, ICCID).</summary>
    internal static string Luhn(string digits)
    {
        int sum = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            int digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }

            sum += digit;
        }

        return digits + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static string IbanCheckDigits(string bban)
    {
        int remainder = 0;
        foreach (char c in bban + "NL00")
        {
            remainder = char.IsDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return (98 - remainder).ToString("00", CultureInfo.InvariantCulture);
    }
}
