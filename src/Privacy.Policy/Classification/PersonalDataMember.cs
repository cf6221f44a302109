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

    private IReadOnlyList<PurposeDeclaration> _declarations = [];

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
        RetentionPeriod = RetentionPeriods.TryParse(retention, out NodaTime.Period period) ? period : null;
        Resolve(BuiltInDeclarations(purposes));
    }

    /// <summary>The C# member name as declared.</summary>
    public string Name { get; }

    /// <summary>What kind of personal data the member holds.</summary>
    public Category Category { get; }

    /// <summary>What the member is processed for.</summary>
    public Purpose Purposes { get; }

    /// <summary>The member's legal bases: one for each distinct basis of its purposes (<see cref="Declarations"/>), in the order of <see cref="LegalBasis"/>.</summary>
    public IReadOnlyList<LegalBasis> LegalBases { get; private set; } = [];

    /// <summary>
    /// Each of the member's purposes as the build resolved it for this member, in the order of the flags: its name, its
    /// legal basis (the member's own <c>[PersonalData(LegalBasis = ...)]</c>, else the assembly's
    /// <c>[assembly: ProcessingPurpose]</c> declaration, else the built-in one), the legitimate interest, wording and
    /// provision requirement. Generated descriptors set it; left unset, it holds the built-in declarations of the
    /// built-in purposes. Setting it sets <see cref="LegalBases"/> and <see cref="LegalObligation"/> too.
    /// </summary>
    /// <exception cref="ArgumentException">A declaration names a purpose the member is not processed for, or one twice.</exception>
    public IReadOnlyList<PurposeDeclaration> Declarations
    {
        get => _declarations;
        init => Resolve(value);
    }

    /// <summary>The declaration of <paramref name="purpose"/> (one flag) for this member; <see langword="null"/> when it has none.</summary>
    /// <param name="purpose">One of the member's purposes.</param>
    /// <returns>The declaration, or <see langword="null"/>.</returns>
    public PurposeDeclaration? DeclarationOf(Purpose purpose)
    {
        foreach (PurposeDeclaration declaration in _declarations)
        {
            if (declaration.Purpose == purpose)
            {
                return declaration;
            }
        }

        return null;
    }

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

    /// <summary>
    /// How the privacy statement names the <see cref="RetentionFrom"/> member's moment, from its
    /// <c>[RetentionMoment(Dutch = ..., English = ...)]</c>: "na de factuurdatum" / "after the invoice date". The
    /// <see cref="RetentionFromStart"/> wording follows it; <see langword="null"/> when that member names none
    /// (the statement then gives the period and the start wording, never the record anchor's words) or when the
    /// member counts from the anchor.
    /// </summary>
    public RetentionAnchorText? RetentionFromText { get; init; }

    /// <summary>The first of the member's purposes whose legal basis is a legal obligation, if any: what keeps it from erasure.</summary>
    public Purpose? LegalObligation { get; private set; }

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

    private static PurposeDeclaration[] BuiltInDeclarations(Purpose purposes)
    {
        var declarations = new List<PurposeDeclaration>();
        foreach (Purpose purpose in SinglePurposes)
        {
            if ((purposes & purpose) != 0 && PurposeDeclaration.BuiltIn(purpose) is { } declaration)
            {
                declarations.Add(declaration);
            }
        }

        return declarations.ToArray();
    }

    /// <summary>Takes <paramref name="declarations"/> as the member's, and derives its legal bases and legal obligation from them.</summary>
    private void Resolve(IReadOnlyList<PurposeDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        Span<bool> seen = stackalloc bool[5];
        Purpose covered = Purpose.None;
        Purpose? obligation = null;
        int count = 0;
        foreach (PurposeDeclaration declaration in declarations)
        {
            ArgumentNullException.ThrowIfNull(declaration, nameof(declarations));

            // Fail closed: a basis for a purpose the member is not processed for would be printed as if it were.
            if ((Purposes & declaration.Purpose) == 0 || (covered & declaration.Purpose) != 0)
            {
                throw new ArgumentException($"The declarations of member '{Name}' name a purpose it is not processed for, or one twice.", nameof(declarations));
            }

            covered |= declaration.Purpose;
            int basis = (int)declaration.LegalBasis;
            if (!seen[basis])
            {
                seen[basis] = true;
                count++;
            }

            if (declaration.LegalBasis == LegalBasis.LegalObligation && (obligation is null || declaration.Purpose < obligation))
            {
                obligation = declaration.Purpose;
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

        _declarations = declarations is PurposeDeclaration[] array ? Array.AsReadOnly(array) : declarations;
        LegalBases = bases;
        LegalObligation = obligation;
    }
}
