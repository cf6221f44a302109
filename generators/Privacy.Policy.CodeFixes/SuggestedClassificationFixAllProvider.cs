using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Privacy.Policy.CodeFixes;

/// <summary>
/// Fix-all for PRIV001. A fix-all that names no single action applies the classification each member's name suggests,
/// and leaves members whose names suggest nothing to the developer. That is what <c>dotnet format analyzers</c> asks
/// for when the first diagnostic it meets has no suggestion: it takes that diagnostic's first action, the category
/// list, whose key is either none or (Roslyn 5) its nested keys joined. A single action chosen by name is applied as
/// chosen.
/// </summary>
internal sealed class SuggestedClassificationFixAllProvider : FixAllProvider
{
    public static readonly SuggestedClassificationFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => WellKnownFixAllProviders.BatchFixer.GetSupportedFixAllScopes();

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        if (!IsSingleAction(fixAllContext.CodeActionEquivalenceKey))
        {
            var diagnostics = new ForwardingDiagnosticProvider(fixAllContext);
            fixAllContext = fixAllContext.Document is { } document
                ? new FixAllContext(document, fixAllContext.CodeFixProvider, fixAllContext.Scope, ClassifyMemberCodeFixProvider.SuggestedKey, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken)
                : new FixAllContext(fixAllContext.Project, fixAllContext.CodeFixProvider, fixAllContext.Scope, ClassifyMemberCodeFixProvider.SuggestedKey, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken);
        }

        return WellKnownFixAllProviders.BatchFixer.GetFixAsync(fixAllContext);
    }

    private static bool IsSingleAction(string? key)
        => key is ClassifyMemberCodeFixProvider.SuggestedKey or ClassifyMemberCodeFixProvider.NotPersonalDataKey
            || (key is not null
                && key.StartsWith(ClassifyMemberCodeFixProvider.CategoryKeyPrefix, System.StringComparison.Ordinal)
                && System.Enum.TryParse(key.Substring(ClassifyMemberCodeFixProvider.CategoryKeyPrefix.Length), out Generators.Vocabulary.Category _));

    /// <summary>Hands the new context the diagnostics of the one it replaces.</summary>
    private sealed class ForwardingDiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly FixAllContext _original;

        public ForwardingDiagnosticProvider(FixAllContext original) => _original = original;

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await _original.GetAllDiagnosticsAsync(project).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => await _original.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await _original.GetProjectDiagnosticsAsync(project).ConfigureAwait(false);
    }
}
