using System;
using System.Collections.Generic;
using Privacy.Policy.Vocabulary;

namespace Privacy.Policy.Consent;

/// <summary>
/// Which purposes the ledger records consent for: one flag whose declared legal basis is consent (GDPR art. 6(1)(a)).
/// The declaration is the explicit list given to the ledger when there is one, else the <c>[assembly: ProcessingPurpose]</c>
/// declarations of the loaded catalogs, else the built-in purpose's basis.
/// </summary>
internal sealed class ConsentPurposes
{
    private const int FirstCompanyBit = 16;
    private const int LastCompanyBit = 30;
    private readonly IReadOnlyList<PurposeDeclaration>? _declarations;

    public ConsentPurposes(IReadOnlyList<PurposeDeclaration>? declarations) => _declarations = declarations;

    /// <summary>The name of a consent purpose, to print; throws when <paramref name="purpose"/> does not rest on consent.</summary>
    public string Check(Purpose purpose)
    {
        if (purpose <= 0 || (purpose & (purpose - 1)) != 0 || !IsBuiltInOrCompany(purpose))
        {
            throw new ArgumentException($"Consent is recorded for exactly one purpose flag; {(int)purpose} is not one.", nameof(purpose));
        }

        PurposeDeclaration? declaration = Find(purpose);
        if (declaration is null)
        {
            throw new ArgumentException($"Purpose {(int)purpose} is not declared: declare it with [assembly: ProcessingPurpose] and LegalBasis.Consent before recording consent for it.", nameof(purpose));
        }

        if (declaration.LegalBasis != LegalBasis.Consent)
        {
            throw new ArgumentException(
                $"Purpose {declaration.Name} rests on {declaration.LegalBasis}, not on consent: the ledger records consent only for purposes whose declared basis is consent (GDPR art. 6(1)(a)). Asking consent for processing that rests on another basis misleads the person.",
                nameof(purpose));
        }

        return declaration.Name;
    }

    private static bool IsBuiltInOrCompany(Purpose purpose)
    {
        int bit = System.Numerics.BitOperations.Log2((uint)purpose);
        return PurposeRows.Of(purpose) is not null || bit is >= FirstCompanyBit and <= LastCompanyBit;
    }

    private PurposeDeclaration? Find(Purpose purpose)
    {
        if (_declarations is not null)
        {
            foreach (PurposeDeclaration declaration in _declarations)
            {
                if (declaration.Purpose == purpose)
                {
                    return declaration;
                }
            }

            return PurposeDeclaration.BuiltIn(purpose);
        }

        // Fail closed: when two loaded assemblies disagree, one declaring a basis other than consent wins.
        PurposeDeclaration? found = null;
        foreach (PersonalDataCatalog catalog in PersonalDataCatalog.Loaded)
        {
            foreach (PurposeDeclaration declaration in catalog.Declarations)
            {
                if (declaration.Purpose == purpose && (found is null || declaration.LegalBasis != LegalBasis.Consent))
                {
                    found = declaration;
                }
            }
        }

        return found ?? PurposeDeclaration.BuiltIn(purpose);
    }
}
