using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Emitting;
using Privacy.Policy.Generators.Model;
using Privacy.Policy.Generators.Parsing;
using Privacy.Policy.Generators.Semantics;

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

        /// <summary>The model of each type whose first personal-data member is a <c>[DataSubject]</c> without <c>[PersonalData]</c>.</summary>
        public const string SubjectTypes = nameof(SubjectTypes);

        /// <summary>The model of each positional record whose first <c>[PersonalData]</c> member is a parameter.</summary>
        public const string PositionalTypes = nameof(PositionalTypes);

        /// <summary>
        /// The model of each type deriving from a personal-data type whose first classified member is
        /// <c>[NotPersonalData]</c> or a <c>[RetentionAnchor]</c>, when it declares no personal data of its own.
        /// </summary>
        public const string DerivedTypes = nameof(DerivedTypes);

        /// <summary>The types whose hint names differ only in case, which get a hash in their file names.</summary>
        public const string HintNameCollisions = nameof(HintNameCollisions);

        /// <summary>The types listed in the assembly's catalog registration.</summary>
        public const string Catalog = nameof(Catalog);

        /// <summary>
        /// The purposes the compilation knows: the built-in ones and the <c>[assembly: ProcessingPurpose]</c>
        /// declarations of the compilation and its references. Unchanged by any edit that declares nothing.
        /// </summary>
        public const string Declarations = nameof(Declarations);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<PersonalDataType> types = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WellKnownNames.PersonalDataAttribute,
                predicate: static (node, _) => node is VariableDeclaratorSyntax or PropertyDeclarationSyntax,
                transform: static (context, cancellationToken) => Transform(context, TriggerKind.Personal, cancellationToken))
            .Where(static type => type is not null)
            .Select(static (type, _) => type!)
            .WithTrackingName(TrackingNames.Types);

        // A [DataSubject] is personal data by itself: a type whose first such member has no [PersonalData] is found here.
        IncrementalValuesProvider<PersonalDataType> subjectTypes = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WellKnownNames.DataSubjectAttribute,
                predicate: static (node, _) => node is VariableDeclaratorSyntax or PropertyDeclarationSyntax,
                transform: static (context, cancellationToken) => Transform(context, TriggerKind.SubjectOnly, cancellationToken))
            .Where(static type => type is not null)
            .Select(static (type, _) => type!)
            .WithTrackingName(TrackingNames.SubjectTypes);

        // A type deriving from a personal-data type whose own members are all [NotPersonalData] (or a retention
        // anchor) holds its base's personal data and gets generated code too: found by its first classified member.
        IncrementalValuesProvider<PersonalDataType> notPersonalTypes = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WellKnownNames.NotPersonalDataAttribute,
                predicate: static (node, _) => node is VariableDeclaratorSyntax or PropertyDeclarationSyntax,
                transform: static (context, cancellationToken) => Transform(context, TriggerKind.NotPersonal, cancellationToken))
            .Where(static type => type is not null)
            .Select(static (type, _) => type!)
            .WithTrackingName(TrackingNames.DerivedTypes);

        IncrementalValuesProvider<PersonalDataType> anchorTypes = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WellKnownNames.RetentionAnchorAttribute,
                predicate: static (node, _) => node is VariableDeclaratorSyntax or PropertyDeclarationSyntax,
                transform: static (context, cancellationToken) => Transform(context, TriggerKind.AnchorOnly, cancellationToken))
            .Where(static type => type is not null)
            .Select(static (type, _) => type!)
            .WithTrackingName(TrackingNames.DerivedTypes);

        // ForAttributeWithMetadataName binds an attribute to the parameter it is written on, so [property: PersonalData]
        // on a positional record parameter is found by syntax instead.
        IncrementalValuesProvider<PersonalDataType> positional = context.SyntaxProvider
            .CreateSyntaxProvider(
                predicate: static (node, _) => IsPositionalPersonalData(node),
                transform: static (context, cancellationToken) => TransformPositional(context, cancellationToken))
            .Where(static type => type is not null)
            .Select(static (type, _) => type!)
            .WithTrackingName(TrackingNames.PositionalTypes);

        IncrementalValueProvider<ImmutableArray<PersonalDataType>> all = types.Collect()
            .Combine(subjectTypes.Collect())
            .Combine(positional.Collect())
            .Combine(notPersonalTypes.Collect())
            .Combine(anchorTypes.Collect())
            .Select(static (pair, _) => pair.Left.Left.Left.Left.AddRange(pair.Left.Left.Left.Right).AddRange(pair.Left.Left.Right).AddRange(pair.Left.Right).AddRange(pair.Right));

        // Hint names are compared without regard to case and type names are not (Person and person): the types whose
        // names collide are listed once, so every other type's output stays cached while this list stays equal.
        IncrementalValueProvider<EquatableArray<string>> collisions = all
            .Select(static (models, _) => models
                .GroupBy(static type => type.HintName, System.StringComparer.OrdinalIgnoreCase)
                .Where(static group => group.Count() > 1)
                .SelectMany(static group => group.Select(static type => type.FullyQualifiedName))
                .OrderBy(static name => name, System.StringComparer.Ordinal)
                .ToImmutableArray()
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.HintNameCollisions);

        // Read from the compilation on every edit, but compared by value: an edit that declares nothing leaves it
        // unchanged, and every type's output cached.
        IncrementalValueProvider<DeclaredPurposes> declarations = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => PurposeDeclarations.Purposes(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.Declarations);
        IncrementalValueProvider<(EquatableArray<string> Collisions, EquatableArray<DeclaredPurpose> Purposes)> shared = collisions
            .Combine(declarations.Select(static (purposes, _) => purposes.InForce));

        context.RegisterSourceOutput(types.Combine(shared), static (context, item) => Emit(context, item.Left, item.Right.Collisions, item.Right.Purposes));
        context.RegisterSourceOutput(subjectTypes.Combine(shared), static (context, item) => Emit(context, item.Left, item.Right.Collisions, item.Right.Purposes));
        context.RegisterSourceOutput(positional.Combine(shared), static (context, item) => Emit(context, item.Left, item.Right.Collisions, item.Right.Purposes));
        context.RegisterSourceOutput(notPersonalTypes.Combine(shared), static (context, item) => Emit(context, item.Left, item.Right.Collisions, item.Right.Purposes));
        context.RegisterSourceOutput(anchorTypes.Combine(shared), static (context, item) => Emit(context, item.Left, item.Right.Collisions, item.Right.Purposes));

        // The catalog's types as whole models: the JSON the build writes describes each member, so editing one
        // changes the catalog file too, and an unrelated edit leaves it cached.
        IncrementalValueProvider<EquatableArray<PersonalDataType>> catalog = all
            .Select(static (models, _) => models
                .Where(static type => !type.IsGeneric && type.IsAssemblyAccessible)
                .GroupBy(static type => type.FullyQualifiedName)
                .Select(static group => group.First())
                .OrderBy(static type => type.FullyQualifiedName, System.StringComparer.Ordinal)
                .ToImmutableArray()
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.Catalog);

        IncrementalValueProvider<string> assemblyName = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName ?? "unnamed");

        context.RegisterSourceOutput(catalog.Combine(assemblyName).Combine(declarations), static (context, item) =>
        {
            if (item.Left.Left.Count > 0)
            {
                context.AddSource("PrivacyPolicy.PersonalDataCatalog.g.cs", SourceText.From(CatalogEmitter.Emit(item.Left.Right, item.Left.Left, item.Right), System.Text.Encoding.UTF8));
            }
        });
    }

    private static void Emit(SourceProductionContext context, PersonalDataType type, EquatableArray<string> collisions, EquatableArray<DeclaredPurpose> purposes)
    {
        string hintName = collisions.Contains(type.FullyQualifiedName)
            ? type.HintName.Replace(".PersonalData.g.cs", "." + StableHash(type.FullyQualifiedName) + ".PersonalData.g.cs")
            : type.HintName;
        context.AddSource(hintName, SourceText.From(PersonalDataEmitter.Emit(type, purposes), System.Text.Encoding.UTF8));
    }

    /// <summary>A hash of <paramref name="text"/> that is the same in every process (FNV-1a), as eight hex digits.</summary>
    private static string StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether <paramref name="node"/> is a record parameter with a <c>[property: ...]</c> attribute, by syntax only.</summary>
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

            // Any property-targeted attribute: an alias (using Pii = ...PersonalDataAttribute) hides the name, so the
            // transform decides with the semantic model.
            if (list.Attributes.Count > 0)
            {
                return true;
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

        ISymbol? first = GenerationRule.Trigger(type, symbols);
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

    /// <summary>Which attribute a pipeline finds members by.</summary>
    private enum TriggerKind
    {
        Personal,
        SubjectOnly,
        NotPersonal,
        AnchorOnly,
    }

    /// <summary>
    /// Parses the type that declares the attributed member, once per type: only the member that triggers generation
    /// (<see cref="GenerationRule.Trigger"/>: its first personal-data member, else a derived type's first
    /// classified member) yields a model, every other member yields none.
    /// </summary>
    private static PersonalDataType? Transform(GeneratorAttributeSyntaxContext context, TriggerKind kind, System.Threading.CancellationToken cancellationToken)
    {
        ISymbol member = context.TargetSymbol;
        if (member.ContainingType is not { } type || PrivacySymbols.From(context.SemanticModel.Compilation) is not { } symbols)
        {
            return null;
        }

        // A member with several attributes is found by several pipelines; one answers for it: [PersonalData] first,
        // then [DataSubject], then [NotPersonalData].
        MemberAttributes attributes = symbols.Read(member);
        bool answeredElsewhere = kind switch
        {
            TriggerKind.SubjectOnly => attributes.IsPersonalData,
            TriggerKind.NotPersonal => attributes.IsPersonal,
            TriggerKind.AnchorOnly => attributes.IsPersonal || attributes.IsNotPersonalData,
            _ => false,
        };
        if (answeredElsewhere)
        {
            return null;
        }

        ISymbol? first = GenerationRule.Trigger(type, symbols);
        return SymbolEqualityComparer.Default.Equals(first, member)
            ? TypeParser.Parse(type, symbols, cancellationToken)
            : null;
    }
}
