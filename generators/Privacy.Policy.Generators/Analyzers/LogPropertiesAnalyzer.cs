using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Parsing;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>PRIV006: <c>[LogProperties]</c> is not used on a parameter whose type holds personal data.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LogPropertiesAnalyzer : DiagnosticAnalyzer
{
    internal const string LogPropertiesAttribute = "Microsoft.Extensions.Logging.LogPropertiesAttribute";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.LogPropertiesOnPersonalData);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (PrivacySymbols.From(start.Compilation) is { } symbols
                && start.Compilation.GetTypeByMetadataName(LogPropertiesAttribute) is { } logProperties)
            {
                start.RegisterSymbolAction(context => AnalyzeParameter(context, symbols, logProperties), SymbolKind.Parameter);
            }
        });
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
