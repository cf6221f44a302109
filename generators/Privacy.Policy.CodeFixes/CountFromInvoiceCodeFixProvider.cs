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
using Microsoft.CodeAnalysis.Formatting;
using Privacy.Policy.Generators.Analyzers;
using Privacy.Policy.Generators.Classification;

namespace Privacy.Policy.CodeFixes;

/// <summary>
/// PRIV025, billing traffic data counted from the communication: writes <c>RetentionFrom = nameof(X)</c> for a date or
/// time member X of the record (one action per member, those named for an invoice first) and drops <c>Retention</c>,
/// so that <c>PrivacyPolicyOptions.BillDisputeWindow</c> applies from the invoice (Telecommunicatiewet art. 11.5(2)).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CountFromInvoiceCodeFixProvider))]
[Shared]
public sealed class CountFromInvoiceCodeFixProvider : CodeFixProvider
{
    /// <summary>Prefix of the equivalence keys; the member's name follows.</summary>
    public const string EquivalenceKeyPrefix = "PRIV025.RetentionFrom.";

    private const string RetentionFromProperty = "RetentionFrom";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PRIV025");

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
            // Only the billing message counted from the communication; traffic data kept for bookkeeping needs a
            // decision about the purposes, which is the developer's.
            if (!diagnostic.Properties.ContainsKey(TelecomAnalyzer.CountFromInvoiceProperty)
                || root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute
                || DeclaredMember(attribute, model, context.CancellationToken) is not { ContainingType: { } type } member)
            {
                continue;
            }

            foreach (string candidate in DateMembers(type, member))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Count from '{candidate}' (RetentionFrom), for the options' BillDisputeWindow",
                        token => CountFromAsync(context.Document, attribute, candidate, token),
                        EquivalenceKeyPrefix + candidate),
                    diagnostic);
            }
        }
    }

    private static ISymbol? DeclaredMember(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode? owner = attribute.Parent?.Parent;
        return owner switch
        {
            PropertyDeclarationSyntax property => model.GetDeclaredSymbol(property, cancellationToken),
            FieldDeclarationSyntax { Declaration.Variables.Count: > 0 } field => model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken),
            // A positional record's parameter: the property the compiler makes of it.
            ParameterSyntax parameter when model.GetDeclaredSymbol(parameter, cancellationToken) is IParameterSymbol { ContainingSymbol: IMethodSymbol constructor } symbol
                => constructor.ContainingType.GetMembers(symbol.Name).OfType<IPropertySymbol>().FirstOrDefault(),
            _ => null,
        };
    }

    /// <summary>The date and time members of the record (and its base types) other than <paramref name="member"/>, those named for an invoice first.</summary>
    private static IEnumerable<string> DateMembers(INamedTypeSymbol type, ISymbol member)
    {
        var names = new List<string>();
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            foreach (ISymbol candidate in DataMembers.Of(current))
            {
                if (candidate.Name != member.Name
                    && !names.Contains(candidate.Name)
                    && MemberTypes.IsAnchor(MemberTypes.UnwrapNullable(DataMembers.TypeOf(candidate))))
                {
                    names.Add(candidate.Name);
                }
            }
        }

        return names
            .OrderBy(static name => name.IndexOf("Invoice", System.StringComparison.OrdinalIgnoreCase) >= 0 ? 0 : 1)
            .ThenBy(static name => name, System.StringComparer.Ordinal);
    }

    private static async Task<Document> CountFromAsync(Document document, AttributeSyntax attribute, string from, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || attribute.ArgumentList is not { } arguments)
        {
            return document;
        }

        AttributeArgumentSyntax countFrom = SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(
                SyntaxFactory.IdentifierName(RetentionFromProperty),
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)),
            nameColon: null,
            SyntaxFactory.ParseExpression($"nameof({from})"));

        // The Retention counted from the communication goes: from the invoice, the dispute window is the options'. The
        // new argument takes its place, so a multi-line attribute keeps its layout.
        AttributeArgumentSyntax? retention = arguments.Arguments.FirstOrDefault(static argument => argument.NameEquals?.Name.Identifier.ValueText == "Retention");
        AttributeArgumentListSyntax updated = retention is not null
            ? arguments.ReplaceNode(retention, countFrom.WithTriviaFrom(retention))
            : arguments.WithArguments(arguments.Arguments.Add(countFrom)).WithAdditionalAnnotations(Formatter.Annotation);

        document = document.WithSyntaxRoot(root.ReplaceNode(arguments, updated));
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
