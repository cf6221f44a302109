using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class CopyAnalyzerTests
{
    [Theory]
    [InlineData("partial record R", "public string {|#0:Email|} { get; } = \"\";")]
    [InlineData("partial struct S", "public readonly string? {|#0:Email|};")]
    [InlineData("partial class C", "public string {|#0:Email|} { get; } = \"\";")]
    [InlineData("sealed partial class C", "public string {|#0:Email|} { get; } = \"\";")]
    public Task A_personal_member_a_copy_cannot_set_is_an_error(string declaration, string member)
        => Verify.AnalyzerAsync<CopyAnalyzer>(
            $$"""
            using Privacy.Policy;
            public {{declaration}}
            {
                [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
                {{member}}
            }
            """,
            Verify.Diagnostic("PRIV007").WithLocation(0));

    [Fact]
    public Task The_message_says_how_to_fix_it()
        => Verify.AnalyzerAsync<CopyAnalyzer>(
            """
            using Privacy.Policy;
            public partial record R
            {
                [PersonalData(Category.Contact)]
                public string {|#0:Email|} { get; } = "";
            }
            """,
            Verify.Diagnostic("PRIV007").WithLocation(0).WithArguments("R", "'Email' has no set or init accessor, so a with expression cannot set it; add { get; init; }"));

    [Theory]
    [InlineData("partial record R", "public string Email { get; init; } = \"\";")]
    [InlineData("partial record struct R", "public string Email { get; set; }")]
    [InlineData("partial struct S", "public string? Email;")]
    [InlineData("partial class C", "public string Email { get; private set; } = \"\";")]
    [InlineData("sealed partial class C", "public string Email { get; init; } = \"\";")]
    [InlineData("partial class C", "public string Email { get; init; } = \"\";")] // rebuilt; a derived instance is refused at run time
    public Task A_copyable_type_is_clean(string declaration, string member)
        => Verify.AnalyzerAsync<CopyAnalyzer>(
            $$"""
            using Privacy.Policy;
            public {{declaration}}
            {
                [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
                {{member}}

                [NotPersonalData]
                public int Plan { get; set; }
            }
            """);

    [Fact]
    public Task Computed_non_personal_members_do_not_block_a_clone()
        => Verify.AnalyzerAsync<CopyAnalyzer>(
            """
            using Privacy.Policy;
            public partial class C
            {
                [PersonalData(Category.Contact)]
                public string Email { get; set; } = "";

                [NotPersonalData]
                public int Plan { get; } = 3;
            }
            """);
}
