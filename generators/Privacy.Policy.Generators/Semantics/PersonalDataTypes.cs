using System.Linq;
using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Classification;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// Which types hold personal data that generated code knows of, as the build sees them: a type with generated code
/// (or derived from one), a type parameter constrained to <c>IPersonalData&lt;itself&gt;</c>, and arrays, collections
/// and other generic types of them; and which of those generated code redacts element by element.
/// </summary>
internal static class PersonalDataTypes
{
    /// <summary>
    /// Whether values of <paramref name="type"/> hold personal data that generated code knows of: a personal-data type,
    /// a type parameter constrained to one, or an array, collection or other generic type of them, at any depth.
    /// </summary>
    public static bool ContainsPersonalData(ITypeSymbol type, PrivacySymbols symbols)
        => symbols.TypesHoldingPersonalData.TryGetValue(type, out bool known)
            ? known
            : symbols.TypesHoldingPersonalData[type] = ContainsPersonalData(type, symbols, depth: 0);

    /// <summary>
    /// Whether generated code redacts a member of <paramref name="type"/> element by element: a personal-data type
    /// itself, or an array, list, read-only list or dictionary of one.
    /// </summary>
    public static bool IsRedactedElementWise(ITypeSymbol type, PrivacySymbols symbols)
    {
        CollectionShapes.Of(MemberTypes.UnwrapNullable(type), out ITypeSymbol element, out _);
        ITypeSymbol bare = MemberTypes.UnwrapNullable(element);
        return GenerationRule.RedactingType(bare, symbols) is not null || IsPersonalDataTypeParameter(bare);
    }

    /// <summary>
    /// Whether a personal-data dictionary's key may be personal data: text (PRIV016 warns), a type that holds personal
    /// data, or a type whose values may be one at run time. Numbers, dates, <c>Guid</c>s and enums are ids or buckets.
    /// </summary>
    public static bool KeyMayBePersonal(ITypeSymbol key, PrivacySymbols symbols)
    {
        ITypeSymbol bare = MemberTypes.UnwrapNullable(key);
        return bare.SpecialType == SpecialType.System_String || ContainsPersonalData(bare, symbols) || OpenTypes.MayBePersonalDataAtRunTime(bare);
    }

    /// <summary>A type parameter constrained to <c>IPersonalData&lt;itself&gt;</c>, whose static <c>Redact</c> generated code can call.</summary>
    public static bool IsPersonalDataTypeParameter(ITypeSymbol type)
        => type is ITypeParameterSymbol parameter && parameter.ConstraintTypes.Any(constraint =>
            constraint is INamedTypeSymbol { MetadataName: "IPersonalData`1" } named
            && named.ContainingNamespace.ToDisplayString() == "Privacy.Policy"
            && SymbolEqualityComparer.Default.Equals(named.TypeArguments[0], parameter));

    private static bool ContainsPersonalData(ITypeSymbol type, PrivacySymbols symbols, int depth)
    {
        type = MemberTypes.UnwrapNullable(type);
        if (depth > 4 || type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        if (GenerationRule.RedactingType(type, symbols) is not null || IsPersonalDataTypeParameter(type))
        {
            return true;
        }

        return type switch
        {
            IArrayTypeSymbol array => ContainsPersonalData(array.ElementType, symbols, depth + 1),
            INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments.Any(argument => ContainsPersonalData(argument, symbols, depth + 1)),
            _ => false,
        };
    }

    /// <summary>
    /// Whether the member's type, or its collections' element type (collections of collections too), is a type with
    /// personal data of its own: what PRIV012/PRIV013 and the telecom rules leave to that type's own members.
    /// </summary>
    public static bool HoldsOwnPersonalData(ITypeSymbol type, PrivacySymbols symbols)
    {
        for (int depth = 0; depth < 4; depth++)
        {
            ITypeSymbol element = MemberTypes.UnwrapNullable(type);
            if (element is INamedTypeSymbol named && named.SpecialType == SpecialType.None && DataMembers.HoldsPersonalData(named, symbols))
            {
                return true;
            }

            // A type parameter constrained to IPersonalData<T>: whatever it is, it is personal data of its own.
            if (element is ITypeParameterSymbol parameter
                && parameter.ConstraintTypes.Any(static constraint => constraint.OriginalDefinition.ToDisplayString() == "Privacy.Policy.IPersonalData<TSelf>"))
            {
                return true;
            }

            ITypeSymbol inner = MemberTypes.ElementOf(element);
            if (SymbolEqualityComparer.Default.Equals(inner, element))
            {
                return false;
            }

            type = inner;
        }

        return false;
    }
}
