using Microsoft.CodeAnalysis;

namespace Privacy.Policy.Generators.Classification;

/// <summary>
/// Finds the member a <c>[PersonalData(RetentionFrom = nameof(X))]</c> names: a field or property of the member's own
/// type or a base type, whose value the member's retention counts from. The generator reads it and PRIV023 reports a
/// name that finds none, or one whose type retention cannot count from, so both agree on what is valid.
/// </summary>
internal static class RetentionFromTargets
{
    /// <summary>The instance field or property named <paramref name="name"/> on <paramref name="type"/> or the nearest base type declaring one.</summary>
    public static ISymbol? Find(INamedTypeSymbol type, string name)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (ISymbol candidate in current.GetMembers(name))
            {
                if (!candidate.IsStatic && candidate is IFieldSymbol or IPropertySymbol { IsIndexer: false, GetMethod: not null })
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Whether retention can count from the member: a date or time type, as a <c>[RetentionAnchor]</c> takes, nullable or not.</summary>
    public static bool IsValid(ISymbol? target)
        => target is not null && MemberTypes.IsAnchor(DataMembers.TypeOf(target));

    /// <summary>Whether the member's value can be empty: a <see cref="System.Nullable{T}"/> of a date or time.</summary>
    public static bool IsNullable(ISymbol target)
        => DataMembers.TypeOf(target) is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
}
