using System;
using System.Collections.Generic;
using System.Linq;
using Privacy.Policy.Retention;

namespace Privacy.Policy.Processing;

/// <summary>
/// Every personal-data member of the given catalogs with its effective retention (<see cref="EffectiveRetention"/>),
/// in a stable order: by type name, then declaration order. Types that appear in more than one catalog count once.
/// </summary>
internal sealed class ProcessingInventory
{
    private ProcessingInventory(IReadOnlyList<ProcessedMember> members, PrivacyPolicyOptions options)
    {
        Members = members;
        Options = options;
    }

    public IReadOnlyList<ProcessedMember> Members { get; }

    public PrivacyPolicyOptions Options { get; }

    public static ProcessingInventory Create(IEnumerable<PersonalDataCatalog> catalogs, PrivacyPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentNullException.ThrowIfNull(options);
        var retention = EffectiveRetention.From(options);
        var members = new List<ProcessedMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (PersonalDataDescriptor type in catalogs.SelectMany(catalog => catalog.Descriptors).OrderBy(type => type.TypeName, StringComparer.Ordinal))
        {
            if (!seen.Add(type.TypeName))
            {
                continue;
            }

            foreach (PersonalDataMember member in type.Members)
            {
                members.Add(new ProcessedMember(type, member, retention.Of(member)));
            }
        }

        return new ProcessingInventory(members, options);
    }

    /// <summary>
    /// Each purpose the members are processed for, once per distinct basis and interest it has among them (a member's
    /// own basis beside the declared one), in the order of <see cref="Purpose"/>, then of first appearance.
    /// </summary>
    public IReadOnlyList<PurposeDeclaration> Declarations(Purpose only = (Purpose)int.MaxValue)
    {
        var declarations = new List<PurposeDeclaration>();
        foreach (ProcessedMember member in Members)
        {
            foreach (PurposeDeclaration declaration in member.Member.Declarations)
            {
                if ((declaration.Purpose & only) != 0 && !declarations.Exists(seen => seen.Purpose == declaration.Purpose && seen.LegalBasis == declaration.LegalBasis && seen.Interest == declaration.Interest))
                {
                    declarations.Add(declaration);
                }
            }
        }

        // Stable: ties keep the order of first appearance.
        return declarations.OrderBy(declaration => declaration.Purpose).ToList();
    }

    /// <summary>The single purposes of <paramref name="purposes"/>, in the order of <see cref="Purpose"/>.</summary>
    public static IEnumerable<Purpose> Split(Purpose purposes)
    {
        for (int bit = 0; bit < 31; bit++)
        {
            var purpose = (Purpose)(1 << bit);
            if ((purposes & purpose) != 0)
            {
                yield return purpose;
            }
        }
    }

    /// <summary>The declared recipients that may receive data for any of <paramref name="purposes"/>, by name.</summary>
    public IEnumerable<RecipientDeclaration> RecipientsFor(Purpose purposes)
        => Options.Recipients.Where(recipient => (recipient.Purposes & purposes) != 0).OrderBy(recipient => recipient.Name, StringComparer.Ordinal);
}
