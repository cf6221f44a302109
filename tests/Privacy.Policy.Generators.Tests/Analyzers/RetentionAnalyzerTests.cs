using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class RetentionAnalyzerTests
{
    private static string Member(string retention)
        => $$"""
            using Privacy.Policy;
            public partial class C
            {
                [PersonalData(Category.Usage, {|#0:Retention = {{retention}}|})]
                public string Number { get; init; } = "";
            }
            """;

    [Theory]
    [InlineData("\"7 years\"")]
    [InlineData("\"P0D\"")]
    [InlineData("\"PT0S\"")]
    [InlineData("\"\"")]
    [InlineData("\"P\"")]
    [InlineData("\"PT\"")]
    [InlineData("\"P-1Y\"")]
    [InlineData("\"-P1Y\"")]
    [InlineData("\"p7y\"")]
    [InlineData("\"P7Y \"")]
    [InlineData("\"P1M1Y\"")]
    [InlineData("\"P1.5Y\"")]
    [InlineData("\"PT1H\" + \"X\"")]
    public Task Invalid_or_non_positive_period_is_reported_at_the_argument(string retention)
        => Verify.AnalyzerAsync<RetentionAnalyzer>(Member(retention), Verify.Diagnostic("PRIV002").WithLocation(0));

    [Fact]
    public Task Message_names_the_member_and_the_value()
        => Verify.AnalyzerAsync<RetentionAnalyzer>(Member("\"7 years\""),
            Verify.Diagnostic("PRIV002").WithLocation(0).WithArguments("C", "Number", "7 years"));

    [Theory]
    [InlineData("P7Y")]
    [InlineData("P6M")]
    [InlineData("P90D")]
    [InlineData("PT48H")]
    [InlineData("P2W")]
    [InlineData("P1Y2M3W4DT5H6M7S")]
    [InlineData("PT0.5S")]
    [InlineData("P0YT1M")]
    public Task Positive_period_is_accepted(string retention)
        => Verify.AnalyzerAsync<RetentionAnalyzer>(Member($"\"{retention}\"").Replace("{|#0:", "").Replace("|}", ""));

    [Fact]
    public Task Absent_or_null_retention_means_the_category_default()
        => Verify.AnalyzerAsync<RetentionAnalyzer>("""
            using Privacy.Policy;
            public partial class C
            {
                [PersonalData(Category.Usage)] public string A { get; init; } = "";
                [PersonalData(Category.Usage, Retention = null)] public string B { get; init; } = "";
                [PersonalData(Category.Usage, Retention = Periods.Fiscal)] public string D { get; init; } = "";
            }
            static class Periods { public const string Fiscal = "P7Y"; }
            """);
}
