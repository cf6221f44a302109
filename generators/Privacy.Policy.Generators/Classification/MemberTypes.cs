using Microsoft.CodeAnalysis;

namespace Privacy.Policy.Generators.Classification;

/// <summary>Questions about member types that several rules ask.</summary>
internal static class MemberTypes
{
    /// <summary>
    /// Whether <paramref name="type"/> is the framework's or NodaTime's (its outermost namespace is <c>System</c>,
    /// <c>Microsoft</c> or <c>NodaTime</c>): such a type is no personal-data type of ours, nor holds one except through
    /// its type arguments.
    /// </summary>
    public static bool IsLibraryType(INamedTypeSymbol type)
    {
        INamespaceSymbol? ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { Name: "System" or "Microsoft" or "NodaTime" };
    }

    /// <summary>
    /// The type one value of the member has: <c>T</c> for <c>T?</c>, an array <c>T[]</c> or a collection of
    /// <c>T</c>, and <c>TValue</c> for a dictionary. A <see cref="string"/> is a value, not a collection of chars.
    /// </summary>
    public static ITypeSymbol ElementOf(ITypeSymbol type)
    {
        type = UnwrapNullable(type);
        if (type.SpecialType == SpecialType.System_String)
        {
            return type;
        }

        if (type is IArrayTypeSymbol array)
        {
            return UnwrapNullable(array.ElementType);
        }

        ITypeSymbol? element = null;
        foreach (INamedTypeSymbol candidate in AllInterfacesAndSelf(type))
        {
            string name = candidate.OriginalDefinition.ToDisplayString();
            if (name is "System.Collections.Generic.IDictionary<TKey, TValue>" or "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>")
            {
                return UnwrapNullable(candidate.TypeArguments[1]);
            }

            if (element is null && name == "System.Collections.Generic.IEnumerable<T>")
            {
                element = candidate.TypeArguments[0];
            }
        }

        return element is null ? type : UnwrapNullable(element);
    }

    public static ITypeSymbol UnwrapNullable(ITypeSymbol type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;

    /// <summary>The fully qualified name of a type without <c>global::</c>, e.g. <c>NodaTime.Instant</c>.</summary>
    public static string FullName(ITypeSymbol type)
        => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    /// <summary>Whether the type is a tuple of two doubles, named or not: <c>(double Latitude, double Longitude)</c>.</summary>
    public static bool IsPairOfDoubles(ITypeSymbol type)
        => type is INamedTypeSymbol { IsTupleType: true } tuple
           && tuple.TupleElements.Length == 2
           && tuple.TupleElements[0].Type.SpecialType == SpecialType.System_Double
           && tuple.TupleElements[1].Type.SpecialType == SpecialType.System_Double;

    public static bool IsInteger(ITypeSymbol type) => type.SpecialType is
        SpecialType.System_SByte or SpecialType.System_Byte or
        SpecialType.System_Int16 or SpecialType.System_UInt16 or
        SpecialType.System_Int32 or SpecialType.System_UInt32 or
        SpecialType.System_Int64 or SpecialType.System_UInt64;

    /// <summary>Whether a <c>[DataSubject]</c> may sit on a member of this type: a string, a Guid or an integer.</summary>
    public static bool IsSubjectIdentifier(ITypeSymbol type)
    {
        type = UnwrapNullable(type);
        return type.SpecialType == SpecialType.System_String || IsInteger(type) || FullName(type) == "System.Guid";
    }

    /// <summary>Whether a <c>[RetentionAnchor]</c> may sit on a member of this type.</summary>
    public static bool IsAnchor(ITypeSymbol type)
    {
        type = UnwrapNullable(type);
        return type.SpecialType == SpecialType.System_DateTime || FullName(type) is
            "System.DateTimeOffset" or
            "NodaTime.Instant" or
            "NodaTime.LocalDate" or
            "NodaTime.LocalDateTime" or
            "NodaTime.ZonedDateTime" or
            "NodaTime.OffsetDateTime";
    }

    private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> AllInterfacesAndSelf(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol named)
        {
            yield return named;
        }

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            yield return implemented;
        }
    }
}
