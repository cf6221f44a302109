using System;
using System.Collections.Generic;
using System.Linq;
using Privacy.Policy.Tool.Merging;

namespace Privacy.Policy.Tool.Settings;

/// <summary>
/// Merges the settings of several services into the company's: a single-valued setting (the controller's name, its
/// DPO, the security measures, ...) set by several services must be set alike; lists (brands, data-subject
/// categories) are unioned; recipients, declared activities and per-purpose or per-category entries are matched by
/// their key and must agree. Each disagreement names the setting and both files, never the values.
/// </summary>
internal static class SettingsMerger
{
    /// <summary>Merges <paramref name="files"/> into <paramref name="merged"/>, adding what the files disagree on to <paramref name="disagreements"/>.</summary>
    public static void Merge(IReadOnlyList<SettingsFile> files, PrivacyPolicyOptions merged, List<Disagreement> disagreements)
    {
        foreach (ScalarSetting setting in ScalarSetting.All)
        {
            SettingsFile? first = null;
            foreach (SettingsFile file in files.Where(file => file.Sets(setting.Key)))
            {
                if (first is null)
                {
                    first = file;
                    setting.Copy(merged, file.Options);
                }
                else if (!Equals(setting.Value(first.Options), setting.Value(file.Options)))
                {
                    disagreements.Add(new($"Setting {SettingsFile.SectionName}:{setting.Key} differs between '{first.Path}' and '{file.Path}'."));
                }
            }
        }

        foreach (SettingsFile file in files)
        {
            PrivacyPolicyOptions options = file.Options;
            Union(merged.Controller.Brands, options.Controller.Brands);
            Union(merged.Controller.JointControllers, options.Controller.JointControllers);
            Union(merged.DataSubjectCategories, options.DataSubjectCategories);
        }

        MergeEntries(files, "RetentionDefaults", o => o.RetentionDefaults, merged.RetentionDefaults, disagreements);
        MergeEntries(files, "DataSubjectsByPurpose", o => o.DataSubjectsByPurpose, merged.DataSubjectsByPurpose, disagreements);
        MergeNamed(files, "Recipients", "Recipient", o => o.Recipients, r => r.Name, RecipientDifferences, merged.Recipients, disagreements);
        MergeNamed(files, "DeclaredActivities", "Declared activity", o => o.DeclaredActivities, a => a.Name, ActivityDifferences, merged.DeclaredActivities, disagreements);
    }

    private static void Union(IList<string> merged, IList<string> more)
    {
        foreach (string item in more)
        {
            if (!merged.Contains(item, StringComparer.Ordinal))
            {
                merged.Add(item);
            }
        }
    }

    private static void MergeEntries<TKey>(IReadOnlyList<SettingsFile> files, string setting, Func<PrivacyPolicyOptions, IDictionary<TKey, string>> entries, IDictionary<TKey, string> merged, List<Disagreement> disagreements)
        where TKey : struct, Enum
    {
        var sources = new Dictionary<TKey, SettingsFile>();
        foreach (SettingsFile file in files)
        {
            foreach ((TKey key, string value) in entries(file.Options))
            {
                if (!merged.TryGetValue(key, out string? existing))
                {
                    merged[key] = value;
                    sources[key] = file;
                }
                else if (!string.Equals(existing, value, StringComparison.Ordinal))
                {
                    disagreements.Add(new($"Setting {SettingsFile.SectionName}:{setting}:{key} differs between '{sources[key].Path}' and '{file.Path}'."));
                }
            }
        }
    }

    private static void MergeNamed<T>(
        IReadOnlyList<SettingsFile> files,
        string setting,
        string noun,
        Func<PrivacyPolicyOptions, IList<T>> items,
        Func<T, string> name,
        Func<T, T, IEnumerable<string>> differences,
        IList<T> merged,
        List<Disagreement> disagreements)
    {
        var seen = new Dictionary<string, (T Item, SettingsFile File)>(StringComparer.Ordinal);
        foreach (SettingsFile file in files)
        {
            foreach (T item in items(file.Options))
            {
                if (!seen.TryGetValue(name(item), out (T Item, SettingsFile File) first))
                {
                    seen[name(item)] = (item, file);
                    merged.Add(item);
                    continue;
                }

                string[] differ = differences(first.Item, item).ToArray();
                if (differ.Length > 0)
                {
                    disagreements.Add(new($"{noun} '{name(item)}' ({SettingsFile.SectionName}:{setting}) is declared differently in '{first.File.Path}' and '{file.Path}': {string.Join(", ", differ)} differ."));
                }
            }
        }
    }

    private static IEnumerable<string> RecipientDifferences(RecipientDeclaration a, RecipientDeclaration b)
    {
        if (a.Role != b.Role)
        {
            yield return nameof(RecipientDeclaration.Role);
        }

        if (a.Purposes != b.Purposes)
        {
            yield return nameof(RecipientDeclaration.Purposes);
        }

        if (a.ProcessingAgreementUntil != b.ProcessingAgreementUntil)
        {
            yield return nameof(RecipientDeclaration.ProcessingAgreementUntil);
        }

        if (a.ThirdCountry != b.ThirdCountry)
        {
            yield return nameof(RecipientDeclaration.ThirdCountry);
        }

        if (a.Description != b.Description)
        {
            yield return nameof(RecipientDeclaration.Description);
        }
    }

    private static IEnumerable<string> ActivityDifferences(ProcessingActivityDeclaration a, ProcessingActivityDeclaration b)
    {
        if (a.LegalBasis != b.LegalBasis)
        {
            yield return nameof(ProcessingActivityDeclaration.LegalBasis);
        }

        if (a.DataSubjects != b.DataSubjects)
        {
            yield return nameof(ProcessingActivityDeclaration.DataSubjects);
        }

        if (a.PersonalData != b.PersonalData)
        {
            yield return nameof(ProcessingActivityDeclaration.PersonalData);
        }

        if (a.Recipients != b.Recipients)
        {
            yield return nameof(ProcessingActivityDeclaration.Recipients);
        }

        if (a.Transfers != b.Transfers)
        {
            yield return nameof(ProcessingActivityDeclaration.Transfers);
        }

        if (a.Retention != b.Retention)
        {
            yield return nameof(ProcessingActivityDeclaration.Retention);
        }
    }
}
