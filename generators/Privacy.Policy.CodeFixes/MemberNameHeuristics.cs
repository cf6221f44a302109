using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.CodeFixes;

/// <summary>
/// Suggests a category and format from a member's name where the name makes it obvious: <c>Email</c> is contact
/// data in e-mail format, <c>Imsi</c> a technical identifier in IMSI format, <c>Password</c> a credential. Names that
/// say nothing certain (<c>Name</c>, <c>Value</c>, <c>Code</c>) get no suggestion.
/// </summary>
internal static class MemberNameHeuristics
{
    /// <summary>A suggested classification.</summary>
    internal readonly record struct Suggestion(Category Category, DataFormat Format);

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
            return new(Category.Credentials, DataFormat.Secret);
        }

        if (Has("bsn") || Contains("burgerservicenummer", "citizenservicenumber", "socialsecuritynumber"))
        {
            return new(Category.NationalIdentifier, DataFormat.Bsn);
        }

        if (Contains("passport", "idcard", "identitycard", "identitydocument", "driverslicense", "drivinglicence"))
        {
            return new(Category.NationalIdentifier, DataFormat.Unspecified);
        }

        // Formats whose row names the words that make them obvious (Imsi, Imei, Iccid): their usual category.
        foreach (FormatRow row in FormatRows.All)
        {
            if (row.NameWords.Length > 0 && row.UsualCategory is { } usual && Has(row.NameWords))
            {
                return new(usual, row.Format);
            }
        }

        if (Has("mac") || Contains("macaddress"))
        {
            return new(Category.TechnicalIdentifier, DataFormat.MacAddress);
        }

        if (Has("ip", "ipv4", "ipv6") || Contains("ipaddress"))
        {
            return new(Category.TechnicalIdentifier, DataFormat.IpAddress);
        }

        if (Has("iban") || Contains("bankaccount"))
        {
            return new(Category.Payment, DataFormat.Iban);
        }

        if (Has("pan") || Contains("cardnumber", "creditcard", "debitcard"))
        {
            return new(Category.Payment, DataFormat.PaymentCard);
        }

        if (Has("email", "mail") || Contains("emailaddress"))
        {
            return new(Category.Contact, DataFormat.EmailAddress);
        }

        if (Has("msisdn") || Contains("linenumber"))
        {
            return new(Category.TechnicalIdentifier, DataFormat.PhoneNumber);
        }

        if (Has("called", "calling", "caller", "callee", "dialed", "dialled", "destination", "originating") && Has("number", "phone", "msisdn"))
        {
            // The seed: the number called is usage data ("verbruiksgegevens"), kept for the customer's view and billing.
            return new(Category.Usage, DataFormat.PhoneNumber);
        }

        if (Has("phone", "telephone", "mobile", "tel") || Contains("phonenumber"))
        {
            return new(Category.Contact, DataFormat.PhoneNumber);
        }

        if (Contains("username", "userid", "login", "sipaccount"))
        {
            return new(Category.TechnicalIdentifier, DataFormat.Unspecified);
        }

        if (Has("latitude", "longitude", "lat", "lon", "lng", "geo", "coordinates", "coordinate", "gps"))
        {
            return new(Category.Location, DataFormat.GeoCoordinate);
        }

        if (Has("location", "cellid"))
        {
            return new(Category.Location, DataFormat.Unspecified);
        }

        if (Contains("firstname", "lastname", "surname", "fullname", "givenname", "familyname", "middlename", "initials", "displayname")
            || (Has("name") && Has("customer", "contact", "person", "holder", "subscriber", "account")))
        {
            return new(Category.Identity, DataFormat.PersonName);
        }

        if (Contains("birth") || Has("dob"))
        {
            return new(Category.Identity, DataFormat.Unspecified);
        }

        if (Has("address", "street", "postcode", "zipcode", "zip", "housenumber") || Contains("postalcode", "postaladdress"))
        {
            return new(Category.Contact, DataFormat.PostalAddress);
        }

        if (Has("note", "notes", "comment", "comments", "remark", "remarks", "message", "ticket", "complaint"))
        {
            return new(Category.Correspondence, DataFormat.FreeText);
        }

        if (Has("duration", "volume") || Contains("bytesup", "bytesdown", "bytessent", "bytesreceived", "datavolume"))
        {
            return new(Category.Usage, DataFormat.Unspecified);
        }

        if (Has("preference", "preferences", "interests", "segment", "optin"))
        {
            return new(Category.Marketing, DataFormat.Unspecified);
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
