using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Privacy.Policy.CodeFixes;

/// <summary>
/// PRIV006: replaces <c>[LogProperties]</c> on a parameter that holds personal data with
/// <c>[TagProvider(typeof(PersonalDataTagProvider&lt;T&gt;), nameof(PersonalDataTagProvider&lt;T&gt;.RecordTags))]</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTagProviderCodeFixProvider))]
[Shared]
public sealed class UseTagProviderCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "PRIV006.UseTagProvider";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PRIV006");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            // Personal data reached through an interface or an expanded property: the parameter's own type is not a
            // personal-data type, so PersonalDataTagProvider<T> of it would not compile.
            if (diagnostic.Properties.ContainsKey("Path")
                || root?.FindNode(diagnostic.Location.SourceSpan) is not AttributeSyntax attribute
                || attribute.FirstAncestorOrSelf<ParameterSyntax>() is not { Type: { } parameterType })
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Log through PersonalDataTagProvider (redacted) instead of [LogProperties]",
                    cancellationToken => ReplaceAsync(context.Document, attribute, parameterType, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, AttributeSyntax attribute, TypeSyntax parameterType, CancellationToken cancellationToken)
    {
        // The provider's type argument is the parameter's type without '?': a tag provider takes the value itself.
        TypeSyntax type = parameterType is NullableTypeSyntax nullable ? nullable.ElementType : parameterType;
        string provider = $"global::Privacy.Policy.Logging.PersonalDataTagProvider<{type.WithoutTrivia().ToFullString()}>";
        AttributeSyntax replacement = SyntaxFactory.Attribute(
                SyntaxFactory.ParseName("global::Microsoft.Extensions.Logging.TagProvider"),
                SyntaxFactory.ParseAttributeArgumentList($"(typeof({provider}), nameof({provider}.RecordTags))"))
            .WithTriviaFrom(attribute)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);

        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.ReplaceNode(attribute, replacement);
        Document updated = editor.GetChangedDocument();
        updated = await ImportAdder.AddImportsAsync(updated, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Simplifier.ReduceAsync(updated, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
