using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Privacy.Policy.Generators.Classification;

/// <summary>Finds the members of a type that hold a value of each instance: its fields and stored properties.</summary>
internal static class DataMembers
{
    /// <summary>
    /// The instance fields and the instance properties with a backing store (auto-properties, positional record
    /// properties and properties that use <c>field</c>) that <paramref name="type"/> declares. Computed properties,
    /// indexers, events and compiler-made members such as a record's <c>EqualityContract</c> are left out.
    /// </summary>
    public static List<ISymbol> Of(INamedTypeSymbol type)
    {
        var members = type.GetMembers();
        var stored = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (ISymbol member in members)
        {
            if (member is IFieldSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                stored.Add(property);
            }
        }

        var result = new List<ISymbol>();
        foreach (ISymbol member in members)
        {
            if (member.IsStatic || member.IsImplicitlyDeclared)
            {
                continue;
            }

            switch (member)
            {
                case IFieldSymbol field when field.AssociatedSymbol is null:
                    result.Add(field);
                    break;
                case IPropertySymbol property when !property.IsIndexer && stored.Contains(property):
                    result.Add(property);
                    break;
            }
        }

        return result;
    }

    /// <summary>The type of a field or property.</summary>
    public static ITypeSymbol TypeOf(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => throw new System.ArgumentException("Not a field or property.", nameof(member)),
    };

    /// <summary>Whether <paramref name="type"/> or one of its base types declares a member that marks personal data.</summary>
    public static bool HoldsPersonalData(INamedTypeSymbol type, PrivacySymbols symbols)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.SpecialType == SpecialType.System_Object || current.SpecialType == SpecialType.System_ValueType)
            {
                break;
            }

            foreach (ISymbol member in current.GetMembers())
            {
                if (!member.IsStatic && member.Kind is SymbolKind.Field or SymbolKind.Property && symbols.Read(member).MarksPersonalData)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> declares a <c>[PersonalData]</c> instance member, the trigger for generation.</summary>
    public static ISymbol? FirstPersonalDataMember(INamedTypeSymbol type, PrivacySymbols symbols)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (!member.IsStatic && member.Kind is SymbolKind.Field or SymbolKind.Property && symbols.Read(member).IsPersonalData)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>Whether the analyzers look at <paramref name="type"/> at all: classes, structs and records from source.</summary>
    public static bool IsCandidate(INamedTypeSymbol type)
        => type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsImplicitlyDeclared;
}
