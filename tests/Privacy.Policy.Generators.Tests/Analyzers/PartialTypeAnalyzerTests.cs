using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class PartialTypeAnalyzerTests
{
    [Fact]
    public Task Non_partial_type_with_personal_data_is_reported_naming_the_member()
        => Verify.AnalyzerAsync<PartialTypeAnalyzer>("""
            using Privacy.Policy;
            public class {|#0:Customer|}
            {
                [PersonalData(Category.Contact)] public string Email { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV003").WithLocation(0).WithArguments("Customer", "it holds personal data in 'Email'"));

    [Fact]
    public Task Every_kind_of_type_must_be_partial()
        => Verify.AnalyzerAsync<PartialTypeAnalyzer>("""
            using Privacy.Policy;
            public struct {|PRIV003:S|} { [PersonalData(Category.Contact)] public string Email; }
            public record {|PRIV003:R|}([property: PersonalData(Category.Contact)] string Email);
            public record struct {|PRIV003:RS|}([property: PersonalData(Category.Contact)] string Email);
            """);

    [Fact]
    public Task Non_partial_containing_type_is_reported()
        => Verify.AnalyzerAsync<PartialTypeAnalyzer>("""
            using Privacy.Policy;
            public class {|#0:Outer|}
            {
                public partial class Inner { [PersonalData(Category.Contact)] public string Email { get; init; } = ""; }
            }
            """,
            Verify.Diagnostic("PRIV003").WithLocation(0).WithArguments("Outer", "it contains 'Outer.Inner', which holds personal data in 'Email'"));

    [Fact]
    public Task Partial_types_and_types_without_personal_data_members_are_clean()
        => Verify.AnalyzerAsync<PartialTypeAnalyzer>("""
            using Privacy.Policy;
            public partial class A { [PersonalData(Category.Contact)] public string Email { get; init; } = ""; }
            public partial class A { [NotPersonalData] public int Count { get; init; } }
            public static partial class Outer { public partial record B([property: PersonalData(Category.Usage)] string Number); }
            public class C { [NotPersonalData] public int Count { get; init; } }
            public class D { [RetentionAnchor] public System.DateTimeOffset At { get; init; } }
            """);

    [Fact]
    public Task A_subject_id_alone_is_personal_data_and_needs_partial()
        => Verify.AnalyzerAsync<PartialTypeAnalyzer>(
            """
            using Privacy.Policy;
            public class {|#0:D|} { [DataSubject] public string Id { get; init; } = ""; }
            """,
            Verify.Diagnostic("PRIV003").WithLocation(0).WithArguments("D", "it holds personal data in 'Id'"));
}
