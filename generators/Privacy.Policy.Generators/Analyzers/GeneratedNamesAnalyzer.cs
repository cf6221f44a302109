using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Semantics;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// PRIV010: no member of a type with personal data has a name the generated code uses. The names are the emitters'
/// own (<see cref="Emitting.GeneratedNames.Reserved"/>, read by <see cref="GeneratedNameClash"/>), so the two cannot drift apart.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedNamesAnalyzer : GeneratedTypeAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.NameTakenByGeneratedCode);

    /// <inheritdoc />
    /// <remarks>A type with a clashing name gets no generated code, so this looks at the types that would get it.</remarks>
    private protected override bool AppliesTo(INamedTypeSymbol type, PrivacySymbols symbols) => GenerationRule.WouldBeGenerated(type, symbols);

    /// <inheritdoc />
    private protected override void AnalyzeGeneratedType(SymbolAnalysisContext context, INamedTypeSymbol type, PrivacySymbols symbols)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || !GeneratedNameClash.IsHandWritten(member) || GeneratedNameClash.UseOf(member) is not { } use)
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
}
