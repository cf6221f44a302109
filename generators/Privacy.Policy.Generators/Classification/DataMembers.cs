using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Privacy.Policy.Generators.Classification;

/// <summary>Finds the members of a type that hold a value of each instance: its fields and stored properties.</summary>
internal static class DataMembers
{
    /// <summary>
    /// The instance fields and the instance properties with a backing store (auto-properties, positional record
    /// properties and properties that use <c>field</c>) that <paramref name="type"/> declares. Computed properties,
    /// indexers, events and compiler-made members such as a record's <c>EqualityContract</c> are left out.
    /// </summary>
    /// <remarks>
    /// A type compiled elsewhere (a referenced project, or a package such as ASP.NET Core Identity) shows no private
    /// fields, so nothing tells its auto-properties from computed ones. There every instance property counts as
    /// stored, so that its members are classified, erased or reported rather than copied in clear: fail closed. A
    /// type compiled elsewhere with generated code of its own had every stored member classified (PRIV001), so there
    /// only the classified properties count, and its computed ones stay out.
    /// </remarks>
    public static List<ISymbol> Of(INamedTypeSymbol type)
    {
        var members = type.GetMembers();
        var stored = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        // A C# 13 partial property (MVVM Toolkit's [ObservableProperty]) is listed by its declaring part, while its
        // backing field belongs to the implementing part: a different symbol of the same name. Property names are
        // unique within a type, so the name finds it.
        var storedNames = new HashSet<string>();
        bool fromMetadata = type.DeclaringSyntaxReferences.IsEmpty;
        bool classifiedElsewhere = fromMetadata && ImplementsPersonalDataOfItself(type);
        foreach (ISymbol member in members)
        {
            if (member is IFieldSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                stored.Add(property);
                storedNames.Add(property.Name);
            }
            else if (fromMetadata && member is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } candidate
                     && !(type.IsRecord && candidate.Name == "EqualityContract")
                     && (!classifiedElsewhere || HasPrivacyAttribute(candidate)))
            {
                stored.Add(candidate);
            }
        }

        var result = new List<ISymbol>();
        foreach (ISymbol member in members)
        {
            if (member.IsStatic || member.IsImplicitlyDeclared)
            {
                continue;
            }

            switch (member)
            {
                case IFieldSymbol field when field.AssociatedSymbol is null:
                    result.Add(field);
                    break;
                case IPropertySymbol property when !property.IsIndexer && (stored.Contains(property) || storedNames.Contains(property.Name)):
                    result.Add(property);
                    break;
            }
        }

        return result;
    }

    /// <summary>
    /// Adds to <paramref name="overridden"/> the base-type properties that the stored <paramref name="members"/> of a
    /// type override: the override (<c>[PersonalData] public override string? Email { get; set; }</c> over
    /// <c>IdentityUser.Email</c>) is the member that holds the value and counts. An override without a store of its own
    /// (<c>get =&gt; base.Email</c>) is not a stored member, and leaves the base member counting. Overrides live in more
    /// derived types, so a walk from a type towards its bases can check each base's members before adding its own.
    /// </summary>
    public static void AddOverridden(HashSet<ISymbol> overridden, IEnumerable<ISymbol> members)
    {
        foreach (ISymbol member in members)
        {
            for (IPropertySymbol? property = (member as IPropertySymbol)?.OverriddenProperty; property is not null; property = property.OverriddenProperty)
            {
                overridden.Add(property.OriginalDefinition);
            }
        }
    }

    /// <summary>Whether <paramref name="type"/> implements <c>IPersonalData&lt;itself&gt;</c>: it has generated code.</summary>
    public static bool ImplementsPersonalDataOfItself(INamedTypeSymbol type)
    {
        foreach (INamedTypeSymbol implemented in type.Interfaces)
        {
            if (implemented.OriginalDefinition.MetadataName == "IPersonalData`1"
                && implemented.OriginalDefinition.ContainingNamespace.ToDisplayString() == "Privacy.Policy"
                && SymbolEqualityComparer.Default.Equals(implemented.TypeArguments[0], type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPrivacyAttribute(ISymbol member)
    {
        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { ContainingNamespace: { } ns } attributeClass
                && ns.ToDisplayString() == "Privacy.Policy"
                && attributeClass.Name is "PersonalDataAttribute" or "NotPersonalDataAttribute" or "DataSubjectAttribute" or "RetentionAnchorAttribute")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type of a field or property.</summary>
    public static ITypeSymbol TypeOf(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => throw new System.ArgumentException("Not a field or property.", nameof(member)),
    };

    /// <summary>Whether <paramref name="type"/> or one of its base types declares a member that marks personal data.</summary>
    public static bool HoldsPersonalData(INamedTypeSymbol type, PrivacySymbols symbols)
        => FirstInstanceMember(type, symbols, static attributes => attributes.MarksPersonalData, includeBaseTypes: true) is not null;

    /// <summary>
    /// The first instance field or property of <paramref name="type"/> (and, if asked, of its base types, nearest
    /// first) whose privacy attributes satisfy <paramref name="predicate"/>.
    /// </summary>
    public static ISymbol? FirstInstanceMember(INamedTypeSymbol? type, PrivacySymbols symbols, System.Func<MemberAttributes, bool> predicate, bool includeBaseTypes)
    {
        for (; type is not null && type.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); type = includeBaseTypes ? type.BaseType : null)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (!member.IsStatic && member.Kind is SymbolKind.Field or SymbolKind.Property && predicate(symbols.Read(member)))
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the analyzers look at <paramref name="type"/> at all: classes, structs and records from source.</summary>
    public static bool IsCandidate(INamedTypeSymbol type)
        => type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsImplicitlyDeclared;
}
