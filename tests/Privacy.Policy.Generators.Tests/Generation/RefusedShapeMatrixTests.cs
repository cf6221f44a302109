using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Testing;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Generation;

/// <summary>
/// Issue 12's matrix for the shapes refused at build time (<see cref="RefusedShapes"/>): each is compiled as a
/// consumer's project is, with the generator and every analyzer the package ships, and must be exactly one error with
/// the shape's id naming the type and the member, located at the member in the consumer's source, and nothing else
/// that breaks the build (no compiler error inside generated code).
/// </summary>
public sealed class RefusedShapeMatrixTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [.. typeof(PersonalDataGenerator).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)];

    public static TheoryData<string> Shapes() => new(RefusedShapes.All.Select(shape => shape.Name));

    [Fact]
    public void The_package_ships_the_analyzer_that_refuses_the_shapes()
        => Assert.Contains(Analyzers, analyzer => analyzer.SupportedDiagnostics.Any(descriptor => descriptor.Id == "PRIV017"));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Each_refused_shape_is_one_error_naming_the_member_and_no_generated_code_breaks_the_build(string name)
    {
        RefusedShapes.RefusedShape shape = RefusedShapes.All.Single(candidate => candidate.Name == name);
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(GeneratorHarness.Compile(shape.Source));
        Assert.Empty(result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        ImmutableArray<Diagnostic> diagnostics = await output.WithAnalyzers(Analyzers).GetAllDiagnosticsAsync();

        Diagnostic refused = Assert.Single(diagnostics, diagnostic => diagnostic.Id == shape.Id);
        Assert.Equal(DiagnosticSeverity.Error, refused.Severity);
        Assert.StartsWith($"'{shape.Type}.{shape.Member}' ", refused.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("/src/File0.cs", refused.Location.SourceTree?.FilePath);
        string located = refused.Location.SourceTree!.GetText().ToString(refused.Location.SourceSpan);
        Assert.Equal(shape.Member.Split('.')[^1], located);

        Diagnostic[] others = [.. diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Id != shape.Id)];
        Assert.True(others.Length == 0, string.Join(Environment.NewLine, others.Select(diagnostic => diagnostic.ToString())));
    }
}
