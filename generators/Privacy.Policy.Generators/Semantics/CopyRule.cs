using System.Linq;
using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Model;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// How the generated code makes a redacted copy of a type, decided once with its reason. A record or a struct is
/// copied by a <c>with</c> expression, so every member it redacts needs <c>set</c> or <c>init</c>. A class is copied by
/// <c>MemberwiseClone</c> when every member it redacts has a setter and its generated base type (if any) is cloned
/// too; else, without a generated base type, by an object initializer, when it is not abstract, has a parameterless
/// constructor and every stored member up the hierarchy can be initialized. Otherwise no copy can be made (PRIV007),
/// and the decision names the member in the way and how to fix it.
/// </summary>
internal static class CopyRule
{
    /// <summary>How a redacted copy of <paramref name="type"/> is made, or why none can be.</summary>
    public static CopyDecision Decide(INamedTypeSymbol type, PrivacySymbols symbols)
    {
        bool recordOrStruct = type.IsRecord || type.IsValueType;

        // The first member the copy redacts but cannot set: with init access for a with expression, else a setter.
        ISymbol? notSettable = null;
        foreach (ISymbol member in DataMembers.Of(type))
        {
            MemberAttributes attributes = symbols.Read(member);
            bool redacted = attributes.IsPersonalData || attributes.IsDataSubject || PersonalDataTypes.ContainsPersonalData(DataMembers.TypeOf(member), symbols);
            if (redacted && !Settability.IsSettableByCopy(member, recordOrStruct))
            {
                notSettable = member;
                break;
            }
        }

        if (recordOrStruct)
        {
            return notSettable is null
                ? CopyDecision.By(CopyStrategy.With)
                : CopyDecision.Impossible(notSettable, notSettable is IFieldSymbol
                    ? $"field '{notSettable.Name}' is readonly, so a with expression cannot set it; remove readonly"
                    : $"'{notSettable.Name}' has no set or init accessor, so a with expression cannot set it; add {{ get; init; }}");
        }

        INamedTypeSymbol? personalBase = type.BaseType is { } baseType ? GenerationRule.RedactingType(baseType, symbols) : null;
        bool baseIsCloned = personalBase is null || Decide(personalBase, symbols).Strategy == CopyStrategy.Clone;
        if (notSettable is null && baseIsCloned)
        {
            return CopyDecision.By(CopyStrategy.Clone);
        }

        if (personalBase is null && !type.IsAbstract && HasParameterlessConstructor(type) && EveryMemberInitializable(type))
        {
            return CopyDecision.By(CopyStrategy.Initializer);
        }

        if (notSettable is not null)
        {
            string how = notSettable is IFieldSymbol ? "it is readonly" : Settability.IsInitOrSettable(notSettable) ? "it is init-only" : "it has no setter";
            return CopyDecision.Impossible(notSettable, $"'{notSettable.Name}' cannot be set on a clone because {how}; give it a setter (a private one is enough), make the class sealed with a parameterless constructor and settable or init-only members, or make it a record");
        }

        // Every member can be set, so the base type is what stops the clone.
        return CopyDecision.Impossible(null, $"its base type '{personalBase!.Name}' cannot be cloned for redaction");
    }

    private static bool HasParameterlessConstructor(INamedTypeSymbol type)
        => type.InstanceConstructors.Any(constructor => constructor.Parameters.Length == 0);

    /// <summary>Whether an object initializer can set every stored member of the type and of its base types.</summary>
    private static bool EveryMemberInitializable(INamedTypeSymbol type)
    {
        bool everyMemberInitializable = DataMembers.Of(type).All(Settability.IsInitOrSettable);
        for (INamedTypeSymbol? current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            everyMemberInitializable &= DataMembers.Of(current).All(member => member.DeclaredAccessibility != Accessibility.Private && Settability.IsInitOrSettable(member));
        }

        return everyMemberInitializable;
    }
}
