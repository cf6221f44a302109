using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Privacy.Policy.Generators.Classification;

namespace Privacy.Policy.CodeFixes;

/// <summary>
/// Suggests a category and format from a member's name where the name makes it obvious: <c>Email</c> is contact
/// data in e-mail format, <c>Imsi</c> a technical identifier in IMSI format, <c>Password</c> a credential. Names that
/// say nothing certain (<c>Name</c>, <c>Value</c>, <c>Code</c>) get no suggestion.
/// </summary>
internal static class MemberNameHeuristics
{
    /// <summary>A suggested classification.</summary>
    internal readonly record struct Suggestion(CategoryValue Category, DataFormatValue Format);

    /// <summary>The suggestion for <paramref name="memberName"/>, or <see langword="null"/> when the name is not obvious.</summary>
    public static Suggestion? Suggest(string memberName)
    {
        List<string> words = SplitWords(memberName);
        if (words.Count == 0)
        {
            return null;
        }

        string joined = string.Concat(words);
        bool Has(params string[] candidates)
        {
            foreach (string candidate in candidates)
            {
                if (words.Contains(candidate) || joined == candidate)
                {
                    return true;
                }
            }

            return false;
        }

        bool Contains(params string[] fragments)
        {
            foreach (string fragment in fragments)
            {
                if (joined.Contains(fragment))
                {
                    return true;
                }
            }

            return false;
        }

        // Most specific first: "PasswordHash" is a credential before it is anything else, "EmailAddress" an e-mail
        // before it is an address.
        if (Contains("password", "passwd", "passphrase", "secret", "apikey") || Has("pwd", "pin", "token", "otp"))
        {
            return new(CategoryValue.Credentials, DataFormatValue.Secret);
        }

        if (Has("bsn") || Contains("burgerservicenummer", "citizenservicenumber", "socialsecuritynumber"))
        {
            return new(CategoryValue.NationalIdentifier, DataFormatValue.Bsn);
        }

        if (Contains("passport", "idcard", "identitycard", "identitydocument", "driverslicense", "drivinglicence"))
        {
            return new(CategoryValue.NationalIdentifier, DataFormatValue.Unspecified);
        }

        if (Has("imsi"))
        {
            return new(CategoryValue.TechnicalIdentifier, DataFormatValue.Imsi);
        }

        if (Has("imei", "imeisv"))
        {
            return new(CategoryValue.TechnicalIdentifier, DataFormatValue.Imei);
        }

        if (Has("mac") || Contains("macaddress"))
        {
            return new(CategoryValue.TechnicalIdentifier, DataFormatValue.MacAddress);
        }

        if (Has("ip", "ipv4", "ipv6") || Contains("ipaddress"))
        {
            return new(CategoryValue.TechnicalIdentifier, DataFormatValue.IpAddress);
        }

        if (Has("iban") || Contains("bankaccount"))
        {
            return new(CategoryValue.Payment, DataFormatValue.Iban);
        }

        if (Has("pan") || Contains("cardnumber", "creditcard", "debitcard"))
        {
            return new(CategoryValue.Payment, DataFormatValue.PaymentCard);
        }

        if (Has("email", "mail") || Contains("emailaddress"))
        {
            return new(CategoryValue.Contact, DataFormatValue.EmailAddress);
        }

        if (Has("msisdn") || Contains("linenumber"))
        {
            return new(CategoryValue.TechnicalIdentifier, DataFormatValue.PhoneNumber);
        }

        if (Has("called", "calling", "caller", "callee", "dialed", "dialled", "destination", "originating") && Has("number", "phone", "msisdn"))
        {
            // The seed: the number called is usage data ("verbruiksgegevens"), kept for the customer's view and billing.
            return new(CategoryValue.Usage, DataFormatValue.PhoneNumber);
        }

        if (Has("phone", "telephone", "mobile", "tel") || Contains("phonenumber"))
        {
            return new(CategoryValue.Contact, DataFormatValue.PhoneNumber);
        }

        if (Contains("username", "userid", "login", "sipaccount"))
        {
            return new(CategoryValue.TechnicalIdentifier, DataFormatValue.Unspecified);
        }

        if (Has("latitude", "longitude", "lat", "lon", "lng", "geo", "coordinates", "coordinate", "gps"))
        {
            return new(CategoryValue.Location, DataFormatValue.GeoCoordinate);
        }

        if (Has("location", "cellid"))
        {
            return new(CategoryValue.Location, DataFormatValue.Unspecified);
        }

        if (Contains("firstname", "lastname", "surname", "fullname", "givenname", "familyname", "middlename", "initials", "displayname")
            || (Has("name") && Has("customer", "contact", "person", "holder", "subscriber", "account")))
        {
            return new(CategoryValue.Identity, DataFormatValue.PersonName);
        }

        if (Contains("birth") || Has("dob"))
        {
            return new(CategoryValue.Identity, DataFormatValue.Unspecified);
        }

        if (Has("address", "street", "postcode", "zipcode", "zip", "housenumber") || Contains("postalcode", "postaladdress"))
        {
            return new(CategoryValue.Contact, DataFormatValue.PostalAddress);
        }

        if (Has("note", "notes", "comment", "comments", "remark", "remarks", "message", "ticket", "complaint"))
        {
            return new(CategoryValue.Correspondence, DataFormatValue.FreeText);
        }

        if (Has("duration", "volume") || Contains("bytesup", "bytesdown", "bytessent", "bytesreceived", "datavolume"))
        {
            return new(CategoryValue.Usage, DataFormatValue.Unspecified);
        }

        if (Has("preference", "preferences", "interests", "segment", "optin"))
        {
            return new(CategoryValue.Marketing, DataFormatValue.Unspecified);
        }

        return null;
    }

    /// <summary>Splits <c>CalledNumber</c>, <c>called_number</c> and <c>IMSINumber</c> into lower-case words.</summary>
    internal static List<string> SplitWords(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            bool boundary = current.Length > 0 && char.IsUpper(c) &&
                (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (boundary)
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
