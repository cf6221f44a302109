using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
    {
        if (context.Compilation.GetTypeByMetadataName(LogPropertiesAttribute) is { } logProperties)
        {
            context.RegisterSymbolAction(symbolContext => AnalyzeParameter(symbolContext, symbols, logProperties), SymbolKind.Parameter);
        }
    }

    private static void AnalyzeParameter(SymbolAnalysisContext context, PrivacySymbols symbols, INamedTypeSymbol logProperties)
    {
        var parameter = (IParameterSymbol)context.Symbol;
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, logProperties))
            {
                continue;
            }

            ITypeSymbol type = MemberTypes.UnwrapNullable(parameter.Type);
            if (type is INamedTypeSymbol named && (TypeParser.RedactingType(named, symbols) is not null || DataMembers.HoldsPersonalData(named, symbols)))
            {
                Location location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? parameter.Locations[0];
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.LogPropertiesOnPersonalData,
                    location,
                    named.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes))));
            }
        }
    }
}
