using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Semantics;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// PRIV018: a <c>[NotPersonalData]</c> member whose type holds personal data: a personal-data type, a nullable,
/// array, collection, dictionary or other generic type of one, or a type whose members hold one at any depth. Generated
/// code copies a <c>[NotPersonalData]</c> member as it is, so its personal data would leave in clear. PRIV019: an open
/// <c>[NotPersonalData]</c> member (object, an interface, ...) that generated code cannot check at run time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NotPersonalDataAnalyzer : PrivacyAnalyzer
{
    // Far deeper than any domain model nests; a path past it is cut, and the type is taken to hold no personal data
    // there (the generated code does not follow it either).
    private const int MaxDepth = 16;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.NotPersonalDataHoldsPersonalData, DiagnosticDescriptors.OpenNotPersonalDataUnchecked);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
        => context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, symbols), SymbolKind.NamedType);

    private static void AnalyzeType(SymbolAnalysisContext context, PrivacySymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!DataMembers.IsCandidate(type))
        {
            return;
        }

        foreach (ISymbol member in type.GetMembers())
        {
            if (member.Kind is not (SymbolKind.Field or SymbolKind.Property) || member.IsStatic || member.IsImplicitlyDeclared || member.Locations.Length == 0)
            {
                continue;
            }

            // Both attributes on one member is PRIV004's conflict.
            MemberAttributes attributes = symbols.Read(member);
            if (!attributes.IsNotPersonalData || attributes.IsPersonalData || member is IPropertySymbol { IsIndexer: true })
            {
                continue;
            }

            if (PathToPersonalData(DataMembers.TypeOf(member), member.Name, symbols) is { } path)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.NotPersonalDataHoldsPersonalData,
                    member.Locations[0],
                    type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    member.Name,
                    path));
            }
        }

        ReportUncheckedOpenMembers(context, type, symbols);
    }

    /// <summary>
    /// PRIV019: an open <c>[NotPersonalData]</c> member of a type with generated code that the copy cannot check at run
    /// time. A type that cannot be copied at all is PRIV007's to report; its generated copy throws rather than copy.
    /// </summary>
    private static void ReportUncheckedOpenMembers(SymbolAnalysisContext context, INamedTypeSymbol type, PrivacySymbols symbols)
    {
        if (type.DeclaringSyntaxReferences.Length == 0 || !GenerationRule.IsGenerated(type, symbols) || CopyRule.Decide(type, symbols).Strategy == Model.CopyStrategy.None)
        {
            return;
        }

        foreach ((ISymbol member, string reason) in OpenMembers.Unchecked(type, symbols))
        {
            // An inherited member is reported at the type that copies it, with the base's name.
            bool own = SymbolEqualityComparer.Default.Equals(member.ContainingType, type) && member.Locations.Length > 0 && member.Locations[0].IsInSource;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.OpenNotPersonalDataUnchecked,
                own ? member.Locations[0] : type.Locations[0],
                (own ? type : member.ContainingType).ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                member.Name,
                reason));
        }
    }

    /// <summary>
    /// Where a value of <paramref name="type"/>, held by the member <paramref name="start"/>, holds personal data: the
    /// path of member names (<c>[]</c> for a collection's elements, <c>&lt;&gt;</c> for another generic type's
    /// argument) and the type with personal data at its end; <see langword="null"/> when it holds none.
    /// </summary>
    internal static string? PathToPersonalData(ITypeSymbol type, string start, PrivacySymbols symbols)
    {
        var visited = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        return Find(type, start, symbols, visited, depth: 0);
    }

    private static string? Find(ITypeSymbol type, string path, PrivacySymbols symbols, HashSet<ITypeSymbol> visited, int depth)
    {
        type = MemberTypes.UnwrapNullable(type);
        if (depth > MaxDepth || (type.SpecialType != SpecialType.None && type is not INamedTypeSymbol { IsGenericType: true }) || type.TypeKind is TypeKind.Enum or TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Delegate)
        {
            return null;
        }

        if (IsPersonalDataType(type, symbols))
        {
            return $"'{path}' is a '{MemberTypes.FullName(type)}', which holds personal data";
        }

        // A type met again (a cycle such as Customer.Account.Owner, or a type many members share) adds nothing the first
        // visit did not find: each type is explored once per member, so an entity model with many links costs its size,
        // not its number of paths.
        if (!visited.Add(type))
        {
            return null;
        }

        if (type is IArrayTypeSymbol array)
        {
            return Find(array.ElementType, path + "[]", symbols, visited, depth + 1);
        }

        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        // A collection's elements (a dictionary's values), also of a collection type of the user's own
        // (class Contacts : List<Contact>), then any other type argument (a dictionary's keys, Lazy<Contact>).
        ITypeSymbol element = MemberTypes.ElementOf(named);
        bool isCollection = !SymbolEqualityComparer.Default.Equals(element, named);
        if (isCollection && Find(element, path + "[]", symbols, visited, depth + 1) is { } inElement)
        {
            return inElement;
        }

        foreach (ITypeSymbol argument in named.TypeArguments)
        {
            if (!(isCollection && SymbolEqualityComparer.Default.Equals(MemberTypes.UnwrapNullable(argument), element))
                && Find(argument, path + "<>", symbols, visited, depth + 1) is { } found)
            {
                return found;
            }
        }

        // The framework's and NodaTime's types hold no type of ours except through their type arguments.
        if (named.TypeKind is not (TypeKind.Class or TypeKind.Struct) || MemberTypes.IsLibraryType(named))
        {
            return null;
        }

        for (INamedTypeSymbol? current = named; current is not null && !MemberTypes.IsLibraryType(current); current = current.BaseType)
        {
            foreach (ISymbol member in DataMembers.Of(current))
            {
                if (Find(DataMembers.TypeOf(member), path + "." + member.Name, symbols, visited, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A type whose values are personal data by their own declaration: it has generated code (here or in a referenced
    /// assembly), declares or inherits a <c>[PersonalData]</c> or <c>[DataSubject]</c> member (with or without
    /// generated code: PRIV003), or is a type parameter constrained to <c>IPersonalData&lt;T&gt;</c>.
    /// </summary>
    private static bool IsPersonalDataType(ITypeSymbol type, PrivacySymbols symbols)
    {
        if (GenerationRule.RedactingType(type, symbols) is not null)
        {
            return true;
        }

        if (type is ITypeParameterSymbol)
        {
            return PersonalDataTypes.IsRedactedElementWise(type, symbols);
        }

        return type is INamedTypeSymbol named
               && !MemberTypes.IsLibraryType(named)
               && DataMembers.FirstInstanceMember(named, symbols, static attributes => attributes.IsPersonal, includeBaseTypes: true) is not null;
    }
}
