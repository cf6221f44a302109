using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// PRIV016: a <c>[PersonalData]</c> dictionary keyed by text or by a personal-data type. Generated code redacts,
/// erases and exports its values; its keys are copied as they are, so personal data in them would leave redacted.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DictionaryKeyAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.DictionaryKeysKept);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
        => context.RegisterSymbolAction(symbolContext => AnalyzeMember(symbolContext, symbols), SymbolKind.Field, SymbolKind.Property);

    private static void AnalyzeMember(SymbolAnalysisContext context, PrivacySymbols symbols)
    {
        ISymbol member = context.Symbol;
        if (member.IsStatic || !symbols.Read(member).IsPersonalData)
        {
            return;
        }

        ITypeSymbol type = MemberTypes.UnwrapNullable(DataMembers.TypeOf(member));
        if (Semantics.CollectionShapes.Of(type, out _, out ITypeSymbol? key) != Model.CollectionShape.Dictionary || key is null)
        {
            return;
        }

        // Text can hold anything (a phone number, an e-mail address); a personal-data type holds personal data by
        // definition. Numbers, dates and enums as keys are left alone: they are ids or buckets far more often.
        ITypeSymbol keyType = MemberTypes.UnwrapNullable(key);
        if (keyType.SpecialType == SpecialType.System_String || Semantics.PersonalDataTypes.ContainsPersonalData(keyType, symbols))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DictionaryKeysKept,
                member.Locations[0],
                member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                member.Name,
                MemberTypes.FullName(keyType)));
        }
    }
}
