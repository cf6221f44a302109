using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Model;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// Which types are open: their values may be of a personal-data type the build cannot see (<see cref="object"/>,
/// <c>dynamic</c>, an interface, a user's class that may be derived from, a type parameter). A <c>[NotPersonalData]</c>
/// value of an open type is checked at run time by the generated copy; one of a closed type is checked at build time
/// (PRIV018).
/// </summary>
internal static class OpenTypes
{
    /// <summary>
    /// Whether a value of <paramref name="type"/> may be of a personal-data type the build cannot see: the type is
    /// <see cref="object"/> (or <c>dynamic</c>), an interface, a class of the user's that may be derived from, or a type parameter. A struct, a sealed
    /// class and a delegate are what they say, and PRIV018 looks at them.
    /// </summary>
    public static bool MayBePersonalDataAtRunTime(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        { TypeKind: TypeKind.Dynamic } => true,
        { SpecialType: SpecialType.System_Object } => true,
        { SpecialType: not SpecialType.None } => false,
        { TypeKind: TypeKind.Interface } => true,
        // A framework class (Uri, Exception, CultureInfo) is no personal-data type of ours, whatever derives from it.
        INamedTypeSymbol { TypeKind: TypeKind.Class, IsSealed: false, IsStatic: false } named => !MemberTypes.IsLibraryType(named),
        _ => false,
    };

    /// <summary>A type whose values may be a personal-data type at run time, and that is not itself a collection.</summary>
    public static bool IsOpen(ITypeSymbol type) => MayBePersonalDataAtRunTime(type) && !CollectionShapes.IsCollection(type);

    /// <summary>Whether a collection's elements, at any depth (a dictionary's keys too), are of an open type.</summary>
    public static bool HoldsOpenElements(ITypeSymbol type, int depth)
    {
        type = MemberTypes.UnwrapNullable(type);
        if (depth > 8 || !CollectionShapes.IsCollection(type))
        {
            return false;
        }

        if (CollectionShapes.IsNonGenericCollection(type))
        {
            return true;
        }

        ITypeSymbol element = MemberTypes.UnwrapNullable(type is IArrayTypeSymbol array ? array.ElementType : MemberTypes.ElementOf(type));
        if (IsOpen(element) || HoldsOpenElements(element, depth + 1))
        {
            return true;
        }

        return CollectionShapes.Of(type, out _, out ITypeSymbol? key) == CollectionShape.Dictionary && key is not null && IsOpen(MemberTypes.UnwrapNullable(key));
    }
}
