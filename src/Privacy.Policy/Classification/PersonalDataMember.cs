using System.Collections.Generic;
using System;
using Microsoft.Extensions.Compliance.Classification;
using Privacy.Policy.Retention;

namespace Privacy.Policy;

/// <summary>
/// One personal-data member of a type, as its <c>[PersonalData]</c> attribute classifies it, with every default
/// resolved. Part of the <see cref="PersonalDataDescriptor"/> the source generator emits.
/// </summary>
public sealed class PersonalDataMember
{
    private static readonly Purpose[] SinglePurposes = CreateSinglePurposes();

    /// <summary>Describes a member.</summary>
    /// <param name="name">The C# member name as declared, such as <c>CalledNumber</c>.</param>
    /// <param name="category">What kind of personal data it holds.</param>
    /// <param name="purposes">What it is processed for.</param>
    /// <param name="retention">Its ISO-8601 retention period, or <see langword="null"/> for the category's default.</param>
    /// <param name="format">What its values are.</param>
    /// <param name="redaction">How it is redacted; never <see cref="RedactionKind.Default"/> once generated.</param>
    /// <param name="exportable">Whether it appears in a subject-access export; never for <see cref="Category.Credentials"/>.</param>
    public PersonalDataMember(string name, Category category, Purpose purposes, string? retention, DataFormat format, RedactionKind redaction, bool exportable)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Category = category;
        Purposes = purposes;
        Retention = retention;
        Format = format;
        Redaction = redaction;
        Exportable = exportable && category != Category.Credentials;
        Classification = category.GetDataClassification();
        LegalBases = LegalBasesOf(purposes);
        RetentionPeriod = RetentionPeriods.TryParse(retention, out NodaTime.Period period) ? period : null;
        foreach (Purpose single in SinglePurposes)
        {
            if ((purposes & single) != 0 && single.GetLegalBasis() == LegalBasis.LegalObligation)
            {
                LegalObligation = single;
                break;
            }
        }
    }

    /// <summary>The C# member name as declared.</summary>
    public string Name { get; }

    /// <summary>What kind of personal data the member holds.</summary>
    public Category Category { get; }

    /// <summary>What the member is processed for.</summary>
    public Purpose Purposes { get; }

    /// <summary>The member's legal bases: one for each distinct basis of its purposes, in the order of <see cref="LegalBasis"/>.</summary>
    public IReadOnlyList<LegalBasis> LegalBases { get; }

    /// <summary>The ISO-8601 retention period as written, or <see langword="null"/> when the category's default applies.</summary>
    public string? Retention { get; }

    /// <summary>The retention period, parsed; <see langword="null"/> when <see cref="Retention"/> is not set.</summary>
    public NodaTime.Period? RetentionPeriod { get; }

    /// <summary>
    /// The name of the date or time member of the same record this member's retention counts from (its
    /// <c>[PersonalData(RetentionFrom = ...)]</c>), instead of the record's <c>[RetentionAnchor]</c>;
    /// <see langword="null"/> when it counts from the anchor. While that member is empty the data is still in use.
    /// </summary>
    public string? RetentionFrom { get; init; }

    /// <summary>Where retention starts relative to the <see cref="RetentionFrom"/> member: at it, or at the end of its day, month or book year.</summary>
    public RetentionStart RetentionFromStart { get; init; }

    /// <summary>The first of the member's purposes whose legal basis is a legal obligation, if any: what keeps it from erasure.</summary>
    public Purpose? LegalObligation { get; }

    /// <summary>What the member's values are.</summary>
    public DataFormat Format { get; }

    /// <summary>How the member is redacted.</summary>
    public RedactionKind Redaction { get; }

    /// <summary>Whether the member appears in a subject-access export.</summary>
    public bool Exportable { get; }

    /// <summary>The member's classification for Microsoft.Extensions.Compliance (<c>Privacy.Policy:Usage</c>).</summary>
    public DataClassification Classification { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Category}, {Format}, {Redaction}";

    private static Purpose[] CreateSinglePurposes()
    {
        var purposes = new List<Purpose>();
        foreach (Purpose purpose in Enum.GetValues<Purpose>())
        {
            if (purpose != Purpose.None)
            {
                purposes.Add(purpose);
            }
        }

        return purposes.ToArray();
    }

    private static LegalBasis[] LegalBasesOf(Purpose purposes)
    {
        Span<bool> seen = stackalloc bool[5];
        int count = 0;
        foreach (Purpose purpose in SinglePurposes)
        {
            if ((purposes & purpose) != 0)
            {
                int basis = (int)purpose.GetLegalBasis();
                if (!seen[basis])
                {
                    seen[basis] = true;
                    count++;
                }
            }
        }

        var bases = new LegalBasis[count];
        int index = 0;
        for (int basis = 1; basis < seen.Length; basis++)
        {
            if (seen[basis])
            {
                bases[index++] = (LegalBasis)basis;
            }
        }

        return bases;
    }
}
