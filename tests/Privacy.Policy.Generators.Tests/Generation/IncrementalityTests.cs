using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Generation;

/// <summary>
/// The generator caches: an unrelated edit or a comment leaves every tracked step cached or unchanged, and editing
/// one type's attribute regenerates that type's file alone. Models hold no symbols or compilations.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly string[] TrackedSteps =
    [
        PersonalDataGenerator.TrackingNames.Types,
        PersonalDataGenerator.TrackingNames.SubjectTypes,
        PersonalDataGenerator.TrackingNames.PositionalTypes,
        PersonalDataGenerator.TrackingNames.DerivedTypes,
        PersonalDataGenerator.TrackingNames.HintNameCollisions,
        PersonalDataGenerator.TrackingNames.Catalog,
        PersonalDataGenerator.TrackingNames.Declarations,
    ];

    [Fact]
    public void An_unrelated_file_leaves_every_step_cached_or_unchanged()
    {
        CSharpCompilation first = GeneratorHarness.Compile(GeneratorSamples.Record, GeneratorSamples.Structs);
        CSharpCompilation second = first.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Elsewhere; public class Unrelated { public int Value { get; set; } }", GeneratorHarness.ParseOptions, path: "/src/Unrelated.cs"));

        GeneratorDriverRunResult result = RunTwice(first, second);

        AssertAllCachedOrUnchanged(result);
        Assert.All(result.Results.Single().TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void A_comment_edit_leaves_every_step_cached_or_unchanged()
    {
        CSharpCompilation first = GeneratorHarness.Compile(GeneratorSamples.Record, GeneratorSamples.Structs);
        SyntaxTree tree = first.SyntaxTrees.First();
        SyntaxTree commented = tree.WithChangedText(tree.GetText().Replace(0, 0, "// A comment about calls.\n"));
        CSharpCompilation second = first.ReplaceSyntaxTree(tree, commented);

        GeneratorDriverRunResult result = RunTwice(first, second);

        AssertAllCachedOrUnchanged(result);
    }

    [Fact]
    public void Editing_an_attribute_regenerates_only_that_type()
    {
        CSharpCompilation first = GeneratorHarness.Compile(GeneratorSamples.Record, GeneratorSamples.Structs);
        SyntaxTree tree = first.SyntaxTrees.First();
        string text = tree.GetText().ToString();
        SyntaxTree edited = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace("Retention = \"P7Y\"", "Retention = \"P10Y\"", StringComparison.Ordinal)));
        CSharpCompilation second = first.ReplaceSyntaxTree(tree, edited);

        GeneratorDriverRunResult result = RunTwice(first, second);
        GeneratorRunResult run = result.Results.Single();

        IncrementalStepRunReason[] types = new[] { PersonalDataGenerator.TrackingNames.Types, PersonalDataGenerator.TrackingNames.SubjectTypes, PersonalDataGenerator.TrackingNames.PositionalTypes }
            .SelectMany(name => run.TrackedSteps.TryGetValue(name, out ImmutableArray<IncrementalGeneratorRunStep> steps) ? steps : [])
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)
            .ToArray();
        Assert.Contains(IncrementalStepRunReason.Modified, types);

        // The type's file, and the catalog, whose JSON describes the member's retention.
        var outputs = run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).ToArray();
        Assert.Equal(2, outputs.Count(output => output.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.Contains("\"retention\\\":\\\"P10Y\\\"", run.GeneratedSources.Single(source => source.HintName == "PrivacyPolicy.PersonalDataCatalog.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        string regenerated = run.GeneratedSources.Single(source => source.HintName.Contains("CallRecord", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("\"P10Y\"", regenerated, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_that_declares_nothing_leaves_the_declarations_step_unchanged_and_every_output_cached()
    {
        CSharpCompilation first = GeneratorHarness.Compile(GeneratorSamples.Declared, GeneratorSamples.Structs);
        SyntaxTree tree = first.SyntaxTrees.First();
        string text = tree.GetText().ToString();
        SyntaxTree edited = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text + "\nnamespace Elsewhere { public class Unrelated { public int Value { get; set; } } }\n"));
        CSharpCompilation second = first.ReplaceSyntaxTree(tree, edited);

        GeneratorDriverRunResult result = RunTwice(first, second);
        GeneratorRunResult run = result.Results.Single();

        IncrementalStepRunReason[] declarations = run.TrackedSteps[PersonalDataGenerator.TrackingNames.Declarations]
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)
            .ToArray();
        Assert.NotEmpty(declarations);
        Assert.All(declarations, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        AssertAllCachedOrUnchanged(result);
        Assert.All(run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void Editing_a_declaration_regenerates_the_types_that_use_it()
    {
        CSharpCompilation first = GeneratorHarness.Compile(GeneratorSamples.Declared);
        SyntaxTree tree = first.SyntaxTrees.First();
        string text = tree.GetText().ToString();
        SyntaxTree edited = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace("Het netwerk plannen naar het verkeer", "Het netwerk plannen", StringComparison.Ordinal)));
        CSharpCompilation second = first.ReplaceSyntaxTree(tree, edited);

        GeneratorRunResult run = RunTwice(first, second).Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, run.TrackedSteps[PersonalDataGenerator.TrackingNames.Declarations].SelectMany(step => step.Outputs).Select(output => output.Reason));
        string regenerated = run.GeneratedSources.Single(source => source.HintName.Contains("CellVisit", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("Interest = \"Het netwerk plannen\", ", regenerated, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_outputs_hold_no_symbols_or_compilations()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(GeneratorSamples.All.Values.ToArray());
        GeneratorRunResult run = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();

        int checkedOutputs = 0;
        foreach (string step in TrackedSteps)
        {
            foreach (IncrementalGeneratorRunStep runStep in run.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> steps) ? steps : [])
            {
                foreach ((object value, IncrementalStepRunReason _) in runStep.Outputs)
                {
                    AssertHoldsNoRoslynObjects(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                    checkedOutputs++;
                }
            }
        }

        Assert.True(checkedOutputs >= 10, $"only {checkedOutputs} outputs checked");
    }

    private static GeneratorDriverRunResult RunTwice(Compilation first, Compilation second)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(first);
        return driver.RunGenerators(second.Clone()).GetRunResult();
    }

    private static void AssertAllCachedOrUnchanged(GeneratorDriverRunResult result)
    {
        GeneratorRunResult run = result.Results.Single();
        foreach (string step in TrackedSteps)
        {
            if (!run.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> steps))
            {
                continue;
            }

            foreach (IncrementalGeneratorRunStep runStep in steps)
            {
                foreach ((object _, IncrementalStepRunReason reason) in runStep.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {step}: {reason}");
                }
            }
        }
    }

    private static void AssertHoldsNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or Compilation or SemanticModel or SyntaxNode, $"step {step} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                AssertHoldsNoRoslynObjects(item, step, seen);
            }

            return;
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
