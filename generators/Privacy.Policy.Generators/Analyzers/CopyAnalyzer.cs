using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Model;
using Privacy.Policy.Generators.Parsing;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>PRIV007: the generator can make a redacted copy of every type it generates for.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CopyAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.CannotCopyForRedaction);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
        => context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, symbols), SymbolKind.NamedType);

    private static void AnalyzeType(SymbolAnalysisContext context, PrivacySymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!DataMembers.IsCandidate(type) || !TypeParser.IsGenerated(type, symbols) || TypeParser.ChooseCopy(type, symbols) != CopyStrategy.None)
        {
            return;
        }

        (ISymbol? member, string reason) = TypeParser.WhyNoCopy(type, symbols);
        Location location = member?.Locations.Length > 0 ? member.Locations[0] : type.Locations[0];
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.CannotCopyForRedaction,
            location,
            type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            reason));
    }
}
