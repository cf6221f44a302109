using System;
using Privacy.Policy.Vocabulary;

namespace Privacy.Policy;

/// <summary>
/// A purpose as the build resolved it for one member: its name, the legal basis it rests on (GDPR art. 6(1)), for a
/// legitimate interest the interest pursued (art. 13(1)(d)), its wording in the statement, and whether the person must
/// provide the data (art. 13(2)(e)). The source generator writes one for each purpose of each member, from the
/// built-in purposes, the <c>[assembly: ProcessingPurpose]</c> declarations of the compilation and the assemblies it
/// references, and the member's own <c>[PersonalData(LegalBasis = ...)]</c>; see <see cref="PersonalDataMember.Declarations"/>.
/// </summary>
/// <example>
/// <code>
/// PersonalDataMember member = Invoice.Descriptor.FindMember("Iban")!;
/// foreach (PurposeDeclaration purpose in member.Declarations)
/// {
///     Console.WriteLine($"{purpose.Name}: {purpose.LegalBasis} {purpose.Interest}");
/// }
/// </code>
/// </example>
public sealed class PurposeDeclaration
{
    /// <summary>Declares <paramref name="purpose"/>.</summary>
    /// <param name="purpose">One purpose flag: a built-in one, or one of the company's own (bits 16 to 30).</param>
    /// <param name="name">Its name in exports and records: the enum name of a built-in purpose.</param>
    /// <param name="legalBasis">What processing for it rests on.</param>
    /// <exception cref="ArgumentException"><paramref name="purpose"/> is not exactly one flag, <paramref name="name"/> is empty, or <paramref name="legalBasis"/> is not a defined basis.</exception>
    public PurposeDeclaration(Purpose purpose, string name, LegalBasis legalBasis)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (purpose <= 0 || (purpose & (purpose - 1)) != 0)
        {
            throw new ArgumentException("A declaration names exactly one purpose flag.", nameof(purpose));
        }

        if (legalBasis is < LegalBasis.Contract or > LegalBasis.LegitimateInterest)
        {
            throw new ArgumentException("The legal basis is not one of GDPR art. 6(1)'s.", nameof(legalBasis));
        }

        Purpose = purpose;
        Name = name;
        LegalBasis = legalBasis;
    }

    /// <summary>The purpose: one flag.</summary>
    public Purpose Purpose { get; }

    /// <summary>The purpose's name in exports and records, such as <c>Billing</c> or <c>NetworkPlanning</c>.</summary>
    public string Name { get; }

    /// <summary>What processing for the purpose rests on.</summary>
    public LegalBasis LegalBasis { get; }

    /// <summary>
    /// For <see cref="Policy.LegalBasis.LegitimateInterest"/>, the interest pursued as declared (the Dutch statement
    /// prints it); <see langword="null"/> otherwise.
    /// </summary>
    public string? Interest { get; init; }

    /// <summary>The interest as the English statement prints it; <see langword="null"/> when it is <see cref="Interest"/>.</summary>
    public string? EnglishInterest { get; init; }

    /// <summary>How the Dutch statement names the purpose; <see langword="null"/> for <see cref="Name"/>.</summary>
    public string? Dutch { get; init; }

    /// <summary>How the English statement names the purpose; <see langword="null"/> for <see cref="Name"/>.</summary>
    public string? English { get; init; }

    /// <summary>Whether the person must provide the data the purpose needs (GDPR art. 13(2)(e)).</summary>
    public ProvisionRequirement Requirement { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {LegalBasis}";

    /// <summary>The built-in declaration of <paramref name="purpose"/>; <see langword="null"/> when it is not a built-in flag.</summary>
    internal static PurposeDeclaration? BuiltIn(Purpose purpose)
        => PurposeRows.Of(purpose) is { LegalBasis: { } basis } row
            ? new PurposeDeclaration(purpose, purpose.ToString(), basis)
            {
                Interest = row.InterestDutch,
                EnglishInterest = row.InterestEnglish,
                Dutch = row.Dutch,
                English = row.English,
                Requirement = row.Requirement,
            }
            : null;

    /// <summary>Whether the two say the same: same purpose, name, basis, interest, wording and requirement.</summary>
    internal bool SameAs(PurposeDeclaration other)
        => Purpose == other.Purpose && Name == other.Name && LegalBasis == other.LegalBasis && Interest == other.Interest
           && EnglishInterest == other.EnglishInterest && Dutch == other.Dutch && English == other.English && Requirement == other.Requirement;
}
