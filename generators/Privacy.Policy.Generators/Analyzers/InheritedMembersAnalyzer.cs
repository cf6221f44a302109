using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Semantics;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>PRIV009: a type with personal data does not inherit members nobody classified, or says what happens to them.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InheritedMembersAnalyzer : GeneratedTypeAnalyzer
{
    private const int NamesShown = 5;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnclassifiedInheritedMembers);

    /// <inheritdoc />
    private protected override void AnalyzeGeneratedType(SymbolAnalysisContext context, INamedTypeSymbol type, PrivacySymbols symbols)
    {
        List<(ISymbol Member, bool CanErase)> unclassified = InheritedMembers.Unclassified(type, symbols);
        if (unclassified.Count == 0)
        {
            return;
        }

        string kept = string.Join(", ", unclassified.Where(item => !item.CanErase).Select(item => item.Member.Name));
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnclassifiedInheritedMembers,
            type.Locations[0],
            type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            Names(unclassified.Select(item => $"{item.Member.ContainingType.Name}.{item.Member.Name}").ToList()),
            kept.Length == 0 ? string.Empty : $"; a copy cannot set {kept}, which keep their values"));
    }

    private static string Names(List<string> names)
        => names.Count <= NamesShown
            ? string.Join(", ", names)
            : string.Join(", ", names.Take(NamesShown)) + $" and {names.Count - NamesShown} more";
}
