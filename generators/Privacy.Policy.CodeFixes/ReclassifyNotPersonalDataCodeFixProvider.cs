using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.CodeFixes;

/// <summary>
/// Fixes PRIV018 by replacing the member's <c>[NotPersonalData]</c> with <c>[PersonalData(Category.X)]</c>, for a
/// category picked from a list: the member's values are then redacted, erased and disclosed by their own type's rules.
/// No category is guessed: which one fits depends on what the nested data is used for.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReclassifyNotPersonalDataCodeFixProvider))]
[Shared]
public sealed class ReclassifyNotPersonalDataCodeFixProvider : CodeFixProvider
{
    /// <summary>Prefix of the equivalence keys of the fixes that write <c>[PersonalData(Category.X)]</c>.</summary>
    public const string CategoryKeyPrefix = "PRIV018.PersonalData.";

    private static readonly Category[] Categories = (Category[])System.Enum.GetValues(typeof(Category));

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PRIV018");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            AttributeSyntax? attribute = FindNotPersonalData(root.FindToken(diagnostic.Location.SourceSpan.Start).Parent, model, context.CancellationToken);
            if (attribute is null)
            {
                continue;
            }

            Document document = context.Document;
            ImmutableArray<CodeAction> byCategory = Categories
                .Select(category => CodeAction.Create(
                    category.ToString(),
                    token => ReplaceAsync(document, attribute, category, token),
                    CategoryKeyPrefix + category))
                .ToImmutableArray();
            context.RegisterCodeFix(CodeAction.Create("Replace [NotPersonalData] with [PersonalData] of category...", byCategory, isInlinable: false), diagnostic);
        }
    }

    /// <summary>The member's <c>[NotPersonalData]</c>, found by its type so that an alias or a full name is found too.</summary>
    private static AttributeSyntax? FindNotPersonalData(SyntaxNode? node, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxList<AttributeListSyntax>? lists = null;
        for (; node is not null && lists is null; node = node.Parent)
        {
            lists = node switch
            {
                PropertyDeclarationSyntax property => property.AttributeLists,
                FieldDeclarationSyntax field => field.AttributeLists,
                ParameterSyntax parameter => parameter.AttributeLists,
                TypeDeclarationSyntax => default(SyntaxList<AttributeListSyntax>),
                _ => null,
            };
        }

        return lists?.SelectMany(list => list.Attributes).FirstOrDefault(attribute =>
            model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType is { Name: "NotPersonalDataAttribute" } type
            && type.ContainingNamespace.ToDisplayString() == "Privacy.Policy");
    }

    private static async Task<Document> ReplaceAsync(Document document, AttributeSyntax attribute, Category category, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // The Reason said why the member was not personal data, which no longer holds: it goes with the attribute.
        AttributeSyntax replacement = ClassifyMemberCodeFixProvider.PersonalData(category, DataFormat.Unspecified)
            .WithTriviaFrom(attribute)
            .WithAdditionalAnnotations(Formatter.Annotation);

        document = document.WithSyntaxRoot(root.ReplaceNode(attribute, replacement));
        document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
