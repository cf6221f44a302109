using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Privacy.Policy.CodeFixes;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.CodeFixes;

/// <summary>
/// Fix-all as <c>dotnet format analyzers</c> drives it: the key of the first action of the first diagnostic, which is
/// the category list when that member's name suggests nothing (no key in Roslyn 4, its nested keys joined in Roslyn 5).
/// Such a fix-all must classify what names suggest and declassify nothing.
/// </summary>
public class ClassifyMemberFixAllTests
{
    private const string Source = """
        using Privacy.Policy;
        public partial class Subscriber
        {
            [DataSubject] public string CustomerId { get; init; } = "";
            public int Segment2 { get; init; }
            public string Email { get; init; } = "";
            public string Imsi { get; init; } = "";
        }
        """;

    [Theory]
    [InlineData(null)]
    [InlineData("PRIV001.PersonalData.Identity;PRIV001.PersonalData.Contact;PRIV001.PersonalData.Usage;")]
    public async Task Fix_all_without_one_named_action_applies_each_members_suggestion_and_declassifies_nothing(string? key)
    {
        string fixedSource = await FixAllAsync(key);

        Assert.Contains("[PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]\n    public string Email", fixedSource.Replace("\r\n", "\n"), System.StringComparison.Ordinal);
        Assert.Contains("[PersonalData(Category.TechnicalIdentifier, Format = DataFormat.Imsi)]\n    public string Imsi", fixedSource.Replace("\r\n", "\n"), System.StringComparison.Ordinal);
        Assert.Contains("\"\";\n    public int Segment2", fixedSource.Replace("\r\n", "\n"), System.StringComparison.Ordinal);
        Assert.DoesNotContain("NotPersonalData", fixedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_all_of_an_explicitly_chosen_declassification_writes_a_reason_on_each_member()
    {
        string fixedSource = await FixAllAsync(ClassifyMemberCodeFixProvider.NotPersonalDataKey);

        Assert.Equal(3, fixedSource.Split("[NotPersonalData(Reason = \"" + ClassifyMemberCodeFixProvider.ReasonPlaceholder + "\")]").Length - 1);
    }

    private static async Task<string> FixAllAsync(string? key)
    {
        ImmutableArray<MetadataReference> framework = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        using var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("Consumer", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .AddMetadataReferences(framework)
            .AddMetadataReferences(Verify.PrivacyReferences);
        Document document = project.AddDocument("Domain.cs", Source);

        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new ClassificationAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();
        Assert.Equal(3, diagnostics.Count(d => d.Id == "PRIV001"));

        var provider = new ClassifyMemberCodeFixProvider();
        var context = new FixAllContext(document, provider, FixAllScope.Solution, key!, ["PRIV001"], new FixedDiagnostics(diagnostics), CancellationToken.None);
        CodeAction? action = await provider.GetFixAllProvider().GetFixAsync(context);
        Assert.NotNull(action);
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
