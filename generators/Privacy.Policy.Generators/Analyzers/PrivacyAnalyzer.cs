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
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (PrivacySymbols.From(start.Compilation) is { } symbols)
            {
                OnCompilationStart(start, symbols);
            }
        });
    }

    /// <summary>Registers the analyzer's actions for a compilation that references Privacy.Policy.</summary>
    /// <param name="context">The compilation-start context.</param>
    /// <param name="symbols">The runtime's attribute types in this compilation.</param>
    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols);
}
