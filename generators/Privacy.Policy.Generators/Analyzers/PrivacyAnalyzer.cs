using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// What every Privacy.Policy analyzer does first: skip generated code, run concurrently, and do nothing at all in a
/// compilation that does not reference Privacy.Policy.
/// </summary>
public abstract class PrivacyAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysis);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (PrivacySymbols.From(start.Compilation) is { } symbols)
            {
                OnCompilationStart(start, symbols);
            }
        });
    }

    /// <summary>
    /// Which generated code the analyzer sees: none by default. The compiler counts as generated code everything in a
    /// symbol marked <c>[GeneratedCode]</c>, including the user's own declaration of a partial method whose body a
    /// generator wrote; an analyzer that must see such declarations sees all and skips generated files itself.
    /// </summary>
    private protected virtual GeneratedCodeAnalysisFlags GeneratedCodeAnalysis => GeneratedCodeAnalysisFlags.None;

    /// <summary>Registers the analyzer's actions for a compilation that references Privacy.Policy.</summary>
    /// <param name="context">The compilation-start context.</param>
    /// <param name="symbols">The runtime's attribute types in this compilation.</param>
    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols);
}
