using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Semantics;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>An analyzer of the types the generator writes code for: classes, structs and records from source.</summary>
public abstract class GeneratedTypeAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    private protected sealed override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
        => context.RegisterSymbolAction(
            symbolContext =>
            {
                var type = (INamedTypeSymbol)symbolContext.Symbol;
                if (DataMembers.IsCandidate(type) && type.Locations.Length > 0 && AppliesTo(type, symbols))
                {
                    AnalyzeGeneratedType(symbolContext, type, symbols);
                }
            },
            SymbolKind.NamedType);

    /// <summary>Whether the analyzer looks at <paramref name="type"/>: by default, when the generator writes code for it.</summary>
    /// <param name="type">The type.</param>
    /// <param name="symbols">The runtime's attribute types in this compilation.</param>
    /// <returns>Whether to analyze it.</returns>
    private protected virtual bool AppliesTo(INamedTypeSymbol type, PrivacySymbols symbols) => GenerationRule.IsGenerated(type, symbols);

    /// <summary>Analyzes one type the generator writes code for.</summary>
    /// <param name="context">The symbol context, to report diagnostics.</param>
    /// <param name="type">The type.</param>
    /// <param name="symbols">The runtime's attribute types in this compilation.</param>
    private protected abstract void AnalyzeGeneratedType(SymbolAnalysisContext context, INamedTypeSymbol type, PrivacySymbols symbols);
}
