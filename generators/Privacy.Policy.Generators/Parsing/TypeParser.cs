using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Model;

namespace Privacy.Policy.Generators.Parsing;

/// <summary>Reads a type with <c>[PersonalData]</c> members into the equatable model the emitter writes from.</summary>
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
        if (!DataMembers.IsCandidate(type) || !IsPartialAll(type, cancellationToken) || Analyzers.GeneratedNamesAnalyzer.HasNameTakenByGeneratedCode(type)
            || Analyzers.UnsupportedMembersAnalyzer.HasExplicitInterfaceMember(type))
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
        CopyStrategy copy = ChooseCopy(type, symbols);

        // An unclassified member (PRIV001 already fails the build) is erased only where the copy can set it, so that
        // the generated code adds no compiler errors of its own.
        var members = own
            .Select(member => ReadMember(member, symbols, symbols.Read(member).IsClassified || (copiedWithInit ? IsInitOrSettable(member) : IsSettable(member)), CopyCanSet(member, copiedWithInit, copy), cancellationToken))
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
        INamedTypeSymbol? personalBase = bases.LastOrDefault(candidate => IsGenerated(candidate, symbols));
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

                bool settable = copiedWithInit ? IsInitOrSettable(member) : IsSettable(member);
                bool redactedHere = i >= firstForeign && settable && IsAccessibleFromDerived(member);
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
            DirectBaseIsGenerated: type.BaseType is { } directBase && IsGenerated(directBase, symbols),
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

    /// <summary>
    /// Whether the generator writes code for <paramref name="type"/>: it declares a <c>[PersonalData]</c> member and
    /// is partial, or it already implements <c>IPersonalData&lt;itself&gt;</c> (from a referenced assembly).
    /// </summary>
    public static bool IsGenerated(INamedTypeSymbol type, PrivacySymbols symbols)
        => symbols.GeneratedTypes.TryGetValue(type, out bool known)
            ? known
            : symbols.GeneratedTypes[type] = IsGeneratedUncached(type, symbols) && (type.DeclaringSyntaxReferences.Length == 0 || (!Analyzers.GeneratedNamesAnalyzer.HasNameTakenByGeneratedCode(type) && !Analyzers.UnsupportedMembersAnalyzer.HasExplicitInterfaceMember(type)));

    /// <summary>
    /// Whether the generator would write code for <paramref name="type"/> if none of its members had a name the
    /// generated code needs: the types PRIV010 looks at.
    /// </summary>
    public static bool WouldBeGenerated(INamedTypeSymbol type, PrivacySymbols symbols) => IsGeneratedUncached(type, symbols);

    private static bool IsGeneratedUncached(INamedTypeSymbol type, PrivacySymbols symbols)
    {
        if (DataMembers.ImplementsPersonalDataOfItself(type))
        {
            return true;
        }

        return type.DeclaringSyntaxReferences.Length > 0
               && GenerationTrigger(type, symbols) is not null
               && IsPartialAll(type, CancellationToken.None);
    }

    /// <summary>
    /// The member whose attribute makes the generator write code for <paramref name="type"/>, if any: its first
    /// personal-data member (<c>[PersonalData]</c> or <c>[DataSubject]</c>), else, when it derives from a type with
    /// generated code, its first classified member (<c>[NotPersonalData]</c>, <c>[RetentionAnchor]</c>). A derived
    /// type whose own members are all not personal data still holds its base's personal data, and gets its own
    /// <c>IPersonalData</c> implementation, so that every operation on it runs its own generated code.
    /// </summary>
    public static ISymbol? GenerationTrigger(INamedTypeSymbol type, PrivacySymbols symbols)
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

    private static DataMember ReadMember(ISymbol member, PrivacySymbols symbols, bool redactedHere, bool canSet, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        MemberAttributes attributes = symbols.Read(member);
        ITypeSymbol memberType = DataMembers.TypeOf(member);
        ITypeSymbol element = MemberTypes.ElementOf(memberType);

        // What nobody classified is treated as personal data and erased: fail closed.
        bool isUnclassified = !attributes.IsClassified;
        bool isPersonal = attributes.IsPersonalData || attributes.IsDataSubject || isUnclassified;
        var category = attributes.IsPersonalData ? (CategoryValue)attributes.CategoryValue : CategoryValue.Identity;
        var format = (DataFormatValue)(attributes.NamedArgument(WellKnownNames.FormatProperty).Value as int? ?? 0);
        var asked = (RedactionKindValue)(attributes.NamedArgument(WellKnownNames.RedactionProperty).Value as int? ?? 0);
        int purposes = attributes.NamedArgument("Purposes").Value as int? ?? 0;
        string? retention = attributes.NamedArgument(WellKnownNames.RetentionProperty).Value as string;
        bool exportable = attributes.NamedArgument("Exportable").Value as bool? ?? true;
        RedactionKindValue kind = isPersonal ? FormatRules.Effective(asked, category, format, element) : RedactionKindValue.Default;

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
            Exportable: exportable && category != CategoryValue.Credentials,
            Value: ReadValue(memberType, isPersonal, format, kind, symbols, canSet),
            IsUnclassified: isUnclassified,
            IsVirtual: member is IPropertySymbol { IsSealed: false } property && (property.IsVirtual || property.IsOverride || property.IsAbstract)
                       && member.ContainingType is { IsSealed: false, IsValueType: false },
            IsOverride: member is IPropertySymbol { IsOverride: true },
            RedactedHere: redactedHere);
    }

    /// <summary>
    /// Whether the generated copy sets <paramref name="member"/> of the type itself: a setter, or <c>init</c> where the
    /// copy is a <c>with</c> expression or an object initializer.
    /// </summary>
    private static bool CopyCanSet(ISymbol member, bool copiedWithInit, CopyStrategy copy)
        => copiedWithInit || copy == CopyStrategy.Initializer ? IsInitOrSettable(member) : IsSettable(member);

    /// <summary>
    /// The <c>[NotPersonalData]</c> members of <paramref name="type"/>, which has generated code, whose values may be a
    /// personal-data type at run time but which the generated copy cannot check (PRIV019), with why: the copy cannot
    /// set the member (get-only, <c>init</c> in a class copied by <c>MemberwiseClone</c>, readonly, or inherited from a
    /// type without generated code and not settable from here), or the member is a collection of an open type that
    /// generated code cannot copy element by element (a set, a collection class, an array of arrays, open keys).
    /// Members of a generated base type are that type's to report.
    /// </summary>
    public static List<(ISymbol Member, string Reason)> UncheckedOpenMembers(INamedTypeSymbol type, PrivacySymbols symbols)
    {
        var result = new List<(ISymbol, string)>();
        CopyStrategy copy = ChooseCopy(type, symbols);
        bool copiedWithInit = type.IsRecord || type.IsValueType;
        List<ISymbol> own = DataMembers.Of(type);
        foreach (ISymbol member in own)
        {
            Check(member, CopyCanSet(member, copiedWithInit, copy));
        }

        var overridden = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        DataMembers.AddOverridden(overridden, own);
        for (INamedTypeSymbol? current = type.BaseType; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (IsGenerated(current, symbols))
            {
                break;
            }

            List<ISymbol> members = DataMembers.Of(current);
            foreach (ISymbol member in members)
            {
                if (!overridden.Contains(member.OriginalDefinition))
                {
                    Check(member, (copiedWithInit ? IsInitOrSettable(member) : IsSettable(member)) && IsAccessibleFromDerived(member));
                }
            }

            DataMembers.AddOverridden(overridden, members);
        }

        return result;

        void Check(ISymbol member, bool canSet)
        {
            MemberAttributes attributes = symbols.Read(member);
            if (!attributes.IsNotPersonalData || attributes.IsPersonalData || attributes.IsDataSubject)
            {
                return;
            }

            ITypeSymbol memberType = MemberTypes.UnwrapNullable(DataMembers.TypeOf(member));
            bool open;
            if (HoldsOpenElements(memberType, depth: 0))
            {
                CollectionShape shape = CollectionShapeOf(memberType, out ITypeSymbol element, out ITypeSymbol? key);
                ITypeSymbol bareElement = MemberTypes.UnwrapNullable(element);
                if (shape == CollectionShape.None || IsCollection(bareElement) || (key is not null && IsOpen(MemberTypes.UnwrapNullable(key))))
                {
                    result.Add((member, $"'{member.Name}' is a collection that generated code cannot copy element by element, so it cannot check each element; hold the values in an array, a List<T>, an IReadOnlyList<T> or a dictionary of them with keys that are not open types"));
                    return;
                }

                open = true;
            }
            else
            {
                open = !IsCollection(memberType) && IsOpen(memberType);
            }

            if (open && !canSet)
            {
                string how = member is IFieldSymbol ? "it is readonly" : IsInitOrSettable(member) ? "it is init-only and the type is copied by MemberwiseClone" : "it has no setter";
                if (!IsAccessibleFromDerived(member) && !SymbolEqualityComparer.Default.Equals(member.ContainingType, type))
                {
                    how = "it cannot be set from this type";
                }

                result.Add((member, $"the generated copy cannot set '{member.Name}' because {how}, so it cannot check its value; give it a setter (a private one is enough){(type.IsRecord || type.IsValueType ? " or init" : string.Empty)}"));
            }
        }
    }

    /// <summary>Whether <paramref name="type"/> is an array or a collection (not text), generic or not.</summary>
    private static bool IsCollection(ITypeSymbol type)
        => type.SpecialType != SpecialType.System_String
           && (type is IArrayTypeSymbol || !SymbolEqualityComparer.Default.Equals(MemberTypes.ElementOf(type), MemberTypes.UnwrapNullable(type)) || IsNonGenericCollection(type));

    /// <summary>A collection of <see cref="object"/> by its type (<c>ArrayList</c>, <c>Hashtable</c>): only the non-generic <c>IEnumerable</c>.</summary>
    private static bool IsNonGenericCollection(ITypeSymbol type)
        => type.SpecialType != SpecialType.System_String
           && (type.SpecialType == SpecialType.System_Collections_IEnumerable || type.AllInterfaces.Any(candidate => candidate.SpecialType == SpecialType.System_Collections_IEnumerable))
           && SymbolEqualityComparer.Default.Equals(MemberTypes.ElementOf(type), MemberTypes.UnwrapNullable(type));

    /// <summary>A type whose values may be a personal-data type at run time, and that is not itself a collection.</summary>
    private static bool IsOpen(ITypeSymbol type) => MayBePersonalDataAtRunTime(type) && !IsCollection(type);

    /// <summary>Whether a collection's elements, at any depth (a dictionary's keys too), are of an open type.</summary>
    private static bool HoldsOpenElements(ITypeSymbol type, int depth)
    {
        type = MemberTypes.UnwrapNullable(type);
        if (depth > 8 || !IsCollection(type))
        {
            return false;
        }

        if (IsNonGenericCollection(type))
        {
            return true;
        }

        ITypeSymbol element = MemberTypes.UnwrapNullable(type is IArrayTypeSymbol array ? array.ElementType : MemberTypes.ElementOf(type));
        if (IsOpen(element) || HoldsOpenElements(element, depth + 1))
        {
            return true;
        }

        return CollectionShapeOf(type, out _, out ITypeSymbol? key) == CollectionShape.Dictionary && key is not null && IsOpen(MemberTypes.UnwrapNullable(key));
    }

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
        CollectionShapeOf(MemberTypes.UnwrapNullable(type), out ITypeSymbol element, out _);
        ITypeSymbol bare = MemberTypes.UnwrapNullable(element);
        return RedactingType(bare, symbols) is not null || IsPersonalDataTypeParameter(bare);
    }

    private static bool ContainsPersonalData(ITypeSymbol type, PrivacySymbols symbols, int depth)
    {
        type = MemberTypes.UnwrapNullable(type);
        if (depth > 4 || type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        if (RedactingType(type, symbols) is not null || IsPersonalDataTypeParameter(type))
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

    /// <summary>Whether <c>PersonalDataJson.WriteValue</c> has an overload for values of <paramref name="type"/>.</summary>
    private static bool HasJsonOverload(ITypeSymbol type)
        => type.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_SByte
               or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
               or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double
               or SpecialType.System_Decimal or SpecialType.System_DateTime
           || MemberTypes.FullName(type) is "System.Guid" or "System.DateTimeOffset" or "System.Net.IPAddress" or "System.DateOnly" or "System.TimeOnly"
               or "NodaTime.Instant" or "NodaTime.LocalDate" or "NodaTime.LocalDateTime" or "NodaTime.OffsetDateTime"
               or "NodaTime.ZonedDateTime" or "NodaTime.Duration" or "NodaTime.Period";

    /// <summary>A type parameter constrained to <c>IPersonalData&lt;itself&gt;</c>, whose static <c>Redact</c> generated code can call.</summary>
    private static bool IsPersonalDataTypeParameter(ITypeSymbol type)
        => type is ITypeParameterSymbol parameter && parameter.ConstraintTypes.Any(constraint =>
            constraint is INamedTypeSymbol { MetadataName: "IPersonalData`1" } named
            && named.ContainingNamespace.ToDisplayString() == "Privacy.Policy"
            && SymbolEqualityComparer.Default.Equals(named.TypeArguments[0], parameter));

    /// <summary>Whether generated code in a derived type can assign <paramref name="member"/>.</summary>
    public static bool IsAccessibleFromDerived(ISymbol member)
        => member.DeclaredAccessibility != Accessibility.Private
           && (member is not IPropertySymbol { SetMethod: { } setter } || setter.DeclaredAccessibility != Accessibility.Private);

    /// <summary>
    /// The members <paramref name="type"/> inherits that nothing classifies and no generated base type redacts,
    /// with whether a redacted copy can set them.
    /// </summary>
    public static List<(ISymbol Member, bool CanErase)> UnclassifiedInherited(INamedTypeSymbol type, PrivacySymbols symbols)
    {
        var result = new List<(ISymbol, bool)>();
        bool recordOrStruct = type.IsRecord || type.IsValueType;
        var overridden = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        DataMembers.AddOverridden(overridden, DataMembers.Of(type));
        for (INamedTypeSymbol? current = type.BaseType; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (IsGenerated(current, symbols))
            {
                break;
            }

            List<ISymbol> members = DataMembers.Of(current);
            foreach (ISymbol member in members)
            {
                if (!symbols.Read(member).IsClassified && !overridden.Contains(member.OriginalDefinition))
                {
                    bool canErase = (recordOrStruct ? IsInitOrSettable(member) : IsSettable(member)) && IsAccessibleFromDerived(member);
                    result.Add((member, canErase));
                }
            }

            DataMembers.AddOverridden(overridden, members);
        }

        return result;
    }

    private static ValueShape ReadValue(ITypeSymbol memberType, bool isPersonal, DataFormatValue format, RedactionKindValue kind, PrivacySymbols symbols, bool canSet)
    {
        CollectionShape collection = CollectionShapeOf(memberType, out ITypeSymbol elementType, out ITypeSymbol? key);
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
        INamedTypeSymbol? redacting = RedactingType(bare, symbols);
        bool isNested = redacting is not null || IsPersonalDataTypeParameter(bare);
        string? nested = redacting is not null && !SymbolEqualityComparer.Default.Equals(redacting, bare)
            ? redacting.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
            : null;

        bool tooDeep = false;
        ElementKind kindOfElement;
        if (isNested)
        {
            kindOfElement = ElementKind.Nested;
        }
        else if (ContainsPersonalData(elementType, symbols))
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
            kindOfElement = canSet && MayBePersonalDataAtRunTime(bare) ? ElementKind.RuntimeChecked : ElementKind.Unchanged;
        }
        else if (bare.SpecialType == SpecialType.System_String)
        {
            kindOfElement = ElementKind.Text;
        }
        else if (kind == RedactionKindValue.Mask)
        {
            string bareName = MemberTypes.FullName(bare);
            kindOfElement = format switch
            {
                DataFormatValue.Timestamp when bare.SpecialType == SpecialType.System_DateTime || bareName is "System.DateTimeOffset" or "NodaTime.Instant" or "NodaTime.LocalDateTime" or "NodaTime.ZonedDateTime" or "NodaTime.OffsetDateTime"
                    => ElementKind.Timestamp,
                DataFormatValue.GeoCoordinate when bare.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal || MemberTypes.IsPairOfDoubles(bare)
                    => ElementKind.Coordinate,
                DataFormatValue.IpAddress when bareName == "System.Net.IPAddress" => ElementKind.IpAddress,
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
            KeyMayBePersonal: key is not null && isPersonal && KeyMayBePersonal(key, symbols));
    }

    /// <summary>
    /// Whether a personal-data dictionary's key may be personal data: text (PRIV016 warns), a type that holds personal
    /// data, or a type whose values may be one at run time. Numbers, dates, <c>Guid</c>s and enums are ids or buckets.
    /// </summary>
    private static bool KeyMayBePersonal(ITypeSymbol key, PrivacySymbols symbols)
    {
        ITypeSymbol bare = MemberTypes.UnwrapNullable(key);
        return bare.SpecialType == SpecialType.System_String || ContainsPersonalData(bare, symbols) || MayBePersonalDataAtRunTime(bare);
    }

    /// <summary>
    /// The collection shape generated code redacts element by element, with the element (and key) type; for any
    /// other type, <see cref="CollectionShape.None"/> and the type itself.
    /// </summary>
    public static CollectionShape CollectionShapeOf(ITypeSymbol type, out ITypeSymbol element, out ITypeSymbol? key)
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

    /// <summary>How a redacted copy of <paramref name="type"/> is made; <see cref="CopyStrategy.None"/> when it cannot be.</summary>
    public static CopyStrategy ChooseCopy(INamedTypeSymbol type, PrivacySymbols symbols)
    {
        var redacted = new List<ISymbol>();
        foreach (ISymbol member in DataMembers.Of(type))
        {
            MemberAttributes attributes = symbols.Read(member);
            bool nested = ContainsPersonalData(DataMembers.TypeOf(member), symbols);
            if (attributes.IsPersonalData || attributes.IsDataSubject || nested)
            {
                redacted.Add(member);
            }
        }

        if (type.IsRecord || type.IsValueType)
        {
            return redacted.All(IsInitOrSettable) ? CopyStrategy.With : CopyStrategy.None;
        }

        INamedTypeSymbol? personalBase = type.BaseType is { } baseType ? RedactingType(baseType, symbols) : null;
        if (redacted.All(IsSettable) && (personalBase is null || ChooseCopy(personalBase, symbols) == CopyStrategy.Clone))
        {
            return CopyStrategy.Clone;
        }

        bool hasParameterlessConstructor = type.InstanceConstructors.Any(constructor => constructor.Parameters.Length == 0);
        bool everyMemberInitializable = DataMembers.Of(type).All(IsInitOrSettable);
        for (INamedTypeSymbol? current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            everyMemberInitializable &= DataMembers.Of(current).All(member => member.DeclaredAccessibility != Accessibility.Private && IsInitOrSettable(member));
        }

        return personalBase is null && !type.IsAbstract && hasParameterlessConstructor && everyMemberInitializable
            ? CopyStrategy.Initializer
            : CopyStrategy.None;
    }

    /// <summary>Why <see cref="ChooseCopy"/> finds no way to copy <paramref name="type"/>, naming the member in the way.</summary>
    public static (ISymbol? Member, string Reason) WhyNoCopy(INamedTypeSymbol type, PrivacySymbols symbols)
    {
        bool recordOrStruct = type.IsRecord || type.IsValueType;
        foreach (ISymbol member in DataMembers.Of(type))
        {
            MemberAttributes attributes = symbols.Read(member);
            bool nested = ContainsPersonalData(DataMembers.TypeOf(member), symbols);
            if (!(attributes.IsPersonalData || attributes.IsDataSubject || nested))
            {
                continue;
            }

            if (recordOrStruct && !IsInitOrSettable(member))
            {
                return (member, member is IFieldSymbol
                    ? $"field '{member.Name}' is readonly, so a with expression cannot set it; remove readonly"
                    : $"'{member.Name}' has no set or init accessor, so a with expression cannot set it; add {{ get; init; }}");
            }

            if (!recordOrStruct && !IsSettable(member))
            {
                string how = member is IFieldSymbol ? "it is readonly" : IsInitOrSettable(member) ? "it is init-only" : "it has no setter";
                return (member, $"'{member.Name}' cannot be set on a clone because {how}; give it a setter (a private one is enough), make the class sealed with a parameterless constructor and settable or init-only members, or make it a record");
            }
        }

        INamedTypeSymbol? personalBase = type.BaseType is { } baseType ? RedactingType(baseType, symbols) : null;
        if (personalBase is not null && ChooseCopy(personalBase, symbols) != CopyStrategy.Clone)
        {
            return (null, $"its base type '{personalBase.Name}' cannot be cloned for redaction");
        }

        return (null, type.IsAbstract ? "it is abstract and its personal-data members cannot all be set on a clone" : "it has no parameterless constructor for a copy");
    }

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
                string? dutch = null;
                string? english = null;
                foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                {
                    switch (argument.Key, argument.Value.Value)
                    {
                        case ("Start", int value):
                            start = value;
                            break;
                        case ("Dutch", string text) when !string.IsNullOrWhiteSpace(text):
                            dutch = text;
                            break;
                        case ("English", string text) when !string.IsNullOrWhiteSpace(text):
                            english = text;
                            break;
                    }
                }

                return dutch is not null && english is not null ? (start, (dutch, english)) : (start, (null, null));
            }
        }

        return (0, (null, null));
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

    private static bool IsPartialAll(INamedTypeSymbol type, CancellationToken cancellationToken)
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
