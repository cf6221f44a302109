using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Emitting;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// Which hand-written members clash with the members the generator writes: a member of the same name (and, for a
/// method, the same number of parameters) as one of the generated ones, declared in the user's source rather than in
/// a generated file. The generator writes nothing for a type with a clash (<see cref="GenerationRule.IsRefused"/>),
/// and PRIV010 names the member.
/// </summary>
internal static class GeneratedNameClash
{
    /// <summary>
    /// Whether <paramref name="type"/>, or a base type of it, declares by hand a member that would clash with the
    /// generated code: a derived type's generated members would hide an inherited one just as they clash with its own.
    /// </summary>
    public static bool IsInTypeOrBases(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (!member.IsImplicitlyDeclared
                    && (current.Equals(type, SymbolEqualityComparer.Default) || member.DeclaredAccessibility != Accessibility.Private)
                    && IsHandWritten(member)
                    && UseOf(member) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="member"/> is declared in the user's source, not in a file this package generated.</summary>
    public static bool IsHandWritten(ISymbol member)
    {
        foreach (Location location in member.Locations)
        {
            if (location.IsInSource && !location.SourceTree!.FilePath.EndsWith(".PersonalData.g.cs", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the generated code uses the member's name for, when the member would clash with it.</summary>
    public static string? UseOf(ISymbol member)
    {
        // A method with another number of parameters is an overload, not a clash.
        int? parameters = (member as IMethodSymbol)?.Parameters.Length;
        foreach (ReservedMember reserved in GeneratedNames.Reserved)
        {
            if (reserved.Name == member.Name && reserved.ClashesWith(parameters))
            {
                return reserved.Use;
            }
        }

        return null;
    }
}
