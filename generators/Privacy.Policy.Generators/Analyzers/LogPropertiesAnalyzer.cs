using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Parsing;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>PRIV006: <c>[LogProperties]</c> is not used on a parameter whose type holds personal data.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LogPropertiesAnalyzer : PrivacyAnalyzer
{
    internal const string LogPropertiesAttribute = "Microsoft.Extensions.Logging.LogPropertiesAttribute";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.LogPropertiesOnPersonalData);

    /// <inheritdoc />
    /// <remarks>
    /// A <c>[LoggerMessage]</c> method is partial and Microsoft's logging generator writes its body with
    /// <c>[GeneratedCode]</c>, which makes the compiler count the user's declaration as generated code too. So this
    /// analyzer sees generated code, and skips generated files itself.
    /// </remarks>
    private protected override GeneratedCodeAnalysisFlags GeneratedCodeAnalysis
        => GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
    {
        if (context.Compilation.GetTypeByMetadataName(LogPropertiesAttribute) is { } logProperties)
        {
            context.RegisterSyntaxNodeAction(nodeContext => AnalyzeParameter(nodeContext, symbols, logProperties), SyntaxKind.Parameter);
        }
    }

    private static void AnalyzeParameter(SyntaxNodeAnalysisContext context, PrivacySymbols symbols, INamedTypeSymbol logProperties)
    {
        var syntax = (ParameterSyntax)context.Node;
        if (syntax.AttributeLists.Count == 0 || syntax.Type is null || GeneratedFiles.IsGenerated(syntax.SyntaxTree, context.Options, context.CancellationToken))
        {
            return;
        }

        foreach (AttributeListSyntax list in syntax.AttributeLists)
        {
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType: { } attributeType }
                    || !SymbolEqualityComparer.Default.Equals(attributeType, logProperties))
                {
                    continue;
                }

                ITypeSymbol? parameterType = context.SemanticModel.GetTypeInfo(syntax.Type, context.CancellationToken).Type;
                if (parameterType is not null
                    && MemberTypes.UnwrapNullable(parameterType) is INamedTypeSymbol named
                    && (TypeParser.RedactingType(named, symbols) is not null || DataMembers.HoldsPersonalData(named, symbols)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.LogPropertiesOnPersonalData,
                        attribute.GetLocation(),
                        named.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes))));
                }
            }
        }
    }
}
