using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>PRIV005: a <c>Format</c> fits the member's type, and the <c>Redaction</c> asked for is possible.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FormatAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.FormatDoesNotFit);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
        => context.RegisterSymbolAction(symbolContext => AnalyzeMember(symbolContext, symbols), SymbolKind.Field, SymbolKind.Property);

    private static void AnalyzeMember(SymbolAnalysisContext context, PrivacySymbols symbols)
    {
        ISymbol member = context.Symbol;
        MemberAttributes attributes = symbols.Read(member);
        ITypeSymbol declared = DataMembers.TypeOf(member);
        if (!member.IsStatic
            && Semantics.PersonalDataTypes.ContainsPersonalData(declared, symbols)
            && !Semantics.PersonalDataTypes.IsRedactedElementWise(declared, symbols)
            && member.ContainingType is { } containing
            && Semantics.GenerationRule.IsGenerated(containing, symbols))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.FormatDoesNotFit,
                member.Locations[0],
                containing.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                member.Name,
                $"a '{MemberTypes.FullName(declared)}' holds personal data generated code cannot copy element by element, so it is erased whole; use an array, List<T>, IReadOnlyList<T> or a dictionary of the personal-data type"));
            return;
        }

        if (attributes.PersonalData is not { } personalData)
        {
            return;
        }

        var format = (DataFormat)(attributes.NamedArgument(WellKnownNames.FormatProperty).Value as int? ?? 0);
        var redaction = (RedactionKind)(attributes.NamedArgument(WellKnownNames.RedactionProperty).Value as int? ?? 0);
        var category = (Category)attributes.CategoryValue;
        ITypeSymbol element = MemberTypes.ElementOf(DataMembers.TypeOf(member));

        string? problem = null;
        string argument = WellKnownNames.FormatProperty;
        ITypeSymbol memberType = MemberTypes.UnwrapNullable(DataMembers.TypeOf(member));
        if (!SymbolEqualityComparer.Default.Equals(element, memberType)
            && Semantics.CollectionShapes.Of(memberType, out _, out _) == Model.CollectionShape.None
            && !Semantics.PersonalDataTypes.ContainsPersonalData(memberType, symbols))
        {
            problem = $"a '{MemberTypes.FullName(memberType)}' is not redacted element by element, so it is erased whole; use an array, List<T>, IReadOnlyList<T> or a dictionary";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.FormatDoesNotFit,
                member.Locations[0],
                member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                member.Name,
                problem));
            return;
        }

        if (!FormatRules.Fits(format, element))
        {
            problem = $"format {format} does not fit a member whose values are '{MemberTypes.FullName(element)}'";
        }
        else if (FormatRules.WhyImpossible(redaction, category, format, element) is { } why)
        {
            problem = $"redaction {redaction} is impossible: {why}";
            argument = WellKnownNames.RedactionProperty;
        }

        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.FormatDoesNotFit,
                AttributeLocations.Of(personalData, argument, member, context.CancellationToken),
                member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                member.Name,
                problem));
        }
    }
}
