using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Emitting;
using Privacy.Policy.Generators.Parsing;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// PRIV010: no member of a type with personal data has a name the generated code uses. The names are the emitters'
/// own (<see cref="GeneratedNames.Reserved"/>), so the two cannot drift apart.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedNamesAnalyzer : GeneratedTypeAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.NameTakenByGeneratedCode);

    /// <inheritdoc />
    /// <remarks>A type with a clashing name gets no generated code, so this looks at the types that would get it.</remarks>
    private protected override bool AppliesTo(INamedTypeSymbol type, PrivacySymbols symbols) => TypeParser.WouldBeGenerated(type, symbols);

    /// <inheritdoc />
    private protected override void AnalyzeGeneratedType(SymbolAnalysisContext context, INamedTypeSymbol type, PrivacySymbols symbols)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || !ToStringAnalyzer.IsHandWritten(member) || UseOf(member) is not { } use)
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NameTakenByGeneratedCode,
                member.Locations[0],
                type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                member.Name,
                use));
        }
    }

    /// <summary>
    /// Whether <paramref name="type"/>, or a base type of it, declares by hand a member that would clash with the
    /// generated code: a derived type's generated members would hide an inherited one just as they clash with its own.
    /// </summary>
    internal static bool HasNameTakenByGeneratedCode(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (!member.IsImplicitlyDeclared
                    && (current.Equals(type, SymbolEqualityComparer.Default) || member.DeclaredAccessibility != Accessibility.Private)
                    && ToStringAnalyzer.IsHandWritten(member)
                    && UseOf(member) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>What the generated code uses the member's name for, when the member would clash with it.</summary>
    private static string? UseOf(ISymbol member)
    {
        // A method with another number of parameters is an overload, not a clash.
        int? parameters = (member as IMethodSymbol)?.Parameters.Length;
        foreach (ReservedMember reserved in GeneratedNames.Reserved)
        {
            if (reserved.Name == member.Name && reserved.ClashesWith(parameters))
            {
                return reserved.Use;
            }
        }

        return null;
    }
}
