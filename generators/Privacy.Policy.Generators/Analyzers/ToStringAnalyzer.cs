using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Parsing;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>PRIV008: a type with personal data does not write its own <c>ToString</c> (or a record's <c>PrintMembers</c>).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToStringAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.HandWrittenToString);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (PrivacySymbols.From(start.Compilation) is { } symbols)
            {
                start.RegisterSymbolAction(context => AnalyzeType(context, symbols), SymbolKind.NamedType);
            }
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, PrivacySymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!DataMembers.IsCandidate(type) || !TypeParser.IsGenerated(type, symbols))
        {
            return;
        }

        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IMethodSymbol { IsImplicitlyDeclared: false } method
                && ((method.Name == "ToString" && method.Parameters.Length == 0) || (method.Name == "PrintMembers" && method.Parameters.Length == 1 && type.IsRecord))
                && IsHandWritten(method))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.HandWrittenToString,
                    method.Locations[0],
                    type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    method.Name == "ToString" ? "ToString()" : "PrintMembers"));
            }
        }
    }

    private static bool IsHandWritten(IMethodSymbol method)
    {
        foreach (Location location in method.Locations)
        {
            if (location.IsInSource && !location.SourceTree!.FilePath.EndsWith(".PersonalData.g.cs", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
