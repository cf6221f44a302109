using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Analyzers;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Model;
using Privacy.Policy.Generators.Semantics;
using Privacy.Policy.Generators.Tests.Generation;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Semantics;

/// <summary>
/// The copy rule decides how a redacted copy is made and, when none can be, names the member in the way and the
/// reason in the same call: the generator copies by the strategy, PRIV007 reports the member and the reason.
/// </summary>
public class CopyRuleTests
{
    [Fact]
    public async Task A_record_member_a_with_expression_cannot_set_is_the_member_and_reason_PRIV007_reports()
    {
        const string Source = """
            using Privacy.Policy;
            public partial record R
            {
                // Not redacted, so the copy need not set it.
                [NotPersonalData]
                public int Plan { get; } = 3;

                [PersonalData(Category.Contact)]
                public string Email { get; } = "";
            }
            """;

        (Compilation compilation, CopyDecision decision) = Decide(Source, "R");

        Assert.Equal(CopyStrategy.None, decision.Strategy);
        Assert.Equal("Email", decision.Member?.Name);
        Assert.Equal("'Email' has no set or init accessor, so a with expression cannot set it; add { get; init; }", decision.Reason);
        await AssertPriv007ReportsAsync(compilation, decision, "R");
    }

    [Fact]
    public async Task A_readonly_field_of_a_class_without_a_parameterless_constructor_is_the_member_in_the_way()
    {
        const string Source = """
            using Privacy.Policy;
            public partial class C
            {
                public C(string email) => Email = email;

                [PersonalData(Category.Contact)]
                public readonly string Email;
            }
            """;

        (Compilation compilation, CopyDecision decision) = Decide(Source, "C");

        Assert.Equal(CopyStrategy.None, decision.Strategy);
        Assert.Equal("Email", decision.Member?.Name);
        Assert.Equal(
            "'Email' cannot be set on a clone because it is readonly; give it a setter (a private one is enough), make the class sealed with a parameterless constructor and settable or init-only members, or make it a record",
            decision.Reason);
        await AssertPriv007ReportsAsync(compilation, decision, "C");
    }

    [Fact]
    public async Task A_class_whose_generated_base_is_not_cloned_names_no_member_but_the_base()
    {
        // The base is copied by an object initializer (its member is init-only), so a derived class cannot be cloned.
        const string Source = """
            using Privacy.Policy;
            public partial class B
            {
                [PersonalData(Category.Contact)]
                public string Email { get; init; } = "";
            }

            public partial class D : B
            {
                [PersonalData(Category.Contact)]
                public string? Phone { get; set; }
            }
            """;

        (Compilation compilation, CopyDecision decision) = Decide(Source, "D");

        Assert.Equal(CopyStrategy.Initializer, Decide(Source, "B").Decision.Strategy);
        Assert.Equal(CopyStrategy.None, decision.Strategy);
        Assert.Null(decision.Member);
        Assert.Equal("its base type 'B' cannot be cloned for redaction", decision.Reason);
        await AssertPriv007ReportsAsync(compilation, decision, "D");
    }

    [Theory]
    [InlineData("partial record R", "public string Email { get; init; } = \"\";", nameof(CopyStrategy.With))]
    [InlineData("partial struct R", "public string? Email;", nameof(CopyStrategy.With))]
    [InlineData("partial class R", "public string Email { get; private set; } = \"\";", nameof(CopyStrategy.Clone))]
    [InlineData("partial class R", "public string Email { get; init; } = \"\";", nameof(CopyStrategy.Initializer))]
    public async Task A_copyable_type_has_its_strategy_and_no_member_or_reason(string declaration, string member, string expected)
    {
        string source = $$"""
            using Privacy.Policy;
            public {{declaration}}
            {
                [PersonalData(Category.Contact)]
                {{member}}
            }
            """;

        (Compilation compilation, CopyDecision decision) = Decide(source, "R");

        Assert.Equal(new CopyDecision(System.Enum.Parse<CopyStrategy>(expected), null, null), decision);
        Assert.Empty(await Priv007Async(compilation));
    }

    private static (Compilation Compilation, CopyDecision Decision) Decide(string source, string typeName)
    {
        Compilation compilation = GeneratorHarness.Compile(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        PrivacySymbols symbols = PrivacySymbols.From(compilation) ?? throw new Xunit.Sdk.XunitException("Privacy.Policy is not referenced.");
        INamedTypeSymbol type = compilation.GetTypeByMetadataName(typeName) ?? throw new Xunit.Sdk.XunitException($"No type {typeName}.");
        return (compilation, CopyRule.Decide(type, symbols));
    }

    /// <summary>PRIV007 reports exactly the decision's reason, at its member (or at the type when no member is in the way).</summary>
    private static async Task AssertPriv007ReportsAsync(Compilation compilation, CopyDecision decision, string typeName)
    {
        Diagnostic reported = Assert.Single(await Priv007Async(compilation));
        Assert.Equal($"'{typeName}' cannot be copied for redaction: {decision.Reason}", reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Location expected = decision.Member?.Locations[0] ?? compilation.GetTypeByMetadataName(typeName)!.Locations[0];
        Assert.Equal(expected, reported.Location);
    }

    private static async Task<ImmutableArray<Diagnostic>> Priv007Async(Compilation compilation)
    {
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CopyAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(diagnostic => diagnostic.Id == "PRIV007").ToImmutableArray();
    }
}
