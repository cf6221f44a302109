using System;
using Microsoft.CodeAnalysis;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>The opt-in <c>PrivacyPolicyStrictNamespaces</c> MSBuild property.</summary>
internal static class StrictNamespaces
{
    private static readonly char[] Separators = [';', ',', ' ', '\t', '\r', '\n'];

    /// <summary>Splits the property into namespaces; separators are <c>;</c>, <c>,</c> and white space.</summary>
    public static string[] Parse(string? value)
        => string.IsNullOrWhiteSpace(value) ? [] : value!.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The strict namespace <paramref name="type"/> falls under (its own namespace or a parent of it), when the
    /// type is visible outside its assembly; otherwise <see langword="null"/>.
    /// </summary>
    public static string? Match(INamedTypeSymbol type, string[] strictNamespaces)
    {
        if (strictNamespaces.Length == 0 || type.IsStatic || !IsPublic(type))
        {
            return null;
        }

        string ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
        foreach (string strict in strictNamespaces)
        {
            if (ns == strict || (ns.Length > strict.Length && ns[strict.Length] == '.' && ns.StartsWith(strict, StringComparison.Ordinal)))
            {
                return strict;
            }
        }

        return null;
    }

    private static bool IsPublic(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }
}
