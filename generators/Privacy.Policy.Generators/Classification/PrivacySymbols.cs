using Microsoft.CodeAnalysis;

namespace Privacy.Policy.Generators.Classification;

/// <summary>
/// The runtime library's attribute types as seen by one compilation. Analyzers create it once per compilation and
/// do nothing when the compilation does not reference Privacy.Policy.
/// </summary>
internal sealed class PrivacySymbols
{
    private PrivacySymbols(
        INamedTypeSymbol personalData,
        INamedTypeSymbol notPersonalData,
        INamedTypeSymbol dataSubject,
        INamedTypeSymbol retentionAnchor,
        INamedTypeSymbol? consentRecord,
        INamedTypeSymbol? retentionMoment)
    {
        RetentionMoment = retentionMoment;
        ConsentRecord = consentRecord;
        PersonalData = personalData;
        NotPersonalData = notPersonalData;
        DataSubject = dataSubject;
        RetentionAnchor = retentionAnchor;
    }

    public INamedTypeSymbol PersonalData { get; }

    public INamedTypeSymbol NotPersonalData { get; }

    public INamedTypeSymbol DataSubject { get; }

    public INamedTypeSymbol RetentionAnchor { get; }

    /// <summary><c>[RetentionMoment]</c>; <see langword="null"/> with a runtime library older than it.</summary>
    public INamedTypeSymbol? RetentionMoment { get; }

    /// <summary><c>[ConsentRecord]</c>; <see langword="null"/> with a runtime library older than it.</summary>
    public INamedTypeSymbol? ConsentRecord { get; }

    /// <summary>
    /// Answers already worked out for this compilation, by type: whether the generator writes code for it. Every
    /// member typed with a domain type asks again, so analyzers ask the cache.
    /// </summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, bool> GeneratedTypes { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Answers already worked out for this compilation, by type: whether its values hold personal data.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, bool> TypesHoldingPersonalData { get; } = new(SymbolEqualityComparer.Default);

    public static PrivacySymbols? From(Compilation compilation)
    {
        INamedTypeSymbol? personalData = compilation.GetTypeByMetadataName(WellKnownNames.PersonalDataAttribute);
        INamedTypeSymbol? notPersonalData = compilation.GetTypeByMetadataName(WellKnownNames.NotPersonalDataAttribute);
        INamedTypeSymbol? dataSubject = compilation.GetTypeByMetadataName(WellKnownNames.DataSubjectAttribute);
        INamedTypeSymbol? retentionAnchor = compilation.GetTypeByMetadataName(WellKnownNames.RetentionAnchorAttribute);

        return personalData is null || notPersonalData is null || dataSubject is null || retentionAnchor is null
            ? null
            : new PrivacySymbols(personalData, notPersonalData, dataSubject, retentionAnchor, compilation.GetTypeByMetadataName(WellKnownNames.ConsentRecordAttribute), compilation.GetTypeByMetadataName(WellKnownNames.RetentionMomentAttribute));
    }

    /// <summary>Reads which of the privacy attributes <paramref name="member"/> carries.</summary>
    public MemberAttributes Read(ISymbol member)
    {
        AttributeData? personalData = null;
        bool notPersonalData = false;
        bool dataSubject = false;
        bool retentionAnchor = false;
        AttributeData? consentRecord = null;

        foreach (AttributeData attribute in member.GetAttributes())
        {
            INamedTypeSymbol? type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(type, PersonalData))
            {
                personalData = attribute;
            }
            else if (SymbolEqualityComparer.Default.Equals(type, NotPersonalData))
            {
                notPersonalData = true;
            }
            else if (SymbolEqualityComparer.Default.Equals(type, DataSubject))
            {
                dataSubject = true;
            }
            else if (SymbolEqualityComparer.Default.Equals(type, RetentionAnchor))
            {
                retentionAnchor = true;
            }
            else if (ConsentRecord is not null && SymbolEqualityComparer.Default.Equals(type, ConsentRecord))
            {
                consentRecord = attribute;
            }
        }

        return new MemberAttributes(personalData, notPersonalData, dataSubject, retentionAnchor, consentRecord);
    }
}
