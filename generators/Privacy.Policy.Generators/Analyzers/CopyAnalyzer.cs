using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Model;
using Privacy.Policy.Generators.Semantics;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>PRIV007: the generator can make a redacted copy of every type it generates for.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CopyAnalyzer : GeneratedTypeAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.CannotCopyForRedaction);

    /// <inheritdoc />
    private protected override void AnalyzeGeneratedType(SymbolAnalysisContext context, INamedTypeSymbol type, PrivacySymbols symbols)
    {
        CopyDecision copy = CopyRule.Decide(type, symbols);
        if (copy.Strategy != CopyStrategy.None)
        {
            return;
        }

        ISymbol? member = copy.Member;
        Location location = member?.Locations.Length > 0 ? member.Locations[0] : type.Locations[0];
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.CannotCopyForRedaction,
            location,
            type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            copy.Reason));
    }
}
