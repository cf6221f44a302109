using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Model;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// Which <c>[NotPersonalData]</c> members of open types the generated copy cannot check at run time (PRIV019): the
/// copy checks a value of an open type by replacing it, so it must be able to set the member, and it checks a
/// collection of them element by element, so it must be able to copy the collection.
/// </summary>
internal static class OpenMembers
{
    /// <summary>
    /// The <c>[NotPersonalData]</c> members of <paramref name="type"/>, which has generated code, whose values may be a
    /// personal-data type at run time but which the generated copy cannot check (PRIV019), with why: the copy cannot
    /// set the member (get-only, <c>init</c> in a class copied by <c>MemberwiseClone</c>, readonly, or inherited from a
    /// type without generated code and not settable from here), or the member is a collection of an open type that
    /// generated code cannot copy element by element (a set, a collection class, an array of arrays, open keys).
    /// Members of a generated base type are that type's to report.
    /// </summary>
    public static List<(ISymbol Member, string Reason)> Unchecked(INamedTypeSymbol type, PrivacySymbols symbols)
    {
        var result = new List<(ISymbol, string)>();
        CopyStrategy copy = CopyRule.Decide(type, symbols).Strategy;
        bool copiedWithInit = type.IsRecord || type.IsValueType;
        List<ISymbol> own = DataMembers.Of(type);
        foreach (ISymbol member in own)
        {
            Check(member, Settability.IsSettableByCopy(member, copiedWithInit, copy));
        }

        var overridden = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        DataMembers.AddOverridden(overridden, own);
        for (INamedTypeSymbol? current = type.BaseType; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (GenerationRule.IsGenerated(current, symbols))
            {
                break;
            }

            List<ISymbol> members = DataMembers.Of(current);
            foreach (ISymbol member in members)
            {
                if (!overridden.Contains(member.OriginalDefinition))
                {
                    Check(member, Settability.IsSettableByDerivedCopy(member, copiedWithInit));
                }
            }

            DataMembers.AddOverridden(overridden, members);
        }

        return result;

        void Check(ISymbol member, bool canSet)
        {
            MemberAttributes attributes = symbols.Read(member);
            if (!attributes.IsNotPersonalData || attributes.IsPersonalData || attributes.IsDataSubject)
            {
                return;
            }

            ITypeSymbol memberType = MemberTypes.UnwrapNullable(DataMembers.TypeOf(member));
            bool open;
            if (OpenTypes.HoldsOpenElements(memberType, depth: 0))
            {
                CollectionShape shape = CollectionShapes.Of(memberType, out ITypeSymbol element, out ITypeSymbol? key);
                ITypeSymbol bareElement = MemberTypes.UnwrapNullable(element);
                if (shape == CollectionShape.None || CollectionShapes.IsCollection(bareElement) || (key is not null && OpenTypes.IsOpen(MemberTypes.UnwrapNullable(key))))
                {
                    result.Add((member, $"'{member.Name}' is a collection that generated code cannot copy element by element, so it cannot check each element; hold the values in an array, a List<T>, an IReadOnlyList<T> or a dictionary of them with keys that are not open types"));
                    return;
                }

                open = true;
            }
            else
            {
                open = !CollectionShapes.IsCollection(memberType) && OpenTypes.IsOpen(memberType);
            }

            if (open && !canSet)
            {
                string how = member is IFieldSymbol ? "it is readonly" : Settability.IsInitOrSettable(member) ? "it is init-only and the type is copied by MemberwiseClone" : "it has no setter";
                if (!Settability.IsAccessibleFromDerived(member) && !SymbolEqualityComparer.Default.Equals(member.ContainingType, type))
                {
                    how = "it cannot be set from this type";
                }

                result.Add((member, $"the generated copy cannot set '{member.Name}' because {how}, so it cannot check its value; give it a setter (a private one is enough){(type.IsRecord || type.IsValueType ? " or init" : string.Empty)}"));
            }
        }
    }
}
