using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Options;
using NodaTime;
using Privacy.Policy.Retention;

namespace Privacy.Policy.DependencyInjection;

/// <summary>
/// Validates <see cref="PrivacyPolicyOptions"/> at start-up. Each failure names the setting and what is wrong with
/// it; none contains key material.
/// </summary>
internal sealed class PrivacyPolicyOptionsValidator : IValidateOptions<PrivacyPolicyOptions>
{
    private const int MinimumKeyBytes = 32;

    /// <summary>
    /// The fewest distinct byte values a key must hold. 32 random bytes hold about 30; fewer than 8 happens by chance
    /// less often than once in 10^37 keys, so such a key was typed or padded, not drawn: 32 zero bytes is an HMAC
    /// under the empty key, whose pseudonyms anyone can compute (GDPR art. 4(5): the additional information must be
    /// kept separately, and so must exist).
    /// </summary>
    private const int MinimumDistinctKeyBytes = 8;
    private const int MaximumKeyIdLength = 32;

    public ValidateOptionsResult Validate(string? name, PrivacyPolicyOptions options)
    {
        List<string> failures = Failures(options, PersonalDataCatalog.UsesPseudonymization);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The first failure, or <see langword="null"/> when the options are valid.</summary>
    public static string? FirstFailure(PrivacyPolicyOptions options, bool requirePseudonymization)
        => Failures(options, requirePseudonymization) is [var first, ..] ? first : null;

    private static List<string> Failures(PrivacyPolicyOptions options, bool requirePseudonymization)
    {
        var failures = new List<string>(options.ConfigurationFailures); // unknown keys and unreadable values first
        const string Prefix = nameof(PrivacyPolicyOptions) + ".";

        if (string.IsNullOrWhiteSpace(options.TimeZone))
        {
            failures.Add(Prefix + nameof(PrivacyPolicyOptions.TimeZone) + " is required: an IANA time zone id such as Europe/Amsterdam.");
        }
        else if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZone) is null)
        {
            failures.Add($"{Prefix}{nameof(PrivacyPolicyOptions.TimeZone)} '{options.TimeZone}' is not an IANA time zone id such as Europe/Amsterdam.");
        }

        string code = options.DefaultCountryCallingCode ?? string.Empty;
        if (code.Length is < 1 or > 3 || code[0] == '0' || !IsDigits(code) || Redaction.Formats.PhoneNumberFormat.CountryCodeLength(code.AsSpan()) != code.Length)
        {
            failures.Add(Prefix + nameof(PrivacyPolicyOptions.DefaultCountryCallingCode) + " must be an E.164 country calling code (one to three digits, such as 31 or 352), without + or 00.");
        }

        PseudonymizationOptions pseudonymization = options.Pseudonymization;
        const string KeyName = Prefix + nameof(PrivacyPolicyOptions.Pseudonymization) + "." + nameof(PseudonymizationOptions.Key);
        const string KeyIdName = Prefix + nameof(PrivacyPolicyOptions.Pseudonymization) + "." + nameof(PseudonymizationOptions.KeyId);
        bool hasKey = !string.IsNullOrEmpty(pseudonymization.Key);
        if (hasKey)
        {
            byte[] buffer = new byte[pseudonymization.Key!.Length];
            if (!Convert.TryFromBase64String(pseudonymization.Key, buffer, out int length))
            {
                failures.Add(KeyName + " is not valid base64.");
            }
            else if (length < MinimumKeyBytes)
            {
                failures.Add($"{KeyName} is too short: it must decode to at least {MinimumKeyBytes} bytes (HMAC-SHA256 wants a key as long as its output).");
            }
            else if (DistinctBytes(buffer.AsSpan(0, length)) < MinimumDistinctKeyBytes)
            {
                failures.Add($"{KeyName} is not random: it holds fewer than {MinimumDistinctKeyBytes} distinct byte values (all zeros, one byte repeated, a short pattern), so its pseudonyms could be computed without the secret (GDPR art. 4(5)). Generate one with RandomNumberGenerator.GetBytes(32).");
            }

            Array.Clear(buffer);
            if (pseudonymization.KeyId is null)
            {
                failures.Add(KeyIdName + " is required when a key is set: every pseudonym carries the id of its key.");
            }
        }
        else if (requirePseudonymization)
        {
            failures.Add(KeyName + " is required: members are redacted with RedactionKind.Pseudonymize. Set it to a base64 key of at least 32 bytes, kept apart from the data.");
        }
        else if (options.Recipients.Count > 0)
        {
            failures.Add(KeyName + " is required: recipients are declared, and every disclosure's audit record carries the data subject pseudonymised. Set it to a base64 key of at least 32 bytes, kept apart from the data.");
        }

        if (pseudonymization.KeyId is { } keyId && !IsValidKeyId(keyId))
        {
            failures.Add($"{KeyIdName} must be 1 to {MaximumKeyIdLength} letters, digits, '.', '_' or '-' (it is part of every pseudonym).");
        }

        foreach (KeyValuePair<Category, string> entry in options.RetentionDefaults)
        {
            if (!Enum.IsDefined(entry.Key))
            {
                failures.Add($"{Prefix}{nameof(PrivacyPolicyOptions.RetentionDefaults)} has an undefined category {(int)entry.Key}.");
            }
            else if (!RetentionPeriods.IsValid(entry.Value))
            {
                failures.Add($"{Prefix}{nameof(PrivacyPolicyOptions.RetentionDefaults)}[{entry.Key}] '{entry.Value}' is not a positive ISO-8601 period such as P2Y, P6M, P90D or PT48H.");
            }
        }

        if (!BookYear.TryParse(options.BookYearEnd, out _))
        {
            // A wrong book year moves every fiscal retention (AWR art. 52(4), BW 2:10(3)): refuse it rather than guess.
            failures.Add(Prefix + nameof(PrivacyPolicyOptions.BookYearEnd) + " must be the last day of the book year as MM-dd, such as 12-31 or 06-30.");
        }

        if (!RetentionPeriods.IsValid(options.BillDisputeWindow))
        {
            failures.Add(Prefix + nameof(PrivacyPolicyOptions.BillDisputeWindow) + " must be a positive ISO-8601 period such as P2Y or P13M: how long a bill can be contested after its invoice (Telecommunicatiewet art. 11.5(3)).");
        }

        AddRecipientFailures(options.Recipients, failures);

        // A transfer without its safeguards cannot be stated (GDPR art. 13(1)(f), 44-46): fail rather than print it bare.
        if ((string.IsNullOrWhiteSpace(options.Controller.TransferSafeguards) || string.Equals(options.Controller.TransferSafeguards.Trim(), ControllerOptions.None, StringComparison.OrdinalIgnoreCase))
            && options.Recipients.Any(r => r.ThirdCountry is not null))
        {
            failures.Add(Prefix + nameof(PrivacyPolicyOptions.Controller) + "." + nameof(ControllerOptions.TransferSafeguards) + " is required when a recipient has a ThirdCountry: the privacy statement names the safeguards of each transfer outside the EEA (GDPR art. 13(1)(f), 46).");
        }

        AddControllerFailures(options.Controller, failures, MonitorsTrafficOrLocation);

        return failures;
    }

    /// <summary>
    /// Whether a loaded catalog holds traffic (<see cref="Category.Usage"/>) or location data: a provider that processes
    /// it monitors people regularly and systematically as its core activity (GDPR art. 37(1)(b); the EDPB's guidelines on
    /// DPOs, WP243 rev.01, name providing telecommunications services as an example) and must appoint a DPO.
    /// </summary>
    private static bool MonitorsTrafficOrLocation()
    {
        foreach (PersonalDataCatalog catalog in PersonalDataCatalog.Loaded)
        {
            foreach (PersonalDataDescriptor descriptor in catalog.Descriptors)
            {
                foreach (PersonalDataMember member in descriptor.Members)
                {
                    if (member.Category is Category.Usage or Category.Location)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// What the privacy statement and the record of processing cannot go without, checked once the controller configures
    /// them: any setting only they use (postal address, brands, DPO, joint controllers, representative, statement version
    /// or date). A consumer that sets nothing of the controller, or only what the access export also uses (name, contact,
    /// source, automated decisions, transfer safeguards), starts as before.
    /// </summary>
    internal static void AddControllerFailures(ControllerOptions controller, List<string> failures, Func<bool> monitorsTrafficOrLocation)
    {
        if (!IsSet(controller.PostalAddress) && controller.Brands.Count == 0 && !IsSet(controller.DataProtectionOfficer)
            && controller.JointControllers.Count == 0 && !IsSet(controller.Representative) && !IsSet(controller.StatementVersion)
            && controller.StatementDate is null)
        {
            return;
        }

        const string Prefix = nameof(PrivacyPolicyOptions) + "." + nameof(PrivacyPolicyOptions.Controller) + ".";
        if (!IsSet(controller.StatementVersion))
        {
            failures.Add(Prefix + nameof(ControllerOptions.StatementVersion) + " is required once the controller's statement is configured: the privacy statement and the record of processing carry their version, so a person and a reviewer know which one they read (GDPR art. 12(1), 5(2)).");
        }

        if (controller.StatementDate is null)
        {
            failures.Add(Prefix + nameof(ControllerOptions.StatementDate) + " is required once the controller's statement is configured: the date the statement's version takes effect (GDPR art. 12(1), 13(3)).");
        }

        if (!IsSet(controller.Representative))
        {
            failures.Add(Prefix + nameof(ControllerOptions.Representative) + " is required once the controller's statement is configured: the representative in the Union of a controller established outside it, with contact details (GDPR art. 27, 13(1)(a), 30(1)(a)), or \"none\" for a controller established in the Union.");
        }

        bool dpoIsNone = string.Equals(controller.DataProtectionOfficer?.Trim(), ControllerOptions.None, StringComparison.OrdinalIgnoreCase);
        if ((!IsSet(controller.DataProtectionOfficer) || dpoIsNone) && monitorsTrafficOrLocation())
        {
            failures.Add(Prefix + nameof(ControllerOptions.DataProtectionOfficer) + " is required: this service processes traffic or location data, so the controller monitors people regularly and systematically and must appoint a data protection officer (GDPR art. 37(1)(b)), whose contact details the statement gives (art. 13(1)(b)).");
        }
    }

    private static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);

    private static void AddRecipientFailures(IList<RecipientDeclaration> recipients, List<string> failures)
    {
        const string Name = nameof(PrivacyPolicyOptions) + "." + nameof(PrivacyPolicyOptions.Recipients);
        const Purpose AllPurposes = (Purpose)((1 << 9) - 1);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < recipients.Count; i++)
        {
            RecipientDeclaration? recipient = recipients[i];
            if (recipient is null)
            {
                failures.Add($"{Name}[{i}] is null.");
                continue;
            }

            string at = $"{Name}[{i}]";
            if (string.IsNullOrWhiteSpace(recipient.Name))
            {
                failures.Add($"{at}.{nameof(RecipientDeclaration.Name)} is required.");
            }
            else
            {
                at = $"{Name}[{i}] '{recipient.Name}'";
                if (!names.Add(recipient.Name))
                {
                    failures.Add($"{at} is declared more than once: names are compared without regard to case.");
                }
            }

            if (!Enum.IsDefined(recipient.Role))
            {
                failures.Add($"{at}.{nameof(RecipientDeclaration.Role)} must be Processor, IndependentController or Authority.");
            }

            if (recipient.Purposes == Purpose.None || (recipient.Purposes & ~AllPurposes) != 0)
            {
                failures.Add($"{at}.{nameof(RecipientDeclaration.Purposes)} must name one or more purposes, such as Support or Shipping.");
            }

            if (recipient.Role == RecipientRole.Processor && recipient.ProcessingAgreementUntil is null)
            {
                failures.Add($"{at}.{nameof(RecipientDeclaration.ProcessingAgreementUntil)} is required for a processor (GDPR art. 28): the last day its processing agreement is in force.");
            }

            if (recipient.ThirdCountry is { } country && (country.Length != 2 || !char.IsAsciiLetterUpper(country[0]) || !char.IsAsciiLetterUpper(country[1])))
            {
                failures.Add($"{at}.{nameof(RecipientDeclaration.ThirdCountry)} '{country}' must be an ISO 3166 two-letter country code such as US.");
            }
        }
    }

    /// <summary>How many distinct byte values <paramref name="bytes"/> holds, up to the minimum asked for.</summary>
    private static int DistinctBytes(ReadOnlySpan<byte> bytes)
    {
        Span<bool> seen = stackalloc bool[256];
        int distinct = 0;
        foreach (byte value in bytes)
        {
            if (!seen[value])
            {
                seen[value] = true;
                if (++distinct == MinimumDistinctKeyBytes)
                {
                    break;
                }
            }
        }

        return distinct;
    }

    private static bool IsDigits(string text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidKeyId(string keyId)
    {
        if (keyId.Length is 0 or > MaximumKeyIdLength)
        {
            return false;
        }

        foreach (char c in keyId)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
