using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class GeneratedNamesAnalyzerTests
{
    [Theory]
    [InlineData("[NotPersonalData] public string {|#0:Descriptor|} { get; init; } = \"\";", "Descriptor")]
    [InlineData("[NotPersonalData] public int {|#0:Redact|} { get; init; }", "Redact")]
    [InlineData("public static R {|#0:Redact|}(R value, object other) => value;", "Redact")]
    [InlineData("public static void {|#0:RecordPersonalDataTags|}(object a, R b) { }", "RecordPersonalDataTags")]
    [InlineData("public bool {|#0:OverridesPersonalDataMember|}(string a, int b) => false;", "OverridesPersonalDataMember")]
    [InlineData("[NotPersonalData] public int {|#0:ProjectAsRuntimeType|} { get; init; }", "ProjectAsRuntimeType")]
    [InlineData("[NotPersonalData] public int {|#0:PersonalDataJsonNames|} { get; init; }", "PersonalDataJsonNames")]
    [InlineData("public static void {|#0:PersonalDataJsonNames|}() { }", "PersonalDataJsonNames")]
    public Task A_member_named_like_generated_code_is_an_error(string member, string name)
        => Verify.AnalyzerAsync<GeneratedNamesAnalyzer>(
            $$"""
            using Privacy.Policy;
            public partial record R
            {
                [PersonalData(Category.Contact)]
                public string Email { get; init; } = "";

                {{member}}
            }
            """,
            Verify.Diagnostic("PRIV010").WithLocation(0).WithArguments("R", name, name switch
            {
                "Descriptor" => "the static descriptor property",
                "Redact" => "the static method that returns a redacted copy",
                "OverridesPersonalDataMember" => "the method that tells a base type's code which members a derived type overrides",
                "ProjectAsRuntimeType" => "the method that projects (erases or discloses) a value held as its base type with its own type's code",
                "PersonalDataJsonNames" => "the class of the export's encoded property names, which a member of this name would hide",
                _ => "the logging tag provider",
            }));

    [Fact]
    public Task Overloads_with_other_parameters_and_types_without_personal_data_are_clean()
        => Verify.AnalyzerAsync<GeneratedNamesAnalyzer>(
            """
            using Privacy.Policy;
            public partial record R
            {
                [PersonalData(Category.Contact)]
                public string Email { get; init; } = "";

                public static R Redact(R value) => value;

                // Everyday member names the generated projection does not take.
                [NotPersonalData] public string Project { get; init; } = "";
                [NotPersonalData] public string Projection { get; init; } = "";
            }

            public record Plain
            {
                [NotPersonalData]
                public string Descriptor { get; init; } = "";
            }
            """);
}
