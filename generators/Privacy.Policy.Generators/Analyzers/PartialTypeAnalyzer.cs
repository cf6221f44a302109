using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>PRIV003: a type with <c>[PersonalData]</c> members, and every type containing it, is <c>partial</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PartialTypeAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.TypeNotPartial);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
        => context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, symbols), SymbolKind.NamedType);

    private static void AnalyzeType(SymbolAnalysisContext context, PrivacySymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!DataMembers.IsCandidate(type) || DataMembers.FirstInstanceMember(type, symbols, static attributes => attributes.IsPersonal, includeBaseTypes: false) is not { } member)
        {
            return;
        }

        string typeName = type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (IsPartial(current, context, out Location? location))
            {
                continue;
            }

            string because = ReferenceEquals(current, type)
                ? $"it holds personal data in '{member.Name}'"
                : $"it contains '{typeName}', which holds personal data in '{member.Name}'";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.TypeNotPartial,
                location,
                current.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                because));
        }
    }

    private static bool IsPartial(INamedTypeSymbol type, SymbolAnalysisContext context, out Location? location)
    {
        location = null;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax declaration)
            {
                location ??= declaration.Identifier.GetLocation();
                if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
