using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Semantics;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// PRIV006: <c>[LogProperties]</c> is not used on a parameter whose type holds personal data, nor on one through which
/// Microsoft's logging generator reaches personal data: an interface that personal-data types implement, or a type
/// whose properties it expands (<c>Transitive = true</c>, or <c>[LogProperties]</c> on a property) down to one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LogPropertiesAnalyzer : PrivacyAnalyzer
{
    internal const string LogPropertiesAttribute = "Microsoft.Extensions.Logging.LogPropertiesAttribute";

    /// <summary>The diagnostic property that holds the path to the personal data; the tag-provider fix does not apply then.</summary>
    internal const string PathProperty = "Path";

    private const string LogPropertyIgnoreAttribute = "Microsoft.Extensions.Logging.LogPropertyIgnoreAttribute";
    private const string TagProviderAttribute = "Microsoft.Extensions.Logging.TagProviderAttribute";

    // Expansion this deep is far beyond any real log record; the bound keeps a wide object graph from costing the build.
    private const int MaxDepth = 8;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.LogPropertiesOnPersonalData, DiagnosticDescriptors.LogPropertiesReachPersonalData);

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
            var logging = new LoggingSymbols(
                logProperties,
                context.Compilation.GetTypeByMetadataName(LogPropertyIgnoreAttribute),
                context.Compilation.GetTypeByMetadataName(TagProviderAttribute));

            // Which personal-data types implement each interface: found once per compilation, and only when an
            // interface is logged.
            Compilation compilation = context.Compilation;
            var implementations = new System.Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>>(
                () => PersonalImplementations(compilation, symbols, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
            context.RegisterSyntaxNodeAction(nodeContext => AnalyzeParameter(nodeContext, symbols, logging, implementations), SyntaxKind.Parameter);
        }
    }

    private static void AnalyzeParameter(SyntaxNodeAnalysisContext context, PrivacySymbols symbols, LoggingSymbols logging, System.Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>> implementations)
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
                    || !SymbolEqualityComparer.Default.Equals(attributeType, logging.LogProperties))
                {
                    continue;
                }

                ITypeSymbol? parameterType = context.SemanticModel.GetTypeInfo(syntax.Type, context.CancellationToken).Type;
                if (parameterType is null || MemberTypes.UnwrapNullable(parameterType) is not INamedTypeSymbol named)
                {
                    continue;
                }

                if (IsPersonal(named, symbols))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.LogPropertiesOnPersonalData,
                        attribute.GetLocation(),
                        named.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes))));
                    continue;
                }

                var walk = new Walk(symbols, logging, implementations, context.CancellationToken);
                string name = syntax.Identifier.ValueText;
                if (walk.Expand(named, name, IsTransitive(context.SemanticModel, attribute, context.CancellationToken), depth: 0) is { } found)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.LogPropertiesReachPersonalData,
                        attribute.GetLocation(),
                        ImmutableDictionary<string, string?>.Empty.Add(PathProperty, found.Path),
                        name,
                        found.Path,
                        found.Reason));
                }
            }
        }
    }

    private static bool IsPersonal(INamedTypeSymbol type, PrivacySymbols symbols)
        => type.TypeKind is TypeKind.Class or TypeKind.Struct && (GenerationRule.RedactingType(type, symbols) is not null || DataMembers.HoldsPersonalData(type, symbols));

    private static bool IsTransitive(SemanticModel model, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        foreach (AttributeArgumentSyntax argument in attribute.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == "Transitive")
            {
                return model.GetConstantValue(argument.Expression, cancellationToken) is { HasValue: true, Value: true };
            }
        }

        return false;
    }

    private static bool IsTransitive(AttributeData attribute)
        => attribute.NamedArguments.Any(argument => argument.Key == "Transitive" && argument.Value.Value is true);

    private static Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> PersonalImplementations(Compilation compilation, PrivacySymbols symbols, CancellationToken cancellationToken)
    {
        var result = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);

        // The compilation's own types, and those of referenced assemblies that use Privacy.Policy (a domain project):
        // other assemblies cannot hold classified members.
        var assemblies = new List<IAssemblySymbol> { compilation.Assembly };
        foreach (IAssemblySymbol referenced in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (referenced.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == "Privacy.Policy")))
            {
                assemblies.Add(referenced);
            }
        }

        var pending = new Stack<INamespaceOrTypeSymbol>();
        foreach (IAssemblySymbol assembly in assemblies)
        {
            pending.Push(assembly.GlobalNamespace);
        }

        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            INamespaceOrTypeSymbol current = pending.Pop();
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol inner)
                {
                    pending.Push(inner);
                }

                if (member is INamedTypeSymbol type && IsPersonal(type, symbols))
                {
                    foreach (INamedTypeSymbol implemented in type.AllInterfaces)
                    {
                        if (!result.TryGetValue(implemented.OriginalDefinition, out List<INamedTypeSymbol>? types))
                        {
                            result[implemented.OriginalDefinition] = types = [];
                        }

                        types.Add(type);
                    }
                }
            }
        }

        return result;
    }

    private sealed class LoggingSymbols(INamedTypeSymbol logProperties, INamedTypeSymbol? logPropertyIgnore, INamedTypeSymbol? tagProvider)
    {
        public INamedTypeSymbol LogProperties { get; } = logProperties;

        public INamedTypeSymbol? LogPropertyIgnore { get; } = logPropertyIgnore;

        public INamedTypeSymbol? TagProvider { get; } = tagProvider;
    }

    /// <summary>
    /// Follows what Microsoft's logging generator logs of a value: each public instance property with a public getter
    /// (an interface's own, a class's and its base types'), each as its <c>ToString()</c> unless expanded, and an
    /// expanded one (<c>Transitive</c>, or <c>[LogProperties]</c> on the property) property by property.
    /// </summary>
    private sealed class Walk(PrivacySymbols symbols, LoggingSymbols logging, System.Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>> implementations, CancellationToken cancellationToken)
    {
        private readonly HashSet<ITypeSymbol> _chain = new(SymbolEqualityComparer.Default);

        /// <summary>The first personal data logged when <paramref name="type"/> is logged property by property at <paramref name="path"/>.</summary>
        public (string Path, string Reason)? Expand(INamedTypeSymbol type, string path, bool transitive, int depth)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (depth > MaxDepth || !_chain.Add(type))
            {
                return null; // a cycle Microsoft's generator refuses itself
            }

            try
            {
                string typeName = Display(type);
                if (IsPersonal(type, symbols))
                {
                    foreach (IPropertySymbol property in LoggedProperties(type))
                    {
                        if (symbols.Read(property).IsPersonal)
                        {
                            return ($"{path}.{property.Name}", $"'{typeName}.{property.Name}' is personal data");
                        }
                    }

                    return (path, $"'{typeName}' holds personal data");
                }

                if (type.TypeKind == TypeKind.Interface && implementations.Value.TryGetValue(type.OriginalDefinition, out List<INamedTypeSymbol>? implementers))
                {
                    foreach (IPropertySymbol property in LoggedProperties(type))
                    {
                        foreach (INamedTypeSymbol implementer in implementers)
                        {
                            if (Implementation(implementer, type, property) is { } implementation && symbols.Read(implementation).IsPersonal)
                            {
                                return ($"{path}.{property.Name}", $"'{typeName}.{property.Name}' is implemented by the personal-data member '{Display(implementer)}.{implementation.Name}'");
                            }
                        }
                    }

                    return (path, $"'{typeName}' is implemented by '{Display(implementers[0])}', which holds personal data");
                }

                foreach (IPropertySymbol property in LoggedProperties(type))
                {
                    AttributeData? nested = property.GetAttributes().FirstOrDefault(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, logging.LogProperties));
                    if ((transitive || nested is not null)
                        && MemberTypes.UnwrapNullable(property.Type) is INamedTypeSymbol propertyType
                        && IsExpandable(propertyType)
                        && Expand(propertyType, $"{path}.{property.Name}", transitive || (nested is not null && IsTransitive(nested)), depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            }
            finally
            {
                _chain.Remove(type);
            }
        }

        private static IPropertySymbol? Implementation(INamedTypeSymbol implementer, INamedTypeSymbol logged, IPropertySymbol property)
        {
            INamedTypeSymbol? implemented = implementer.AllInterfaces.FirstOrDefault(candidate => SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, logged.OriginalDefinition));
            IPropertySymbol? member = implemented?.GetMembers(property.Name).OfType<IPropertySymbol>().FirstOrDefault();
            return member is null ? null : implementer.FindImplementationForInterfaceMember(member) as IPropertySymbol;
        }

        /// <summary>What Microsoft's logging generator expands: classes, structs and interfaces, not text, primitives or collections (logged element by element through ToString).</summary>
        private static bool IsExpandable(INamedTypeSymbol type)
            => type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
               && type.SpecialType == SpecialType.None
               && !type.AllInterfaces.Any(candidate => candidate.SpecialType == SpecialType.System_Collections_IEnumerable)
               && type.SpecialType != SpecialType.System_Collections_IEnumerable;

        private IEnumerable<IPropertySymbol> LoggedProperties(INamedTypeSymbol type)
        {
            var seen = new HashSet<string>();
            for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (IPropertySymbol property in current.GetMembers().OfType<IPropertySymbol>())
                {
                    if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public
                        || property.GetMethod is not { DeclaredAccessibility: Accessibility.Public }
                        || !seen.Add(property.Name)
                        || property.GetAttributes().Any(attribute => IsAttribute(attribute, logging.LogPropertyIgnore) || IsAttribute(attribute, logging.TagProvider)))
                    {
                        continue;
                    }

                    yield return property;
                }
            }
        }

        private static bool IsAttribute(AttributeData attribute, INamedTypeSymbol? type)
            => type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

        private static string Display(INamedTypeSymbol type)
            => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes));
    }
}
