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

        /// <summary>Whether the compilation can use logging tag providers.</summary>
        public const string TagCollector = nameof(TagCollector);

        /// <summary>Each type's model with the tag-provider switch.</summary>
        public const string Emittable = nameof(Emittable);

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

        IncrementalValueProvider<bool> tagCollector = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ITagCollector") is not null)
            .WithTrackingName(TrackingNames.TagCollector);

        IncrementalValuesProvider<(PersonalDataType Type, bool TagCollector)> emittable = types
            .Combine(tagCollector)
            .WithTrackingName(TrackingNames.Emittable);

        context.RegisterSourceOutput(emittable, static (context, item) =>
            context.AddSource(item.Type.HintName, SourceText.From(PersonalDataEmitter.Emit(item.Type, item.TagCollector), System.Text.Encoding.UTF8)));

        IncrementalValueProvider<EquatableArray<string>> catalog = types
            .Where(static type => !type.IsGeneric && type.IsAssemblyAccessible)
            .Select(static (type, _) => type.FullyQualifiedName)
            .Collect()
            .Select(static (names, _) => names.Distinct().OrderBy(name => name, System.StringComparer.Ordinal).ToImmutableArray().ToEquatableArray())
            .WithTrackingName(TrackingNames.Catalog);

        context.RegisterSourceOutput(catalog, static (context, names) =>
        {
            if (names.Count > 0)
            {
                context.AddSource("PrivacyPolicy.PersonalDataCatalog.g.cs", SourceText.From(CatalogEmitter.Emit(names), System.Text.Encoding.UTF8));
            }
        });
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
