using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Generation;

/// <summary>The declared-purposes example of docs/taxonomy.md compiles with the generator, and the analyzers find nothing in it.</summary>
public sealed class DocumentedPurposesTests
{
    [Fact]
    public async System.Threading.Tasks.Task The_taxonomy_pages_declared_purposes_example_compiles_cleanly()
    {
        string page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "taxonomy.md")).ReplaceLineEndings("\n");
        Match block = Regex.Match(page, "<!-- compile: declared purposes -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline);
        Assert.True(block.Success, "docs/taxonomy.md has no declared-purposes example");

        (Compilation output, GeneratorDriverRunResult run) = GeneratorHarness.Run(GeneratorHarness.Compile(block.Groups["code"].Value));
        Diagnostic[] compiler = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(compiler.Length == 0, string.Join(Environment.NewLine, compiler.Select(diagnostic => diagnostic.ToString())));
        Assert.Contains(run.Results.Single().GeneratedSources, source => source.SourceText.ToString().Contains("\"NetworkPlanning\", global::Privacy.Policy.LegalBasis.LegitimateInterest", StringComparison.Ordinal));

        ImmutableArray<Diagnostic> analyzers = await output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PurposeAnalyzer(), new ClassificationAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        Assert.True(analyzers.IsEmpty, string.Join(Environment.NewLine, analyzers.Select(diagnostic => diagnostic.ToString())));
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Privacy.Policy.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Privacy.Policy.sln not found above " + AppContext.BaseDirectory);
    }
}
