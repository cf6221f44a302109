using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Privacy.Policy.Testing;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Generation;

/// <summary>
/// Snapshot tests: the generated source for each shape of type is compared with a checked-in baseline under
/// Generation/Baselines. Set PRIVACY_POLICY_UPDATE_BASELINES=1 to rewrite the baselines after an intended change,
/// then review the diff. Each sample must also compile with the generated code without a single warning.
/// </summary>
public sealed class GeneratedSourceTests
{
    public static TheoryData<string> Samples => new(GeneratorSamples.All.Keys);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Generated_source_matches_the_baseline(string sample)
    {
        (Compilation _, GeneratorDriverRunResult result) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorSamples.All[sample]));

        Assert.Empty(result.Diagnostics);
        GeneratedSourceResult[] sources = result.Results.Single().GeneratedSources.OrderBy(source => source.HintName, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(sources);

        string directory = BaselineDirectory(sample);
        bool update = Environment.GetEnvironmentVariable("PRIVACY_POLICY_UPDATE_BASELINES") == "1";
        if (update)
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            foreach (GeneratedSourceResult source in sources)
            {
                File.WriteAllText(Path.Combine(directory, source.HintName), source.SourceText.ToString());
            }
        }

        string[] expectedFiles = Directory.Exists(directory)
            ? Directory.GetFiles(directory).Select(path => Path.GetFileName(path)).OrderBy(name => name, StringComparer.Ordinal).ToArray()
            : [];
        Assert.Equal(expectedFiles, sources.Select(source => source.HintName));
        foreach (GeneratedSourceResult source in sources)
        {
            string expected = File.ReadAllText(Path.Combine(directory, source.HintName)).ReplaceLineEndings("\n");
            Assert.Equal(expected, source.SourceText.ToString().ReplaceLineEndings("\n"));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Generated_source_compiles_without_warnings(string sample)
    {
        (Compilation output, GeneratorDriverRunResult _) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorSamples.All[sample]));

        Diagnostic[] problems = output.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems.Select(problem => problem.ToString())));
    }

    [Fact]
    public void A_type_that_is_not_partial_gets_no_code()
    {
        const string Source = """
            using Privacy.Policy;
            public class Plain { [PersonalData(Category.Contact)] public string? Email { get; set; } }
            """;
        (Compilation _, GeneratorDriverRunResult result) = GeneratorHarness.Run(GeneratorHarness.Compile(Source));
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void A_type_with_a_name_the_generated_code_needs_gets_no_code_so_that_PRIV010_can_be_reported()
    {
        const string Source = """
            using Privacy.Policy;
            public partial class Account
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Billing)]
                public string? Email { get; set; }

                [NotPersonalData]
                public int ProjectPersonalData { get; set; }
            }

            public partial class Other
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Billing)]
                public string? Email { get; set; }
            }

            // Types that build on the one without generated code must not assume it has some.
            public partial class Premium : Account
            {
                [PersonalData(Category.Payment, Purposes = Purpose.Billing)]
                public string? Iban { get; set; }
            }

            public partial class Holder
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Billing)]
                public Account? Home { get; set; }

                [PersonalData(Category.Contact, Purposes = Purpose.Billing)]
                public System.Collections.Generic.List<Account> Others { get; set; } = new();
            }
            """;
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(GeneratorHarness.Compile(Source));

        Assert.DoesNotContain(result.Results.Single().GeneratedSources, source => source.HintName.StartsWith("Account.", StringComparison.Ordinal));
        Assert.Contains(result.Results.Single().GeneratedSources, source => source.HintName.StartsWith("Other.", StringComparison.Ordinal));
        Diagnostic[] errors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(error => error.ToString())));
    }

    [Fact]
    public void An_anchor_of_the_wrong_type_adds_no_compiler_error_to_the_analyzers_one()
    {
        const string Source = """
            using Privacy.Policy;
            public partial record Reading
            {
                [RetentionAnchor]
                [NotPersonalData]
                public string TakenAt { get; init; } = "";

                [PersonalData(Category.Usage, Retention = "P1Y", Purposes = Purpose.Billing)]
                public long Bytes { get; init; }
            }
            """;
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(GeneratorHarness.Compile(Source));

        Assert.NotEmpty(result.Results.Single().GeneratedSources);
        Diagnostic[] errors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(error => error.ToString())));
    }

    [Fact]
    public void A_type_with_an_explicit_interface_property_gets_no_code_so_that_PRIV017_can_be_reported()
    {
        const string Source = """
            using Privacy.Policy;
            public interface IHasEmail
            {
                string Email { get; set; }
            }

            public partial class Account : IHasEmail
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Billing)]
                string IHasEmail.Email { get; set; } = "";

                [PersonalData(Category.Contact, Purposes = Purpose.Billing)]
                public string? Phone { get; set; }
            }

            public partial class Premium : Account
            {
                [PersonalData(Category.Payment, Purposes = Purpose.Billing)]
                public string? Iban { get; set; }
            }
            """;
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(GeneratorHarness.Compile(Source));

        Assert.DoesNotContain(result.Results.Single().GeneratedSources, source => source.HintName.StartsWith("Account.", StringComparison.Ordinal));
        Diagnostic[] errors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(error => error.ToString())));
    }

    private static string BaselineDirectory(string sample)
        => RepositoryPaths.Combine("tests", "Privacy.Policy.Generators.Tests", "Generation", "Baselines", sample);
}
