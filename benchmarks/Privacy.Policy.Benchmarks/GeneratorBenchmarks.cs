extern alias generator;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Privacy.Policy.Benchmarks;

/// <summary>
/// The generator itself, driven by Roslyn's <c>GeneratorDriver</c>: a cold run over 500 annotated types, and the
/// incremental run after an unrelated edit, which should re-run nothing.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    public const int Types = 500;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sources = Enumerable.Range(0, Types).Select(i => CSharpSyntaxTree.ParseText(TypeSource(i), ParseOptions, path: $"Type{i}.cs")).ToList();
        IEnumerable<MetadataReference> references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path));
        _compilation = CSharpCompilation.Create("Measure", sources, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Elsewhere; public class Unrelated { public int Value { get; set; } }", ParseOptions, path: "Unrelated.cs"));
        _warm = NewDriver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "cold run, 500 types")]
    public GeneratorDriver Cold() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "after an unrelated edit")]
    public GeneratorDriver Incremental() => _warm.RunGenerators(_edited);

    /// <summary>Whether the incremental run re-ran nothing: every tracked step cached or unchanged.</summary>
    public static bool UnrelatedEditRerunsNothing(out string detail)
    {
        var benchmark = new GeneratorBenchmarks();
        benchmark.Setup();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new generator::Privacy.Policy.Generators.PersonalDataGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(benchmark._compilation).RunGenerators(benchmark._edited);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        // The generator's own named steps and its outputs; Roslyn's internal steps that read the compilation always
        // re-run, which is what the cached steps after them are for.
        string[] ours = ["Types", "SubjectTypes", "PositionalTypes", "HintNameCollisions", "Catalog"];
        var reasons = run.TrackedSteps.Where(step => ours.Contains(step.Key)).SelectMany(step => step.Value).SelectMany(step => step.Outputs).Select(output => output.Reason)
            .Concat(run.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs).Select(output => output.Reason))
            .GroupBy(reason => reason).ToDictionary(group => group.Key, group => group.Count());
        detail = string.Join(", ", reasons.Select(pair => $"{pair.Key}: {pair.Value}"));
        return reasons.Keys.All(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    private static GeneratorDriver NewDriver()
        => CSharpGeneratorDriver.Create([new generator::Privacy.Policy.Generators.PersonalDataGenerator().AsSourceGenerator()], parseOptions: ParseOptions);

    private static string TypeSource(int i)
    {
        var source = new StringBuilder();
        source.Append("using NodaTime;\nusing Privacy.Policy;\nnamespace Measure.Domain").Append(i % 10).Append(";\n");
        source.Append("public sealed partial record Record").Append(i).Append("\n{\n");
        source.Append("    [DataSubject] public string CustomerId { get; init; } = \"\";\n");
        source.Append("    [RetentionAnchor] public Instant At { get; init; }\n");
        source.Append("    [PersonalData(Category.Usage, Retention = \"P7Y\", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.PhoneNumber)] public string Number { get; init; } = \"\";\n");
        source.Append("    [PersonalData(Category.TechnicalIdentifier, Format = DataFormat.Imsi)] public string? Imsi { get; init; }\n");
        source.Append("    [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)] public string? Email { get; init; }\n");
        source.Append("    [NotPersonalData] public int Plan { get; init; }\n");
        source.Append("}\n");
        return source.ToString();
    }
}
