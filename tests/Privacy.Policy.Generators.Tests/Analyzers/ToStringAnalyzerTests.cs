using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class ToStringAnalyzerTests
{
    [Theory]
    [InlineData("partial record R", "public override string {|#0:ToString|}() => Email;", "ToString()")]
    [InlineData("partial class C", "public override string {|#0:ToString|}() => $\"C {Email}\";", "ToString()")]
    [InlineData("sealed partial record R", "private bool {|#0:PrintMembers|}(System.Text.StringBuilder builder) { builder.Append(Email); return true; }", "PrintMembers")]
    public Task A_hand_written_ToString_is_a_warning(string declaration, string method, string name)
        => Verify.AnalyzerAsync<ToStringAnalyzer>(
            $$"""
            using Privacy.Policy;
            public {{declaration}}
            {
                [PersonalData(Category.Contact)]
                public string Email { get; set; } = "";

                {{method}}
            }
            """,
            Verify.Diagnostic("PRIV008").WithLocation(0).WithArguments(declaration.Split(' ')[^1], name));

    [Fact]
    public Task A_type_without_personal_data_may_write_its_own()
        => Verify.AnalyzerAsync<ToStringAnalyzer>(
            """
            using Privacy.Policy;
            public partial record Tariff
            {
                [NotPersonalData]
                public int Id { get; init; }

                public override string ToString() => $"Tariff {Id}";
            }
            """);
}
