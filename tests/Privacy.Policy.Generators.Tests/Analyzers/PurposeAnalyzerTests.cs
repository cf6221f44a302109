using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class PurposeAnalyzerTests
{
    [Fact]
    public Task A_member_without_purposes_is_reported_at_its_attribute()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            public partial class C
            {
                [{|#0:PersonalData(Category.Contact)|}]
                public string Email { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV013").WithLocation(0).WithArguments("C", "Email"));

    [Fact]
    public Task Purpose_none_written_out_is_reported_at_the_argument()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            public partial record R
            {
                [PersonalData(Category.Contact, {|#0:Purposes = Purpose.None|})]
                public string Email { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV013").WithLocation(0).WithArguments("R", "Email"));

    [Fact]
    public Task Members_with_a_purpose_and_holders_of_other_personal_data_are_not_reported()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using System.Collections.Generic;
            using Privacy.Policy;
            public partial class Call
            {
                [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
                public string Number { get; init; } = "";
            }

            public partial class Customer
            {
                [PersonalData(Category.Usage)]
                public List<Call> Calls { get; init; } = new();

                [PersonalData(Category.Usage)]
                public Dictionary<int, Call[]>? ByDay { get; init; }

                [DataSubject]
                public string Id { get; init; } = "";

                [NotPersonalData]
                public int Plan { get; init; }
            }
            """);

    [Fact]
    public Task A_member_typed_by_a_personal_data_type_parameter_is_not_reported()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using System.Collections.Generic;
            using Privacy.Policy;
            public partial class Envelope<T>
                where T : IPersonalData<T>
            {
                [PersonalData(Category.Correspondence)]
                public T? Payload { get; init; }

                [PersonalData(Category.Correspondence)]
                public List<T> Items { get; init; } = new();
            }
            """);

    [Fact]
    public Task Marketing_without_a_consent_member_is_reported_once_per_type()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            public partial class Profile
            {
                [PersonalData(Category.Marketing, {|#0:Purposes = Purpose.Marketing|})]
                public string Interests { get; init; } = "";

                [PersonalData(Category.Marketing, Purposes = Purpose.Marketing | Purpose.Billing)]
                public string Segment { get; init; } = "";

                [NotPersonalData]
                public bool Consented { get; init; }
            }

            public partial class Offer
            {
                [PersonalData(Category.Marketing, {|#1:Purposes = Purpose.Billing | Purpose.Marketing|})]
                public string Interests { get; init; } = "";

                [NotPersonalData]
                public string ConsentText { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV012").WithLocation(1).WithArguments("Offer", "Interests", "Marketing"));

    [Theory]
    [InlineData("public bool OptedIn { get; init; }")]
    [InlineData("public bool? MarketingConsent { get; init; }")]
    [InlineData("public NodaTime.Instant? ConsentWithdrawn { get; init; }")]
    [InlineData("public System.DateTimeOffset ConsentGiven;")]
    public Task A_bool_or_date_member_named_for_consent_records_it(string member)
        => Verify.AnalyzerAsync<PurposeAnalyzer>($$"""
            using Privacy.Policy;
            public partial class Profile
            {
                [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
                public string Interests { get; init; } = "";

                [NotPersonalData]
                {{member}}
            }
            """);

    [Fact]
    public Task A_consent_member_on_a_base_type_counts()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            public class Consentable
            {
                [NotPersonalData]
                public bool OptIn { get; set; }
            }

            public partial class Profile : Consentable
            {
                [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
                public string Interests { get; set; } = "";
            }
            """);

    [Fact]
    public Task A_member_holding_a_marketing_type_leaves_consent_to_that_type()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            public partial class Profile
            {
                [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
                public string Interests { get; init; } = "";

                [NotPersonalData]
                public bool OptedIn { get; init; }
            }

            public partial class Customer
            {
                [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
                public Profile? Marketing { get; init; }
            }
            """);
}
