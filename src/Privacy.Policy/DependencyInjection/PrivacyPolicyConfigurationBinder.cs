using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Text;

namespace Privacy.Policy.DependencyInjection;

/// <summary>
/// Binds <see cref="PrivacyPolicyOptions"/> from configuration by hand. Microsoft's <c>ConfigurationBinder</c> skips
/// keys it does not know and values it cannot convert without a word (a recipient whose date is written
/// <c>31-12-2027</c> simply vanished) and needs reflection, which this trimmed, AOT-compatible assembly avoids. Every
/// key is looked at here: each unknown key and each value that cannot be read becomes a failure naming its
/// configuration path, reported with the other failures when the options are validated at start-up. No failure
/// contains a value: a configured value may be a key or a person's name.
/// </summary>
internal static class PrivacyPolicyConfigurationBinder
{
    private static readonly string[] OptionsSettings =
    [
        nameof(PrivacyPolicyOptions.TimeZone),
        nameof(PrivacyPolicyOptions.Controller),
        nameof(PrivacyPolicyOptions.Pseudonymization),
        nameof(PrivacyPolicyOptions.RetentionDefaults),
        nameof(PrivacyPolicyOptions.Recipients),
        nameof(PrivacyPolicyOptions.DataSubjectCategories),
        nameof(PrivacyPolicyOptions.DataSubjectsByPurpose),
        nameof(PrivacyPolicyOptions.DeclaredActivities),
        nameof(PrivacyPolicyOptions.SecurityMeasures),
        nameof(PrivacyPolicyOptions.EnglishSecurityMeasures),
        nameof(PrivacyPolicyOptions.DefaultCountryCallingCode),
        nameof(PrivacyPolicyOptions.BookYearEnd),
        nameof(PrivacyPolicyOptions.BillDisputeWindow),
    ];

    private static readonly string[] ControllerSettings =
    [
        nameof(ControllerOptions.Name),
        nameof(ControllerOptions.Brands),
        nameof(ControllerOptions.PostalAddress),
        nameof(ControllerOptions.Contact),
        nameof(ControllerOptions.DataProtectionOfficer),
        nameof(ControllerOptions.JointControllers),
        nameof(ControllerOptions.Representative),
        nameof(ControllerOptions.TransferSafeguards),
        nameof(ControllerOptions.AutomatedDecisionMaking),
        nameof(ControllerOptions.DataSource),
        nameof(ControllerOptions.EnglishDataSource),
        nameof(ControllerOptions.StatementVersion),
        nameof(ControllerOptions.StatementDate),
        nameof(ControllerOptions.SupervisoryAuthority),
    ];

    private static readonly string[] DeclaredActivitySettings =
    [
        nameof(ProcessingActivityDeclaration.Name),
        nameof(ProcessingActivityDeclaration.LegalBasis),
        nameof(ProcessingActivityDeclaration.DataSubjects),
        nameof(ProcessingActivityDeclaration.PersonalData),
        nameof(ProcessingActivityDeclaration.Recipients),
        nameof(ProcessingActivityDeclaration.Transfers),
        nameof(ProcessingActivityDeclaration.Retention),
    ];

    private static readonly string[] PseudonymizationSettings =
    [
        nameof(PseudonymizationOptions.KeyId),
        nameof(PseudonymizationOptions.Key),
    ];

    private static readonly string[] RecipientSettings =
    [
        nameof(RecipientDeclaration.Name),
        nameof(RecipientDeclaration.Role),
        nameof(RecipientDeclaration.Purposes),
        nameof(RecipientDeclaration.ProcessingAgreementUntil),
        nameof(RecipientDeclaration.ThirdCountry),
        nameof(RecipientDeclaration.Description),
    ];

    /// <summary>Sets <paramref name="options"/> from <paramref name="configuration"/>, adding a failure for each key it cannot use.</summary>
    /// <param name="configuration">The options' section, such as <c>Privacy</c>.</param>
    /// <param name="options">The options to set.</param>
    /// <param name="failures">Where failures go.</param>
    public static void Bind(IConfiguration configuration, PrivacyPolicyOptions options, List<string> failures)
    {
        if (configuration is IConfigurationSection section && !section.Exists())
        {
            failures.Add($"The configuration section {section.Path} does not exist or is empty: PrivacyPolicyOptions were to be bound from it.");
            return;
        }

        foreach (IConfigurationSection setting in configuration.GetChildren())
        {
            switch (Known(setting.Key, OptionsSettings))
            {
                case nameof(PrivacyPolicyOptions.TimeZone):
                    if (Value(setting, failures) is { } zone)
                    {
                        options.TimeZone = zone;
                    }

                    break;
                case nameof(PrivacyPolicyOptions.Controller):
                    BindController(setting, options.Controller, failures);
                    break;
                case nameof(PrivacyPolicyOptions.Pseudonymization):
                    BindPseudonymization(setting, options.Pseudonymization, failures);
                    break;
                case nameof(PrivacyPolicyOptions.RetentionDefaults):
                    BindRetentionDefaults(setting, options.RetentionDefaults, failures);
                    break;
                case nameof(PrivacyPolicyOptions.Recipients):
                    foreach (IConfigurationSection recipient in Items(setting, "recipients with Name, Role and Purposes", failures))
                    {
                        if (BindRecipient(recipient, failures) is { } declared)
                        {
                            options.Recipients.Add(declared);
                        }
                    }

                    break;
                case nameof(PrivacyPolicyOptions.DeclaredActivities):
                    foreach (IConfigurationSection activity in Items(setting, "activities with Name", failures))
                    {
                        if (BindDeclaredActivity(activity, failures) is { } declared)
                        {
                            options.DeclaredActivities.Add(declared);
                        }
                    }

                    break;
                case nameof(PrivacyPolicyOptions.DataSubjectsByPurpose):
                    BindDataSubjectsByPurpose(setting, options.DataSubjectsByPurpose, failures);
                    break;
                case nameof(PrivacyPolicyOptions.DataSubjectCategories):
                    foreach (IConfigurationSection category in Items(setting, "texts", failures))
                    {
                        if (Value(category, failures) is { } text)
                        {
                            options.DataSubjectCategories.Add(text);
                        }
                    }

                    break;
                case nameof(PrivacyPolicyOptions.SecurityMeasures):
                    if (Value(setting, failures) is { } measures)
                    {
                        options.SecurityMeasures = measures;
                    }

                    break;
                case nameof(PrivacyPolicyOptions.EnglishSecurityMeasures):
                    if (Value(setting, failures) is { } english)
                    {
                        options.EnglishSecurityMeasures = english;
                    }

                    break;
                case nameof(PrivacyPolicyOptions.DefaultCountryCallingCode):
                    if (Value(setting, failures) is { } code)
                    {
                        options.DefaultCountryCallingCode = code;
                    }

                    break;
                case nameof(PrivacyPolicyOptions.BookYearEnd):
                    if (Value(setting, failures) is { } bookYearEnd)
                    {
                        options.BookYearEnd = bookYearEnd; // its form is checked by the validator, which names the setting
                    }

                    break;
                case nameof(PrivacyPolicyOptions.BillDisputeWindow):
                    if (Value(setting, failures) is { } window)
                    {
                        options.BillDisputeWindow = window;
                    }

                    break;
                default:
                    Unknown(setting, nameof(PrivacyPolicyOptions), OptionsSettings, failures);
                    break;
            }
        }
    }

    private static void BindController(IConfigurationSection section, ControllerOptions controller, List<string> failures)
    {
        foreach (IConfigurationSection setting in Settings(section, ControllerSettings, failures))
        {
            string? known = Known(setting.Key, ControllerSettings);
            if (known is null)
            {
                Unknown(setting, nameof(ControllerOptions), ControllerSettings, failures);
                continue;
            }

            if (known == nameof(ControllerOptions.Brands))
            {
                foreach (IConfigurationSection brand in Items(setting, "names", failures))
                {
                    if (Value(brand, failures) is { } text)
                    {
                        controller.Brands.Add(text);
                    }
                }

                continue;
            }

            if (known == nameof(ControllerOptions.JointControllers))
            {
                foreach (IConfigurationSection joint in Items(setting, "joint controllers", failures))
                {
                    if (Value(joint, failures) is { } text)
                    {
                        controller.JointControllers.Add(text);
                    }
                }

                continue;
            }

            string? value = Value(setting, failures);
            switch (known)
            {
                case nameof(ControllerOptions.Name):
                    controller.Name = value ?? controller.Name;
                    break;
                case nameof(ControllerOptions.PostalAddress):
                    controller.PostalAddress = value ?? controller.PostalAddress;
                    break;
                case nameof(ControllerOptions.Contact):
                    controller.Contact = value ?? controller.Contact;
                    break;
                case nameof(ControllerOptions.DataProtectionOfficer):
                    controller.DataProtectionOfficer = value ?? controller.DataProtectionOfficer;
                    break;
                case nameof(ControllerOptions.Representative):
                    controller.Representative = value ?? controller.Representative;
                    break;
                case nameof(ControllerOptions.TransferSafeguards):
                    controller.TransferSafeguards = value ?? controller.TransferSafeguards;
                    break;
                case nameof(ControllerOptions.AutomatedDecisionMaking):
                    controller.AutomatedDecisionMaking = value ?? controller.AutomatedDecisionMaking;
                    break;
                case nameof(ControllerOptions.DataSource):
                    controller.DataSource = value ?? controller.DataSource;
                    break;
                case nameof(ControllerOptions.EnglishDataSource):
                    controller.EnglishDataSource = value ?? controller.EnglishDataSource;
                    break;
                case nameof(ControllerOptions.StatementVersion):
                    controller.StatementVersion = value ?? controller.StatementVersion;
                    break;
                case nameof(ControllerOptions.StatementDate) when value is not null:
                    ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(value.Trim());
                    if (date.Success)
                    {
                        controller.StatementDate = date.Value;
                    }
                    else
                    {
                        failures.Add($"{setting.Path} is not a date written yyyy-MM-dd (ISO 8601), such as 2026-11-30.");
                    }

                    break;
                case nameof(ControllerOptions.StatementDate):
                    break;
                default:
                    controller.SupervisoryAuthority = value ?? controller.SupervisoryAuthority;
                    break;
            }
        }
    }

    private static void BindPseudonymization(IConfigurationSection section, PseudonymizationOptions pseudonymization, List<string> failures)
    {
        foreach (IConfigurationSection setting in Settings(section, PseudonymizationSettings, failures))
        {
            switch (Known(setting.Key, PseudonymizationSettings))
            {
                case nameof(PseudonymizationOptions.KeyId):
                    pseudonymization.KeyId = Value(setting, failures) ?? pseudonymization.KeyId;
                    break;
                case nameof(PseudonymizationOptions.Key):
                    pseudonymization.Key = Value(setting, failures) ?? pseudonymization.Key;
                    break;
                default:
                    Unknown(setting, nameof(PseudonymizationOptions), PseudonymizationSettings, failures);
                    break;
            }
        }
    }

    private static ProcessingActivityDeclaration? BindDeclaredActivity(IConfigurationSection section, List<string> failures)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        LegalBasis? basis = null;
        foreach (IConfigurationSection setting in Settings(section, DeclaredActivitySettings, failures))
        {
            string? known = Known(setting.Key, DeclaredActivitySettings);
            if (known is null)
            {
                Unknown(setting, nameof(ProcessingActivityDeclaration), DeclaredActivitySettings, failures);
                continue;
            }

            if (Value(setting, failures) is not { } value)
            {
                continue;
            }

            if (known == nameof(ProcessingActivityDeclaration.LegalBasis))
            {
                if (TryParseName(value, out LegalBasis parsed))
                {
                    basis = parsed;
                }
                else
                {
                    failures.Add($"{setting.Path} is not a legal basis: {string.Join(", ", Enum.GetNames<LegalBasis>())}.");
                }
            }
            else
            {
                texts[known] = value;
            }
        }

        if (!texts.TryGetValue(nameof(ProcessingActivityDeclaration.Name), out string? name) || string.IsNullOrWhiteSpace(name))
        {
            failures.Add($"{section.Path}:{nameof(ProcessingActivityDeclaration.Name)} is required: the record names each declared activity (GDPR art. 30(1)(b)).");
            return null;
        }

        return new ProcessingActivityDeclaration(name)
        {
            LegalBasis = basis,
            DataSubjects = texts.GetValueOrDefault(nameof(ProcessingActivityDeclaration.DataSubjects)),
            PersonalData = texts.GetValueOrDefault(nameof(ProcessingActivityDeclaration.PersonalData)),
            Recipients = texts.GetValueOrDefault(nameof(ProcessingActivityDeclaration.Recipients)),
            Transfers = texts.GetValueOrDefault(nameof(ProcessingActivityDeclaration.Transfers)),
            Retention = texts.GetValueOrDefault(nameof(ProcessingActivityDeclaration.Retention)),
        };
    }

    private static void BindDataSubjectsByPurpose(IConfigurationSection section, IDictionary<Purpose, string> subjects, List<string> failures)
    {
        foreach (IConfigurationSection setting in Settings(section, ["a purpose such as Billing"], failures))
        {
            if (!TryParseName(setting.Key, out Purpose purpose))
            {
                failures.Add($"{setting.Path} is not a purpose: {string.Join(", ", Enum.GetNames<Purpose>())}.");
            }
            else if (Value(setting, failures) is { } text)
            {
                subjects[purpose] = text;
            }
        }
    }

    private static void BindRetentionDefaults(IConfigurationSection section, IDictionary<Category, string> defaults, List<string> failures)
    {
        foreach (IConfigurationSection setting in Settings(section, ["a category such as Marketing"], failures))
        {
            if (!TryParseName(setting.Key, out Category category))
            {
                failures.Add($"{setting.Path} is not a category: {string.Join(", ", Enum.GetNames<Category>())}.");
            }
            else if (Value(setting, failures) is { } period)
            {
                defaults[category] = period;
            }
        }
    }

    private static RecipientDeclaration? BindRecipient(IConfigurationSection section, List<string> failures)
    {
        int before = failures.Count;
        string? name = null;
        RecipientRole? role = null;
        Purpose? purposes = null;
        LocalDate? until = null;
        string? country = null;
        string? description = null;
        foreach (IConfigurationSection setting in Settings(section, RecipientSettings, failures))
        {
            string? known = Known(setting.Key, RecipientSettings);
            if (known is null)
            {
                Unknown(setting, nameof(RecipientDeclaration), RecipientSettings, failures);
                continue;
            }

            if (known == nameof(RecipientDeclaration.Purposes) && HasChildren(setting))
            {
                // Purposes as a JSON array, ["Billing", "Bookkeeping"], as well as "Billing, Bookkeeping".
                var names = new List<string>();
                foreach (IConfigurationSection item in Items(setting, "purpose names", failures))
                {
                    if (Value(item, failures) is { } itemName)
                    {
                        names.Add(itemName);
                    }
                }

                purposes = names.Count > 0 ? ParsePurposes(setting, string.Join(",", names), failures) : null;
                continue;
            }

            string? value = Value(setting, failures);
            if (value is null)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(value) && known is nameof(RecipientDeclaration.ProcessingAgreementUntil) or nameof(RecipientDeclaration.ThirdCountry) or nameof(RecipientDeclaration.Description))
            {
                continue; // an optional setting left empty (or null in JSON) is one not given
            }

            switch (known)
            {
                case nameof(RecipientDeclaration.Name):
                    name = value;
                    break;
                case nameof(RecipientDeclaration.Role):
                    if (TryParseName(value, out RecipientRole parsedRole))
                    {
                        role = parsedRole;
                    }
                    else
                    {
                        failures.Add($"{setting.Path} is not a recipient role: {string.Join(", ", Enum.GetNames<RecipientRole>())}.");
                    }

                    break;
                case nameof(RecipientDeclaration.Purposes):
                    purposes = ParsePurposes(setting, value, failures);
                    break;
                case nameof(RecipientDeclaration.ProcessingAgreementUntil):
                    ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(value.Trim());
                    if (date.Success)
                    {
                        until = date.Value;
                    }
                    else
                    {
                        failures.Add($"{setting.Path} is not a date written yyyy-MM-dd (ISO 8601), such as 2027-12-31.");
                    }

                    break;
                case nameof(RecipientDeclaration.ThirdCountry):
                    country = value.Trim().ToUpperInvariant(); // ISO 3166 codes are upper case; every other name here is case-insensitive
                    break;
                default:
                    description = value;
                    break;
            }
        }

        foreach ((string setting, bool missing) in new[]
        {
            (nameof(RecipientDeclaration.Name), name is null),
            (nameof(RecipientDeclaration.Role), role is null),
            (nameof(RecipientDeclaration.Purposes), purposes is null),
        })
        {
            // A value that was there but could not be read has its failure already.
            if (missing && !section.GetSection(setting).Exists())
            {
                failures.Add($"{section.Path}:{setting} is required.");
            }
        }

        return failures.Count > before ? null : new RecipientDeclaration(name!, role!.Value, purposes!.Value)
        {
            ProcessingAgreementUntil = until,
            ThirdCountry = country,
            Description = description,
        };
    }

    private static Purpose? ParsePurposes(IConfigurationSection setting, string value, List<string> failures)
    {
        Purpose purposes = Purpose.None;
        string[] parts = value.Split(',');
        for (int i = 0; i < parts.Length; i++)
        {
            if (!TryParseName(parts[i], out Purpose purpose))
            {
                string which = parts.Length == 1 ? "it" : $"its part {(i + 1).ToString(CultureInfo.InvariantCulture)}";
                failures.Add($"{setting.Path} must be purpose names separated by commas, such as \"Billing, Bookkeeping\", but {which} is not one of {string.Join(", ", Enum.GetNames<Purpose>())}.");
                return null;
            }

            purposes |= purpose;
        }

        return purposes;
    }

    /// <summary>
    /// One enum name, compared without regard to case. Numbers and combinations are refused: <c>Enum.TryParse</c>
    /// alone would take <c>"7"</c> or <c>"1, 2"</c>.
    /// </summary>
    private static bool TryParseName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        string name = text.Trim();
        if (name.Length > 0 && char.IsAsciiLetter(name[0]) && name.IndexOf(',') < 0
            && Enum.TryParse(name, ignoreCase: true, out value) && Enum.IsDefined(value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The children of a section that must hold settings, or none (with a failure) when it holds a value.</summary>
    private static IEnumerable<IConfigurationSection> Settings(IConfigurationSection section, string[] names, List<string> failures)
    {
        if (!HasChildren(section) && !string.IsNullOrEmpty(section.Value))
        {
            failures.Add($"{section.Path} must be a section ({string.Join(", ", names)}), not a value.");
            return [];
        }

        return section.GetChildren();
    }

    /// <summary>The items of a list, in order; each key that is not an index is a failure.</summary>
    private static List<IConfigurationSection> Items(IConfigurationSection section, string what, List<string> failures)
    {
        var items = new List<(int Index, IConfigurationSection Item)>();
        foreach (IConfigurationSection item in Settings(section, ["a list of " + what], failures))
        {
            if (int.TryParse(item.Key, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                items.Add((index, item));
            }
            else
            {
                failures.Add($"{item.Path} is not a list index: {section.Path} is a list of {what} (a JSON array, or keys {section.Key}:0, {section.Key}:1, …).");
            }
        }

        items.Sort(static (left, right) => left.Index.CompareTo(right.Index));
        return items.ConvertAll(static entry => entry.Item);
    }

    /// <summary>A setting's value, or <see langword="null"/> (with a failure) when it is a section.</summary>
    private static string? Value(IConfigurationSection setting, List<string> failures)
    {
        if (HasChildren(setting))
        {
            failures.Add($"{setting.Path} must be a value, not a section.");
            return null;
        }

        return setting.Value;
    }

    private static bool HasChildren(IConfigurationSection section)
    {
        foreach (IConfigurationSection unused in section.GetChildren())
        {
            return true;
        }

        return false;
    }

    private static string? Known(string key, string[] names)
    {
        foreach (string name in names)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }

    private static void Unknown(IConfigurationSection setting, string type, string[] names, List<string> failures)
    {
        string? nearest = null;
        int best = 3; // a slip of one or two letters: Pseudonymisation, Reciepients
        foreach (string name in names)
        {
            int distance = Distance(setting.Key.ToUpperInvariant(), name.ToUpperInvariant());
            if (distance < best)
            {
                best = distance;
                nearest = name;
            }
        }

        string hint = nearest is null ? string.Empty : $" Did you mean {nearest}?";
        failures.Add($"{setting.Path} is not a setting of {type}: its settings are {string.Join(", ", names)}.{hint}");
    }

    /// <summary>The Levenshtein distance: edits that turn one key into the other.</summary>
    private static int Distance(string from, string to)
    {
        int[] previous = new int[to.Length + 1];
        int[] current = new int[to.Length + 1];
        for (int j = 0; j <= to.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= from.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= to.Length; j++)
            {
                int substitution = previous[j - 1] + (from[i - 1] == to[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[to.Length];
    }
}
