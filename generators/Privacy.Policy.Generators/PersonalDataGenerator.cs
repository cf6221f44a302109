using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Emitting;
using Privacy.Policy.Generators.Model;
using Privacy.Policy.Generators.Parsing;

namespace Privacy.Policy.Generators;

/// <summary>
/// Implements <c>IPersonalData&lt;TSelf&gt;</c> on every partial type with <c>[PersonalData]</c> members: descriptor,
/// redaction, a <c>ToString</c> that shows personal data redacted, and a logging tag provider; and registers each
/// assembly's descriptors with <c>PersonalDataCatalog</c>. It reports no diagnostics: the analyzers do.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PersonalDataGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
    public static class TrackingNames
    {
        /// <summary>The model of each type, from its first <c>[PersonalData]</c> member.</summary>
        public const string Types = nameof(Types);

        /// <summary>The model of each positional record whose first <c>[PersonalData]</c> member is a parameter.</summary>
        public const string PositionalTypes = nameof(PositionalTypes);

        /// <summary>The types listed in the assembly's catalog registration.</summary>
        public const string Catalog = nameof(Catalog);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<PersonalDataType> types = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WellKnownNames.PersonalDataAttribute,
                predicate: static (node, _) => node is VariableDeclaratorSyntax or PropertyDeclarationSyntax or ParameterSyntax,
                transform: static (context, cancellationToken) => Transform(context, cancellationToken))
            .Where(static type => type is not null)
            .Select(static (type, _) => type!)
            .WithTrackingName(TrackingNames.Types);

        // ForAttributeWithMetadataName binds an attribute to the parameter it is written on, so [property: PersonalData]
        // on a positional record parameter is found by syntax instead.
        IncrementalValuesProvider<PersonalDataType> positional = context.SyntaxProvider
            .CreateSyntaxProvider(
                predicate: static (node, _) => IsPositionalPersonalData(node),
                transform: static (context, cancellationToken) => TransformPositional(context, cancellationToken))
            .Where(static type => type is not null)
            .Select(static (type, _) => type!)
            .WithTrackingName(TrackingNames.PositionalTypes);

        context.RegisterSourceOutput(types, static (context, type) => Emit(context, type));
        context.RegisterSourceOutput(positional, static (context, type) => Emit(context, type));

        IncrementalValueProvider<EquatableArray<string>> catalog = types.Collect()
            .Combine(positional.Collect())
            .Select(static (pair, _) => pair.Left.Concat(pair.Right)
                .Where(static type => !type.IsGeneric && type.IsAssemblyAccessible)
                .Select(static type => type.FullyQualifiedName)
                .Distinct()
                .OrderBy(static name => name, System.StringComparer.Ordinal)
                .ToImmutableArray()
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.Catalog);

        context.RegisterSourceOutput(catalog, static (context, names) =>
        {
            if (names.Count > 0)
            {
                context.AddSource("PrivacyPolicy.PersonalDataCatalog.g.cs", SourceText.From(CatalogEmitter.Emit(names), System.Text.Encoding.UTF8));
            }
        });
    }

    private static void Emit(SourceProductionContext context, PersonalDataType type)
        => context.AddSource(type.HintName, SourceText.From(PersonalDataEmitter.Emit(type), System.Text.Encoding.UTF8));

    /// <summary>Whether <paramref name="node"/> is a record parameter with a <c>[property: PersonalData]</c> attribute, by syntax only.</summary>
    private static bool IsPositionalPersonalData(SyntaxNode node)
    {
        if (node is not ParameterSyntax { Parent.Parent: RecordDeclarationSyntax } parameter)
        {
            return false;
        }

        foreach (AttributeListSyntax list in parameter.AttributeLists)
        {
            if (list.Target?.Identifier.ValueText != "property")
            {
                continue;
            }

            foreach (AttributeSyntax attribute in list.Attributes)
            {
                string name = attribute.Name switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => string.Empty,
                };
                if (name is "PersonalData" or "PersonalDataAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static PersonalDataType? TransformPositional(GeneratorSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        var parameter = (ParameterSyntax)context.Node;
        if (context.SemanticModel.GetDeclaredSymbol(parameter.Parent!.Parent!, cancellationToken) is not INamedTypeSymbol type
            || PrivacySymbols.From(context.SemanticModel.Compilation) is not { } symbols)
        {
            return null;
        }

        ISymbol? first = DataMembers.FirstInstanceMember(type, symbols, static attributes => attributes.IsPersonalData, includeBaseTypes: false);
        return first is IPropertySymbol property && property.Name == parameter.Identifier.ValueText && IsFromParameter(property, parameter)
            ? TypeParser.Parse(type, symbols, cancellationToken)
            : null;
    }

    private static bool IsFromParameter(IPropertySymbol property, ParameterSyntax parameter)
    {
        foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == parameter.SyntaxTree && reference.Span == parameter.Span)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses the type that declares the attributed member, once per type: only its first <c>[PersonalData]</c>
    /// member (in declaration order) yields a model, every other member yields none.
    /// </summary>
    private static PersonalDataType? Transform(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        ISymbol member = context.TargetSymbol;
        if (member is IParameterSymbol)
        {
            return null;
        }

        if (member.ContainingType is not { } type || PrivacySymbols.From(context.SemanticModel.Compilation) is not { } symbols)
        {
            return null;
        }

        ISymbol? first = DataMembers.FirstInstanceMember(type, symbols, static attributes => attributes.IsPersonalData, includeBaseTypes: false);
        return SymbolEqualityComparer.Default.Equals(first, member)
            ? TypeParser.Parse(type, symbols, cancellationToken)
            : null;
    }
}
