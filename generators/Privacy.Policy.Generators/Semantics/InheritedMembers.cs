using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Classification;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// Which inherited members a type's generated code is answerable for: those of the base types between it and the
/// nearest generated base type (which redacts its own and those above it), minus the ones this type overrides. What
/// nobody classified among them is erased where the copy can set it, and reported (PRIV001) either way.
/// </summary>
internal static class InheritedMembers
{
    /// <summary>
    /// The members <paramref name="type"/> inherits that nothing classifies and no generated base type redacts,
    /// with whether a redacted copy can set them.
    /// </summary>
    public static List<(ISymbol Member, bool CanErase)> Unclassified(INamedTypeSymbol type, PrivacySymbols symbols)
    {
        var result = new List<(ISymbol, bool)>();
        bool recordOrStruct = type.IsRecord || type.IsValueType;
        var overridden = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        DataMembers.AddOverridden(overridden, DataMembers.Of(type));
        for (INamedTypeSymbol? current = type.BaseType; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (GenerationRule.IsGenerated(current, symbols))
            {
                break;
            }

            List<ISymbol> members = DataMembers.Of(current);
            foreach (ISymbol member in members)
            {
                if (!symbols.Read(member).IsClassified && !overridden.Contains(member.OriginalDefinition))
                {
                    result.Add((member, Settability.IsSettableByDerivedCopy(member, recordOrStruct)));
                }
            }

            DataMembers.AddOverridden(overridden, members);
        }

        return result;
    }
}
