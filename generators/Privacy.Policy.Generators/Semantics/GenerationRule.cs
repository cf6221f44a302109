using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Privacy.Policy.Generators.Classification;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// Which types the generator writes code for. A type gets generated code when it declares a <c>[PersonalData]</c>
/// member (or derives from a generated type and classifies a member of its own), it and every type containing it are
/// partial, and nothing in it or its base types would turn the generated code into a compiler error: a hand-written
/// member with a name the generated code needs (PRIV010), or a value stored in an explicit interface implementation
/// (PRIV017). A type from a referenced assembly is generated when it implements <c>IPersonalData&lt;itself&gt;</c>.
/// The parser and every analyzer ask here, so they agree on which types have generated code.
/// </summary>
internal static class GenerationRule
{
    /// <summary>
    /// Whether the generator writes code for <paramref name="type"/>: it declares a <c>[PersonalData]</c> member and
    /// is partial, or it already implements <c>IPersonalData&lt;itself&gt;</c> (from a referenced assembly).
    /// </summary>
    public static bool IsGenerated(INamedTypeSymbol type, PrivacySymbols symbols)
        => symbols.GeneratedTypes.TryGetValue(type, out bool known)
            ? known
            : symbols.GeneratedTypes[type] = IsGeneratedUncached(type, symbols) && (type.DeclaringSyntaxReferences.Length == 0 || !IsRefused(type));

    /// <summary>
    /// Whether the generator would write code for <paramref name="type"/> if none of its members had a name the
    /// generated code needs: the types PRIV010 looks at.
    /// </summary>
    public static bool WouldBeGenerated(INamedTypeSymbol type, PrivacySymbols symbols) => IsGeneratedUncached(type, symbols);

    /// <summary>
    /// Whether generated code for <paramref name="type"/> would not compile, so the generator writes none: it or a base
    /// type declares by hand a member whose name the generated code needs (PRIV010; generating anyway would end the
    /// build on a compiler error before any analyzer runs), or stores a value in an explicit interface implementation,
    /// which generated code cannot name (PRIV017).
    /// </summary>
    public static bool IsRefused(INamedTypeSymbol type)
        => GeneratedNameClash.IsInTypeOrBases(type) || HasExplicitInterfaceMember(type);

    /// <summary>
    /// The member whose attribute makes the generator write code for <paramref name="type"/>, if any: its first
    /// personal-data member (<c>[PersonalData]</c> or <c>[DataSubject]</c>), else, when it derives from a type with
    /// generated code, its first classified member (<c>[NotPersonalData]</c>, <c>[RetentionAnchor]</c>). A derived
    /// type whose own members are all not personal data still holds its base's personal data, and gets its own
    /// <c>IPersonalData</c> implementation, so that every operation on it runs its own generated code.
    /// </summary>
    public static ISymbol? Trigger(INamedTypeSymbol type, PrivacySymbols symbols)
        => DataMembers.FirstInstanceMember(type, symbols, static attributes => attributes.IsPersonal, includeBaseTypes: false)
           ?? (type.BaseType is { } baseType && RedactingType(baseType, symbols) is not null
               ? DataMembers.FirstInstanceMember(type, symbols, static attributes => attributes.IsClassified, includeBaseTypes: false)
               : null);

    /// <summary>The nearest type, <paramref name="type"/> or a base of it, whose generated <c>Redact</c> redacts it.</summary>
    public static INamedTypeSymbol? RedactingType(ITypeSymbol type, PrivacySymbols symbols)
    {
        for (INamedTypeSymbol? current = type as INamedTypeSymbol; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (IsGenerated(current, symbols))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="type"/> and every type containing it are declared <c>partial</c> in source.</summary>
    public static bool IsPartialAll(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaringSyntaxReferences.Length == 0)
            {
                return false;
            }

            foreach (SyntaxReference reference in current.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsGeneratedUncached(INamedTypeSymbol type, PrivacySymbols symbols)
    {
        if (DataMembers.ImplementsPersonalDataOfItself(type))
        {
            return true;
        }

        return type.DeclaringSyntaxReferences.Length > 0
               && Trigger(type, symbols) is not null
               && IsPartialAll(type, CancellationToken.None);
    }

    /// <summary>Whether the generator must write nothing for <paramref name="type"/>: it has a member generated code cannot name.</summary>
    private static bool HasExplicitInterfaceMember(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (current.DeclaringSyntaxReferences.Length > 0
                && DataMembers.Of(current).Any(member => member is IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 }))
            {
                return true;
            }
        }

        return false;
    }
}
