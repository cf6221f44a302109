using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Privacy.Policy.Generators.Tests.Generation;

/// <summary>Runs <see cref="PersonalDataGenerator"/> over test source compiled as a consumer's project would be.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    {
        ImmutableArray<MetadataReference> framework = ReferenceAssemblies.Net.Net80
            .ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
        string privacy = Path.Combine(AppContext.BaseDirectory, "net8.0-references");
        return framework
            .AddRange(Directory.GetFiles(privacy, "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)))
            .Add(MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location));
    });

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilation Compile(params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/src/File{index}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// Compiles <paramref name="source"/> as a separate library and returns it as a metadata reference, as a package
    /// or a referenced project reaches a consumer's command-line build: no private members, no syntax.
    /// </summary>
    public static MetadataReference CompileLibrary(string name, string source)
    {
        CSharpCompilation library = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/lib/{name}.cs")],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = library.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }

    public static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            [new PersonalDataGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator and returns the compilation with its output added, and the run's result.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Run(Compilation compilation)
    {
        GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (output, driver.GetRunResult());
    }
}
