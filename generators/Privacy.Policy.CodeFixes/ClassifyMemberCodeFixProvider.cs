using System.Collections.Generic;
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
/// Fixes PRIV001 by classifying the member, in this order: the <c>[PersonalData(...)]</c> its name suggests,
/// <c>[PersonalData(Category.X)]</c> for a category picked from a list, or <c>[NotPersonalData]</c> with a
/// <c>Reason</c> to complete. Fix-all applies the same choice everywhere; a member whose name suggests nothing is
/// left for the developer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClassifyMemberCodeFixProvider))]
[Shared]
public sealed class ClassifyMemberCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the fix that adds <c>[NotPersonalData]</c>.</summary>
    public const string NotPersonalDataKey = "PRIV001.NotPersonalData";

    /// <summary>Equivalence key of the fix that adds the <c>[PersonalData]</c> suggested by the member's name.</summary>
    public const string SuggestedKey = "PRIV001.PersonalData.Suggested";

    /// <summary>Prefix of the equivalence keys of the fixes that add <c>[PersonalData(Category.X)]</c>.</summary>
    public const string CategoryKeyPrefix = "PRIV001.PersonalData.";

    /// <summary>
    /// The <c>Reason</c> written with <c>[NotPersonalData]</c>: a declassification is a decision someone must explain,
    /// so the fix leaves a sentence to complete rather than a bare attribute.
    /// </summary>
    public const string ReasonPlaceholder = "TODO: say why this member holds no personal data";

    private const string Namespace = "global::Privacy.Policy.";

    private static readonly Category[] Categories = (Category[])System.Enum.GetValues(typeof(Category));

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PRIV001");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => SuggestedClassificationFixAllProvider.Instance;

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
            SyntaxNode? member = FindMember(root.FindToken(diagnostic.Location.SourceSpan.Start).Parent);
            if (member is null)
            {
                continue;
            }

            // The order is the policy: the first action is what Ctrl+. applies and what `dotnet format analyzers`
            // applies to every member, so it is the classification the name suggests, never a declassification.
            // [NotPersonalData] comes last and writes a Reason for the developer to complete.
            Document document = context.Document;
            string name = MemberName(member);
            if (MemberNameHeuristics.Suggest(name) is { } suggestion && Fits(suggestion, member, model, context.CancellationToken))
            {
                AttributeSyntax attribute = PersonalData(suggestion.Category, suggestion.Format);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Mark as {Describe(suggestion.Category, suggestion.Format)}",
                        token => AddAttributeAsync(document, member, attribute, token),
                        SuggestedKey),
                    diagnostic);
            }

            ImmutableArray<CodeAction> byCategory = Categories
                .Select(category => CodeAction.Create(
                    category.ToString(),
                    token => AddAttributeAsync(document, member, PersonalData(category, DataFormat.Unspecified), token),
                    CategoryKeyPrefix + category))
                .ToImmutableArray();
            context.RegisterCodeFix(CodeAction.Create("Mark as [PersonalData] of category...", byCategory, isInlinable: false), diagnostic);

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Mark as [NotPersonalData] (and say why)",
                    token => AddAttributeAsync(document, member, NotPersonalData(), token),
                    NotPersonalDataKey),
                diagnostic);
        }
    }

    private static SyntaxNode? FindMember(SyntaxNode? node)
    {
        for (; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case PropertyDeclarationSyntax:
                case FieldDeclarationSyntax:
                case ParameterSyntax:
                    return node;
                case TypeDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static string MemberName(SyntaxNode member) => member switch
    {
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        FieldDeclarationSyntax field => field.Declaration.Variables.First().Identifier.ValueText,
        ParameterSyntax parameter => parameter.Identifier.ValueText,
        _ => string.Empty,
    };

    private static bool Fits(MemberNameHeuristics.Suggestion suggestion, SyntaxNode member, SemanticModel model, CancellationToken cancellationToken)
    {
        TypeSyntax? typeSyntax = member switch
        {
            PropertyDeclarationSyntax property => property.Type,
            FieldDeclarationSyntax field => field.Declaration.Type,
            ParameterSyntax parameter => parameter.Type,
            _ => null,
        };

        return typeSyntax is not null
            && model.GetTypeInfo(typeSyntax, cancellationToken).Type is { } type
            && FormatRules.Fits(suggestion.Format, MemberTypes.ElementOf(type));
    }

    private static string Describe(Category category, DataFormat format)
        => format == DataFormat.Unspecified
            ? $"[PersonalData(Category.{category})]"
            : $"[PersonalData(Category.{category}, Format = DataFormat.{format})]";

    private static AttributeSyntax NotPersonalData()
        => SyntaxFactory.Attribute(
            Qualified("NotPersonalData"),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(ReasonPlaceholder)))
                    .WithNameEquals(SyntaxFactory.NameEquals("Reason")))));

    /// <summary><c>[PersonalData(Category.X)]</c>, with <c>Format = DataFormat.Y</c> unless unspecified; the names are simplified and imported where the fix lands.</summary>
    internal static AttributeSyntax PersonalData(Category category, DataFormat format)
    {
        var arguments = new List<AttributeArgumentSyntax>
        {
            SyntaxFactory.AttributeArgument(QualifiedValue("Category." + category)),
        };

        if (format != DataFormat.Unspecified)
        {
            arguments.Add(SyntaxFactory.AttributeArgument(QualifiedValue("DataFormat." + format))
                .WithNameEquals(SyntaxFactory.NameEquals("Format")));
        }

        return SyntaxFactory.Attribute(Qualified("PersonalData"), SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments)));
    }

    private static NameSyntax Qualified(string name)
        => SyntaxFactory.ParseName(Namespace + name).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    private static ExpressionSyntax QualifiedValue(string name)
        => SyntaxFactory.ParseExpression(Namespace + name).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    private static async Task<Document> AddAttributeAsync(Document document, SyntaxNode member, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        SyntaxNode updated;
        if (member is ParameterSyntax parameter)
        {
            // A positional record parameter: the attribute belongs on the property the compiler makes from it.
            AttributeListSyntax list = SyntaxFactory.AttributeList(
                SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.PropertyKeyword)),
                SyntaxFactory.SingletonSeparatedList(attribute));
            updated = parameter.WithAttributeLists(parameter.AttributeLists.Add(list.WithTrailingTrivia(SyntaxFactory.Space)))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }
        else
        {
            SyntaxGenerator generator = SyntaxGenerator.GetGenerator(document);
            updated = generator.AddAttributes(member, attribute).WithAdditionalAnnotations(Formatter.Annotation);
        }

        // Write Privacy.Policy.X as X with a using directive, unless another X in scope (ASP.NET Core Identity's
        // PersonalDataAttribute) would make the short name ambiguous.
        document = document.WithSyntaxRoot(root.ReplaceNode(member, updated));
        document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
