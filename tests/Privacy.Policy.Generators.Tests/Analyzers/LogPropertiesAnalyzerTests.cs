using System.Threading.Tasks;
using Privacy.Policy.CodeFixes;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class LogPropertiesAnalyzerTests
{
    private const string Types = """
        public partial record CallRecord
        {
            [PersonalData(Category.Usage, Format = DataFormat.PhoneNumber)]
            public string CalledNumber { get; init; } = "";
        }

        public record Tariff(int Id);
        """;

    [Fact]
    public Task LogProperties_on_personal_data_is_a_warning()
        => Verify.AnalyzerAsync<LogPropertiesAnalyzer>(
            "using Microsoft.Extensions.Logging;\nusing Privacy.Policy;\n" + Types + """

            public static class Log
            {
                public static void CallEnded([{|#0:LogProperties|}] CallRecord call, [{|#1:LogProperties(OmitReferenceName = true)|}] CallRecord? other) { }
            }
            """,
            Verify.Diagnostic("PRIV006").WithLocation(0).WithArguments("CallRecord"),
            Verify.Diagnostic("PRIV006").WithLocation(1).WithArguments("CallRecord"));

    [Fact]
    public Task LogProperties_on_other_types_is_clean()
        => Verify.AnalyzerAsync<LogPropertiesAnalyzer>(
            "using Microsoft.Extensions.Logging;\nusing Privacy.Policy;\n" + Types + """

            public static class Log
            {
                public static void Changed([LogProperties] Tariff tariff) { }
            }
            """);

    [Fact]
    public Task The_fix_switches_to_the_tag_provider()
        => Verify.CodeFixAsync<LogPropertiesAnalyzer, UseTagProviderCodeFixProvider>(
            "using Microsoft.Extensions.Logging;\nusing Privacy.Policy;\n" + Types + """

            public static class Log
            {
                public static void CallEnded([{|PRIV006:LogProperties|}] CallRecord? call) { }
            }
            """,
            "using Microsoft.Extensions.Logging;\nusing Privacy.Policy;\nusing Privacy.Policy.Logging;\n" + Types + """

            public static class Log
            {
                public static void CallEnded([TagProvider(typeof(PersonalDataTagProvider<CallRecord>), nameof(PersonalDataTagProvider<CallRecord>.RecordTags))] CallRecord? call) { }
            }
            """,
            UseTagProviderCodeFixProvider.EquivalenceKey,
            compilerDiagnostics: false);
}
