using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Semantics;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>PRIV008: a type with personal data does not write its own <c>ToString</c> (or a record's <c>PrintMembers</c>).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToStringAnalyzer : GeneratedTypeAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.HandWrittenToString);

    /// <inheritdoc />
    private protected override void AnalyzeGeneratedType(SymbolAnalysisContext context, INamedTypeSymbol type, PrivacySymbols symbols)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IMethodSymbol { IsImplicitlyDeclared: false } method
                && ((method.Name == "ToString" && method.Parameters.Length == 0) || (method.Name == "PrintMembers" && method.Parameters.Length == 1 && type.IsRecord))
                && GeneratedNameClash.IsHandWritten(method))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.HandWrittenToString,
                    method.Locations[0],
                    type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    method.Name == "ToString" ? "ToString()" : "PrintMembers"));
            }
        }
    }
}
