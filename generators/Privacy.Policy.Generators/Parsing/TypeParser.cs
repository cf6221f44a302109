using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Model;
using Privacy.Policy.Generators.Semantics;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Parsing;

/// <summary>
/// Reads a type with <c>[PersonalData]</c> members into the equatable model the emitter writes from. What the model
/// says (whether a type is generated for, how it is copied, what a member holds) is decided by the rules in
/// <c>Semantics/</c>, which the analyzers ask too; this class only reads symbols into the model.
/// </summary>
internal static class TypeParser
{
    public const string PersonalDataInterface = "Privacy.Policy.IPersonalData`1";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>
    /// The model of <paramref name="type"/>, or <see langword="null"/> when nothing is generated for it: it, or a type
    /// containing it, is not partial (PRIV003 says so), or it declares a member whose name the generated code needs
    /// (PRIV010 says so; generating anyway would end the build on a compiler error before any analyzer runs), or it
    /// or a base type stores a value in an explicit interface implementation, which generated code cannot name (PRIV017).
    /// </summary>
    public static PersonalDataType? Parse(INamedTypeSymbol type, PrivacySymbols symbols, CancellationToken cancellationToken)
    {
        if (!DataMembers.IsCandidate(type) || !GenerationRule.IsPartialAll(type, cancellationToken) || GenerationRule.IsRefused(type))
        {
            return null;
        }

        var containing = new List<ContainingType>();
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containing.Insert(0, new ContainingType(Keyword(outer), NameWithTypeParameters(outer)));
        }

        TypeShape shape = type.IsRecord
            ? (type.IsValueType ? TypeShape.RecordStruct : TypeShape.Record)
            : (type.IsValueType ? TypeShape.Struct : TypeShape.Class);

        List<ISymbol> own = DataMembers.Of(type);
        bool copiedWithInit = type.IsRecord || type.IsValueType;
        CopyStrategy copy = CopyRule.Decide(type, symbols).Strategy;

        // An unclassified member (PRIV001 already fails the build) is erased only where the copy can set it, so that
        // the generated code adds no compiler errors of its own.
        var members = own
            .Select(member => ReadMember(member, symbols, symbols.Read(member).IsClassified || Settability.IsSettableByCopy(member, copiedWithInit), Settability.IsSettableByCopy(member, copiedWithInit, copy), cancellationToken))
            .ToList();

        var inherited = new List<DataMember>();
        var inheritedSymbols = new List<ISymbol>();
        var bases = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = type.BaseType; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            bases.Insert(0, current);
        }

        // A generated base type redacts its own members and those of the types above it; members of the types between
        // it and this one are redacted here.
        INamedTypeSymbol? personalBase = bases.LastOrDefault(candidate => GenerationRule.IsGenerated(candidate, symbols));
        int firstForeign = personalBase is null ? 0 : bases.IndexOf(personalBase) + 1;
        List<ISymbol>[] baseMembers = bases.Select(DataMembers.Of).ToArray();
        var overridden = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        DataMembers.AddOverridden(overridden, own.Concat(baseMembers.SelectMany(members => members)));
        for (int i = 0; i < bases.Count; i++)
        {
            foreach (ISymbol member in baseMembers[i])
            {
                if (overridden.Contains(member.OriginalDefinition))
                {
                    continue;
                }

                bool redactedHere = i >= firstForeign && Settability.IsSettableByDerivedCopy(member, copiedWithInit);
                inheritedSymbols.Add(member);
                inherited.Add(ReadMember(member, symbols, redactedHere, redactedHere, cancellationToken));
            }
        }
        string? dataSubject = null;
        bool dataSubjectIsString = false;
        string? anchor = null;
        bool anchorIsNullable = false;
        int retentionStart = 0;
        (string? Dutch, string? English) anchorText = (null, null);
        foreach (ISymbol member in inheritedSymbols.Concat(own))
        {
            MemberAttributes attributes = symbols.Read(member);
            if (attributes.IsDataSubject)
            {
                if (dataSubject is null)
                {
                    dataSubject = member.Name;
                    dataSubjectIsString = DataMembers.TypeOf(member).SpecialType == SpecialType.System_String;
                }
            }

            // An anchor of a type retention cannot count from is PRIV004's to report; generated code ignores it
            // rather than add a compiler error of its own.
            if (attributes.IsRetentionAnchor && anchor is null && MemberTypes.IsAnchor(DataMembers.TypeOf(member)))
            {
                anchor = member.Name;
                anchorIsNullable = DataMembers.TypeOf(member) is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
                (retentionStart, anchorText) = ReadRetentionAnchor(member, symbols);
            }
        }

        string? ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        (string? Dutch, string? English) area = ReadServiceArea(type);
        bool userToString = DeclaresMethod(type, "ToString", parameterCount: 0);
        bool userPrintMembers = DeclaresMethod(type, "PrintMembers", parameterCount: 1);
        bool isRecordShape = shape is TypeShape.Record or TypeShape.RecordStruct;

        return new PersonalDataType(
            HintName: HintName(type),
            Namespace: ns,
            ContainingTypes: containing.ToEquatableArray(),
            Shape: shape,
            Name: type.Name,
            TypeParameters: TypeParameterList(type),
            FullyQualifiedName: type.ToDisplayString(TypeFormat),
            DisplayName: type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
            IsSealed: type.IsSealed || type.IsValueType,
            IsGeneric: type.IsGenericType || containingIsGeneric(type),
            IsAssemblyAccessible: IsAssemblyAccessible(type),
            Copy: copy,
            PersonalBaseType: personalBase?.ToDisplayString(TypeFormat),
            BaseIsRecord: type.BaseType is { IsRecord: true } && shape == TypeShape.Record,
            DirectBaseIsGenerated: type.BaseType is { } directBase && GenerationRule.IsGenerated(directBase, symbols),
            EmitToString: !isRecordShape && !userToString,
            EmitPrintMembers: isRecordShape && !userPrintMembers,
            Members: members.ToEquatableArray(),
            InheritedMembers: inherited.ToEquatableArray(),
            DataSubjectMember: dataSubject,
            DataSubjectIsString: dataSubjectIsString,
            RetentionAnchorMember: anchor,
            RetentionAnchorIsNullable: anchorIsNullable,
            RetentionStart: retentionStart,
            ServiceAreaDutch: area.Dutch,
            ServiceAreaEnglish: area.English,
            RetentionAnchorDutch: anchorText.Dutch,
            RetentionAnchorEnglish: anchorText.English);

        static bool containingIsGeneric(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                if (outer.IsGenericType)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static DataMember ReadMember(ISymbol member, PrivacySymbols symbols, bool redactedHere, bool canSet, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        MemberAttributes attributes = symbols.Read(member);
        ITypeSymbol memberType = DataMembers.TypeOf(member);
        ITypeSymbol element = MemberTypes.ElementOf(memberType);

        // What nobody classified is treated as personal data and erased: fail closed.
        bool isUnclassified = !attributes.IsClassified;
        bool isPersonal = attributes.IsPersonalData || attributes.IsDataSubject || isUnclassified;
        var category = attributes.IsPersonalData ? (Category)attributes.CategoryValue : Category.Identity;
        var format = (DataFormat)(attributes.NamedArgument(WellKnownNames.FormatProperty).Value as int? ?? 0);
        var asked = (RedactionKind)(attributes.NamedArgument(WellKnownNames.RedactionProperty).Value as int? ?? 0);
        int purposes = attributes.NamedArgument("Purposes").Value as int? ?? 0;
        string? retention = attributes.NamedArgument(WellKnownNames.RetentionProperty).Value as string;
        bool exportable = attributes.NamedArgument("Exportable").Value as bool? ?? true;
        RedactionKind kind = isPersonal ? FormatRules.Effective(asked, category, format, element) : RedactionKind.Default;

        // The member retention counts from, when it is one retention can count from (else PRIV023 fails the build, and
        // generated code does not add a compiler error of its own). A private member of a base type cannot be read by
        // a derived type's code: the name cannot even be written there.
        string? retentionFrom = null;
        bool retentionFromIsNullable = false;
        (string? Dutch, string? English) retentionFromText = (null, null);
        if (attributes.IsPersonalData && attributes.NamedArgument(WellKnownNames.RetentionFromProperty).Value is string fromName
            && RetentionFromTargets.Find(member.ContainingType, fromName) is { } target && RetentionFromTargets.IsValid(target))
        {
            retentionFrom = target.Name;
            retentionFromIsNullable = RetentionFromTargets.IsNullable(target);
            retentionFromText = ReadRetentionMoment(target, symbols);
        }

        int retentionFromStart = attributes.NamedArgument(WellKnownNames.RetentionFromStartProperty).Value as int? ?? 0;

        return new DataMember(
            Name: member.Name,
            Type: memberType.ToDisplayString(TypeFormat),
            IsPublic: member.DeclaredAccessibility == Accessibility.Public,
            IsPersonal: isPersonal,
            Category: (int)category,
            Purposes: purposes,
            Retention: retention,
            Format: (int)format,
            Redaction: (int)kind,
            Exportable: exportable && category != Category.Credentials,
            Value: ReadValue(memberType, isPersonal, format, kind, symbols, canSet),
            IsUnclassified: isUnclassified,
            IsVirtual: member is IPropertySymbol { IsSealed: false } property && (property.IsVirtual || property.IsOverride || property.IsAbstract)
                       && member.ContainingType is { IsSealed: false, IsValueType: false },
            IsOverride: member is IPropertySymbol { IsOverride: true },
            RedactedHere: redactedHere,
            LegalBasis: attributes.NamedArgument("LegalBasis").Value as int? ?? 0,
            Interest: attributes.NamedArgument("Interest").Value as string,
            ConsentPurposes: attributes.ConsentPurposes,
            Consent: attributes.ConsentRecord is null ? ConsentShape.None : ConsentShapeOf(memberType),
            RetentionFrom: retentionFrom,
            RetentionFromStart: retentionFrom is null ? 0 : retentionFromStart,
            RetentionFromIsNullable: retentionFromIsNullable,
            RetentionFromDutch: retentionFromText.Dutch,
            RetentionFromEnglish: retentionFromText.English);
    }

    /// <summary>How a <c>[ConsentRecord]</c> of <paramref name="type"/> says "no consent"; <see cref="ConsentShape.None"/> when it cannot (PRIV004).</summary>
    internal static ConsentShape ConsentShapeOf(ITypeSymbol type)
    {
        bool nullable = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
        ITypeSymbol value = MemberTypes.UnwrapNullable(type);
        if (value.SpecialType == SpecialType.System_Boolean)
        {
            return nullable ? ConsentShape.NullableBoolean : ConsentShape.Boolean;
        }

        // A date that cannot be null always says "consented since": it cannot record a refusal or a withdrawal.
        return nullable && MemberTypes.IsAnchor(value) ? ConsentShape.NullableMoment : ConsentShape.None;
    }

    /// <summary>Whether <c>PersonalDataJson.WriteValue</c> has an overload for values of <paramref name="type"/>.</summary>
    private static bool HasJsonOverload(ITypeSymbol type)
        => type.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_SByte
               or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
               or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double
               or SpecialType.System_Decimal or SpecialType.System_DateTime
           || MemberTypes.FullName(type) is "System.Guid" or "System.DateTimeOffset" or "System.Net.IPAddress" or "System.DateOnly" or "System.TimeOnly"
               or "NodaTime.Instant" or "NodaTime.LocalDate" or "NodaTime.LocalDateTime" or "NodaTime.OffsetDateTime"
               or "NodaTime.ZonedDateTime" or "NodaTime.Duration" or "NodaTime.Period";

    private static ValueShape ReadValue(ITypeSymbol memberType, bool isPersonal, DataFormat format, RedactionKind kind, PrivacySymbols symbols, bool canSet)
    {
        CollectionShape collection = CollectionShapes.Of(memberType, out ITypeSymbol elementType, out ITypeSymbol? key);
        string? keyType = key?.ToDisplayString(TypeFormat);
        string? collectionType;

        string elementName = elementType.ToDisplayString(TypeFormat);
        collectionType = collection switch
        {
            CollectionShape.List => $"global::System.Collections.Generic.List<{elementName}>",
            CollectionShape.Dictionary => $"global::System.Collections.Generic.Dictionary<{keyType}, {elementName}>",
            _ => null,
        };

        bool nullableValue = elementType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
        ITypeSymbol bare = MemberTypes.UnwrapNullable(elementType);
        // The type whose Redact to call: null when it is the element type itself (or a type parameter constrained to
        // personal data), which generated code redacts through redactor.Redact(value) and type inference.
        INamedTypeSymbol? redacting = GenerationRule.RedactingType(bare, symbols);
        bool isNested = redacting is not null || PersonalDataTypes.IsPersonalDataTypeParameter(bare);
        string? nested = redacting is not null && !SymbolEqualityComparer.Default.Equals(redacting, bare)
            ? redacting.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
            : null;

        bool tooDeep = false;
        ElementKind kindOfElement;
        if (isNested)
        {
            kindOfElement = ElementKind.Nested;
        }
        else if (PersonalDataTypes.ContainsPersonalData(elementType, symbols))
        {
            // Personal data deeper than one collection (a jagged array, a HashSet, a dictionary of lists): generated
            // code cannot copy it element by element, so it erases it whole (PRIV005 says so).
            kindOfElement = ElementKind.Neutral;
            tooDeep = true;
        }
        else if (!isPersonal)
        {
            // [NotPersonalData] is checked at build time (PRIV018) for what the type says; a value of an open type is
            // checked at run time, where the copy can replace it.
            // Element by element too, for the collections generated code copies (an array, a list, a dictionary's
            // values); a collection it cannot copy is PRIV018's to refuse.
            kindOfElement = canSet && OpenTypes.MayBePersonalDataAtRunTime(bare) ? ElementKind.RuntimeChecked : ElementKind.Unchanged;
        }
        else if (bare.SpecialType == SpecialType.System_String)
        {
            kindOfElement = ElementKind.Text;
        }
        else if (kind == RedactionKind.Mask)
        {
            string bareName = MemberTypes.FullName(bare);
            kindOfElement = format switch
            {
                DataFormat.Timestamp when bare.SpecialType == SpecialType.System_DateTime || bareName is "System.DateTimeOffset" or "NodaTime.Instant" or "NodaTime.LocalDateTime" or "NodaTime.ZonedDateTime" or "NodaTime.OffsetDateTime"
                    => ElementKind.Timestamp,
                DataFormat.GeoCoordinate when bare.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal || MemberTypes.IsPairOfDoubles(bare)
                    => ElementKind.Coordinate,
                DataFormat.IpAddress when bareName == "System.Net.IPAddress" => ElementKind.IpAddress,
                _ => ElementKind.Neutral,
            };
        }
        else
        {
            kindOfElement = ElementKind.Neutral;
        }

        return new ValueShape(
            Collection: collection,
            Element: kindOfElement,
            ElementType: elementName,
            ElementIsNullableValue: nullableValue,
            ElementIsReference: elementType.IsReferenceType || (elementType is ITypeParameterSymbol && !elementType.IsValueType),
            NestedType: nested,
            KeyType: keyType,
            CollectionType: collectionType,
            Json: isNested ? JsonWrite.Nested : bare.TypeKind == TypeKind.Enum ? JsonWrite.Enum : HasJsonOverload(bare) ? JsonWrite.Value : JsonWrite.Other,
            IsTooDeep: tooDeep,
            KeyMayBePersonal: key is not null && isPersonal && PersonalDataTypes.KeyMayBePersonal(key, symbols));
    }

    /// <summary>
    /// The anchor's <c>Start</c>, and its statement text when both <c>Dutch</c> and <c>English</c> are given and not
    /// blank (PRIV014 reports one without the other).
    /// </summary>
    private static (int Start, (string? Dutch, string? English) Text) ReadRetentionAnchor(ISymbol member, PrivacySymbols symbols)
    {
        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.RetentionAnchor))
            {
                int start = 0;
                foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                {
                    if (argument.Key == "Start" && argument.Value.Value is int value)
                    {
                        start = value;
                    }
                }

                return (start, ReadWords(attribute));
            }
        }

        return (0, (null, null));
    }

    /// <summary>
    /// The words of the <c>[RetentionMoment]</c> on <paramref name="target"/>, the member a <c>RetentionFrom</c> names,
    /// or on the property it overrides (the attribute is inherited); both or neither (PRIV014).
    /// </summary>
    private static (string? Dutch, string? English) ReadRetentionMoment(ISymbol target, PrivacySymbols symbols)
    {
        if (symbols.RetentionMoment is null)
        {
            return (null, null);
        }

        for (ISymbol? current = target; current is not null; current = (current as IPropertySymbol)?.OverriddenProperty)
        {
            foreach (AttributeData attribute in current.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.RetentionMoment))
                {
                    return ReadWords(attribute);
                }
            }
        }

        return (null, null);
    }

    /// <summary>An attribute's <c>Dutch</c> and <c>English</c> when both are given and not blank; otherwise neither.</summary>
    private static (string? Dutch, string? English) ReadWords(AttributeData attribute)
    {
        string? dutch = null;
        string? english = null;
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            switch (argument.Key, argument.Value.Value)
            {
                case ("Dutch", string text) when !string.IsNullOrWhiteSpace(text):
                    dutch = text;
                    break;
                case ("English", string text) when !string.IsNullOrWhiteSpace(text):
                    english = text;
                    break;
            }
        }

        return dutch is not null && english is not null ? (dutch, english) : (null, null);
    }

    private static bool DeclaresMethod(INamedTypeSymbol type, string name, int parameterCount)
    {
        foreach (ISymbol member in type.GetMembers(name))
        {
            if (member is IMethodSymbol { IsImplicitlyDeclared: false } method && method.Parameters.Length == parameterCount && method.DeclaringSyntaxReferences.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAssemblyAccessible(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, IsValueType: true } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Interface } => "interface",
        { IsValueType: true } => "struct",
        _ => "class",
    };

    private static string NameWithTypeParameters(INamedTypeSymbol type) => type.Name + TypeParameterList(type);

    private static string TypeParameterList(INamedTypeSymbol type)
        => type.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", type.TypeParameters.Select(parameter => parameter.Name)) + ">";

    private static string HintName(INamedTypeSymbol type)
    {
        var parts = new List<string>();
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            // Outer`1 becomes Outer-1: no C# name has a hyphen, so it cannot meet another type's hint name.
            parts.Insert(0, current.MetadataName.Replace('`', '-'));
        }

        if (!type.ContainingNamespace.IsGlobalNamespace)
        {
            parts.Insert(0, type.ContainingNamespace.ToDisplayString());
        }

        return string.Join(".", parts) + ".PersonalData.g.cs";
    }

    /// <summary>The type's own <c>[ServiceArea("Bellen", "Calls")]</c>, if it has one with two non-empty names.</summary>
    private static (string? Dutch, string? English) ReadServiceArea(INamedTypeSymbol type)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == WellKnownNames.ServiceAreaAttribute
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is string { Length: > 0 } dutch
                && attribute.ConstructorArguments[1].Value is string { Length: > 0 } english)
            {
                return (dutch, english);
            }
        }

        return (null, null);
    }
}
