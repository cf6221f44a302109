using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Privacy.Policy.Tool.Merging;

namespace Privacy.Policy.Tool.Catalogs;

/// <summary>
/// Checks that the services' catalogs can stand in one statement: a purpose flag means one thing company-wide (one
/// name, one legal basis, one interest: GDPR art. 13(1)(c) and (d) give each purpose one basis), and a type one
/// service describes, another must describe alike.
/// </summary>
internal static class CatalogMerger
{
    /// <summary>
    /// The catalogs to write the statement from: <paramref name="catalogs"/>, a type two of them describe alike kept
    /// in the first only. What they disagree on is added to <paramref name="disagreements"/>.
    /// </summary>
    public static IReadOnlyList<PersonalDataCatalog> Merge(IReadOnlyList<PersonalDataCatalog> catalogs, List<Disagreement> disagreements)
    {
        CheckDeclarations(catalogs, disagreements);

        var types = new Dictionary<string, (PersonalDataCatalog Catalog, JsonNode Json)>(StringComparer.Ordinal);
        var merged = new List<PersonalDataCatalog>();
        foreach (PersonalDataCatalog catalog in catalogs)
        {
            var kept = new List<PersonalDataDescriptor>();
            foreach (PersonalDataDescriptor descriptor in catalog.Descriptors)
            {
                JsonNode json = TypeJson(descriptor);
                if (!types.TryGetValue(descriptor.TypeName, out (PersonalDataCatalog Catalog, JsonNode Json) first))
                {
                    types[descriptor.TypeName] = (catalog, json);
                    kept.Add(descriptor);
                }
                else if (!JsonNode.DeepEquals(first.Json, json))
                {
                    disagreements.Add(new($"Type {descriptor.TypeName} is described differently by {first.Catalog.AssemblyName} and {catalog.AssemblyName}: its members, their classification or its retention differ."));
                }
            }

            merged.Add(kept.Count == catalog.Descriptors.Count
                ? catalog
                : new PersonalDataCatalog(catalog.AssemblyName, kept) { Declarations = catalog.Declarations });
        }

        return merged;
    }

    private static void CheckDeclarations(IReadOnlyList<PersonalDataCatalog> catalogs, List<Disagreement> disagreements)
    {
        var first = new Dictionary<Purpose, (PurposeDeclaration Declaration, string Assembly)>();
        foreach (PersonalDataCatalog catalog in catalogs)
        {
            foreach (PurposeDeclaration declaration in EffectiveDeclarations(catalog))
            {
                if (!first.TryGetValue(declaration.Purpose, out (PurposeDeclaration Declaration, string Assembly) earlier))
                {
                    first[declaration.Purpose] = (declaration, catalog.AssemblyName);
                    continue;
                }

                string[] differ = Differences(earlier.Declaration, declaration).ToArray();
                if (differ.Length > 0)
                {
                    PurposeDeclaration a = earlier.Declaration;
                    disagreements.Add(new(
                        $"Purpose {a.Name} (flag {(int)declaration.Purpose}) is declared differently: {a.LegalBasis} in {earlier.Assembly}, "
                        + $"{declaration.LegalBasis} in {catalog.AssemblyName}{(declaration.Name == a.Name ? string.Empty : $" (named {declaration.Name} there)")}; "
                        + $"{string.Join(", ", differ)} differ."));
                }
            }
        }
    }

    /// <summary>
    /// What each purpose the catalog's members use means in that service: its own <c>[assembly: ProcessingPurpose]</c>
    /// declaration, else the package's built-in one. A service that declares Marketing on legitimate interest and one
    /// that relies on the built-in consent basis disagree as much as two declarations do.
    /// </summary>
    private static IEnumerable<PurposeDeclaration> EffectiveDeclarations(PersonalDataCatalog catalog)
    {
        Purpose declared = 0;
        foreach (PurposeDeclaration declaration in catalog.Declarations)
        {
            declared |= declaration.Purpose;
            yield return declaration;
        }

        Purpose used = 0;
        foreach (PersonalDataDescriptor descriptor in catalog.Descriptors)
        {
            foreach (PersonalDataMember member in descriptor.Members)
            {
                used |= member.Purposes;
            }
        }

        for (int bit = 0; bit < 31; bit++)
        {
            var purpose = (Purpose)(1 << bit);
            if ((used & purpose) != 0 && (declared & purpose) == 0 && BuiltIn(purpose) is { } builtIn)
            {
                yield return builtIn;
            }
        }
    }

    /// <summary>The package's built-in declaration of <paramref name="purpose"/>, as a member left undeclared resolves it.</summary>
    private static PurposeDeclaration? BuiltIn(Purpose purpose)
        => new PersonalDataMember("probe", Category.Identity, purpose, null, DataFormat.FreeText, RedactionKind.Erase, exportable: false).DeclarationOf(purpose);

    private static IEnumerable<string> Differences(PurposeDeclaration a, PurposeDeclaration b)
    {
        if (a.Name != b.Name)
        {
            yield return "name";
        }

        if (a.LegalBasis != b.LegalBasis)
        {
            yield return "legal basis";
        }

        if (a.Interest != b.Interest || a.EnglishInterest != b.EnglishInterest)
        {
            yield return "interest";
        }

        if (a.Dutch != b.Dutch || a.English != b.English)
        {
            yield return "wording";
        }

        if (a.Requirement != b.Requirement)
        {
            yield return "requirement";
        }
    }

    /// <summary>The type as the catalog format writes it: two descriptors are alike when they write the same.</summary>
    private static JsonNode TypeJson(PersonalDataDescriptor descriptor)
        => JsonNode.Parse(new PersonalDataCatalog("type", [descriptor]).ToJson())!["types"]![0]!.DeepClone();
}
