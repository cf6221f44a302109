using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Privacy.Policy.Generators.Tests;

/// <summary>
/// Runs an analyzer, or an analyzer and its code fix, over test source that references the real Privacy.Policy and
/// NodaTime assemblies, as a consumer's project does.
/// </summary>
internal static class Verify
{
    // The net8.0 build of Privacy.Policy, copied beside the tests by the project file; NodaTime's own assembly
    // targets net8.0 at the newest.
    internal static readonly ImmutableArray<MetadataReference> PrivacyReferences =
    [
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "net8.0-references"), "*.dll").Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location),
    ];

    public static Task AnalyzerAsync<TAnalyzer>(string source, string? strictNamespaces = null, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test, strictNamespaces);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task AnalyzerAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => AnalyzerAsync<TAnalyzer>(source, strictNamespaces: null, expected);

    /// <summary>Runs an analyzer over <paramref name="source"/> in a project that is no telecom provider (no <c>PrivacyPolicyTelecommunications</c>).</summary>
    public static Task AnalyzerOutsideTelecomAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test, strictNamespaces: null);
        test.TestState.AnalyzerConfigFiles.Clear();
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Runs an analyzer over <paramref name="source"/> that also references <paramref name="library"/>, compiled apart.</summary>
    public static Task AnalyzerAsync<TAnalyzer>(string source, MetadataReference library, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test, strictNamespaces: null);
        test.TestState.AdditionalReferences.Add(library);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task CodeFixAsync<TAnalyzer, TCodeFix>(
        string source,
        string fixedSource,
        string? equivalenceKey,
        int? codeActionIndex = null,
        string? strictNamespaces = null,
        int iterations = 1,
        bool compilerDiagnostics = true,
        DiagnosticResult[]? remaining = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            CodeActionIndex = codeActionIndex,
            NumberOfFixAllIterations = iterations,
            NumberOfIncrementalIterations = null,
        };
        if (!compilerDiagnostics)
        {
            test.CompilerDiagnostics = CompilerDiagnostics.None;
        }

        if (remaining is not null)
        {
            test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        }

        Configure(test, strictNamespaces);
        return test.RunAsync();
    }

    public static DiagnosticResult Diagnostic(string id) => new(id, id is "PRIV005" or "PRIV006" or "PRIV008" or "PRIV009" or "PRIV011" or "PRIV012" or "PRIV013" or "PRIV014" or "PRIV015" or "PRIV016" or "PRIV024" or "PRIV025" or "PRIV026" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error);

    private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, string? strictNamespaces)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        test.TestState.AdditionalReferences.AddRange(PrivacyReferences);

        // PRIV006 has two messages (a personal-data parameter, and personal data reached through it): markup such as
        // {|PRIV006:...|} names the id only, and the test states the message where it matters.
        test.MarkupOptions = MarkupOptions.UseFirstDescriptor;

        // The test sources model a telecom provider, as the repository's projects do (Directory.Build.props).
        string config = "is_global = true\nbuild_property.PrivacyPolicyTelecommunications = true\n";
        if (strictNamespaces is not null)
        {
            config += $"build_property.PrivacyPolicyStrictNamespaces = {strictNamespaces}\n";
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
    }
}
