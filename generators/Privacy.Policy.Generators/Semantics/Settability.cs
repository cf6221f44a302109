using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Model;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// Which members a generated copy can assign. A <c>with</c> expression (records and structs) and an object
/// initializer can set <c>init</c> members; a <c>MemberwiseClone</c> copy can set only a setter or a non-readonly
/// field; a derived type's code cannot set a base member that is private or has a private setter.
/// </summary>
internal static class Settability
{
    /// <summary>Whether the member can be assigned after construction: a non-readonly field or a property with <c>set</c>.</summary>
    public static bool IsSettable(ISymbol member) => member switch
    {
        IFieldSymbol field => !field.IsReadOnly && !field.IsConst,
        IPropertySymbol { SetMethod.IsInitOnly: false } => true,
        _ => false,
    };

    /// <summary>Whether the member can be assigned in an object initializer or <c>with</c> expression.</summary>
    public static bool IsInitOrSettable(ISymbol member) => member switch
    {
        IFieldSymbol field => !field.IsReadOnly && !field.IsConst,
        IPropertySymbol { SetMethod: not null } => true,
        _ => false,
    };

    /// <summary>
    /// Whether a copy of a type copied with <c>init</c> access (<paramref name="copiedWithInit"/>: a record or a struct,
    /// by a <c>with</c> expression) or else by <c>MemberwiseClone</c> can assign <paramref name="member"/>.
    /// </summary>
    public static bool IsSettableByCopy(ISymbol member, bool copiedWithInit)
        => copiedWithInit ? IsInitOrSettable(member) : IsSettable(member);

    /// <summary>
    /// Whether the generated copy sets <paramref name="member"/> of the type itself: a setter, or <c>init</c> where the
    /// copy is a <c>with</c> expression or an object initializer.
    /// </summary>
    public static bool IsSettableByCopy(ISymbol member, bool copiedWithInit, CopyStrategy copy)
        => IsSettableByCopy(member, copiedWithInit || copy == CopyStrategy.Initializer);

    /// <summary>Whether the copy made by a derived type's generated code can assign the inherited <paramref name="member"/>.</summary>
    public static bool IsSettableByDerivedCopy(ISymbol member, bool copiedWithInit)
        => IsSettableByCopy(member, copiedWithInit) && IsAccessibleFromDerived(member);

    /// <summary>Whether generated code in a derived type can assign <paramref name="member"/>.</summary>
    public static bool IsAccessibleFromDerived(ISymbol member)
        => member.DeclaredAccessibility != Accessibility.Private
           && (member is not IPropertySymbol { SetMethod: { } setter } || setter.DeclaredAccessibility != Accessibility.Private);
}
