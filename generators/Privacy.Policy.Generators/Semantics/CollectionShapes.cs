using System.Linq;
using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Model;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// Which collections generated code copies element by element: a one-dimensional array, a list (<c>List&lt;T&gt;</c>
/// and the interfaces it is read through), a read-only list and a dictionary (its values). Any other collection, and
/// text, is one value; what counts as a collection at all (to refuse what cannot be copied) is decided here too.
/// </summary>
internal static class CollectionShapes
{
    /// <summary>
    /// The collection shape generated code redacts element by element, with the element (and key) type; for any
    /// other type, <see cref="CollectionShape.None"/> and the type itself.
    /// </summary>
    public static CollectionShape Of(ITypeSymbol type, out ITypeSymbol element, out ITypeSymbol? key)
    {
        element = type;
        key = null;
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            element = array.ElementType;
            return CollectionShape.Array;
        }

        if (type is not INamedTypeSymbol { IsGenericType: true } named || named.SpecialType == SpecialType.System_String)
        {
            return CollectionShape.None;
        }

        switch (named.OriginalDefinition.ToDisplayString())
        {
            case "System.Collections.Generic.List<T>":
            case "System.Collections.Generic.IList<T>":
            case "System.Collections.Generic.ICollection<T>":
            case "System.Collections.Generic.IReadOnlyCollection<T>":
            case "System.Collections.Generic.IEnumerable<T>":
                element = named.TypeArguments[0];
                return CollectionShape.List;
            case "System.Collections.Generic.IReadOnlyList<T>":
                element = named.TypeArguments[0];
                return CollectionShape.ReadOnlyList;
            case "System.Collections.Generic.Dictionary<TKey, TValue>":
            case "System.Collections.Generic.IDictionary<TKey, TValue>":
            case "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>":
                key = named.TypeArguments[0];
                element = named.TypeArguments[1];
                return CollectionShape.Dictionary;
            default:
                return CollectionShape.None;
        }
    }

    /// <summary>Whether <paramref name="type"/> is an array or a collection (not text), generic or not.</summary>
    public static bool IsCollection(ITypeSymbol type)
        => type.SpecialType != SpecialType.System_String
           && (type is IArrayTypeSymbol || !SymbolEqualityComparer.Default.Equals(MemberTypes.ElementOf(type), MemberTypes.UnwrapNullable(type)) || IsNonGenericCollection(type));

    /// <summary>A collection of <see cref="object"/> by its type (<c>ArrayList</c>, <c>Hashtable</c>): only the non-generic <c>IEnumerable</c>.</summary>
    public static bool IsNonGenericCollection(ITypeSymbol type)
        => type.SpecialType != SpecialType.System_String
           && (type.SpecialType == SpecialType.System_Collections_IEnumerable || type.AllInterfaces.Any(candidate => candidate.SpecialType == SpecialType.System_Collections_IEnumerable))
           && SymbolEqualityComparer.Default.Equals(MemberTypes.ElementOf(type), MemberTypes.UnwrapNullable(type));
}
