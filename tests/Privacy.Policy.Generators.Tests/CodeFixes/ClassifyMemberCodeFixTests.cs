using System.Threading.Tasks;
using Privacy.Policy.CodeFixes;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.CodeFixes;

public class ClassifyMemberCodeFixTests
{
    private static Task FixAsync(string source, string fixedSource, string key, string? strictNamespaces = null)
        => Verify.CodeFixAsync<ClassificationAnalyzer, ClassifyMemberCodeFixProvider>(source, fixedSource, key, strictNamespaces: strictNamespaces);

    [Fact]
    public Task Not_personal_data_is_added_below_the_documentation_comment_with_a_reason_to_complete()
        => FixAsync("""
            using Privacy.Policy;
            public partial class Call
            {
                [PersonalData(Category.Usage)]
                public string CalledNumber { get; init; } = "";

                /// <summary>The tariff.</summary>
                public int {|PRIV001:TariffPlanId|} { get; init; }
            }
            """, """
            using Privacy.Policy;
            public partial class Call
            {
                [PersonalData(Category.Usage)]
                public string CalledNumber { get; init; } = "";

                /// <summary>The tariff.</summary>
                [NotPersonalData(Reason = "TODO: say why this member holds no personal data")]
                public int TariffPlanId { get; init; }
            }
            """, ClassifyMemberCodeFixProvider.NotPersonalDataKey);

    [Theory]
    [InlineData("string", "Email", "Category.Contact, Format = DataFormat.EmailAddress")]
    [InlineData("string", "Imsi", "Category.TechnicalIdentifier, Format = DataFormat.Imsi")]
    [InlineData("ulong", "Imei", "Category.TechnicalIdentifier, Format = DataFormat.Imei")]
    [InlineData("string", "Iban", "Category.Payment, Format = DataFormat.Iban")]
    [InlineData("string", "PasswordHash", "Category.Credentials, Format = DataFormat.Secret")]
    [InlineData("string", "CalledNumber", "Category.Usage, Format = DataFormat.PhoneNumber")]
    [InlineData("string?", "MacAddress", "Category.TechnicalIdentifier, Format = DataFormat.MacAddress")]
    [InlineData("string", "Bsn", "Category.NationalIdentifier, Format = DataFormat.Bsn")]
    [InlineData("int", "DurationSeconds", "Category.Usage")]
    public Task Suggested_classification_follows_the_member_name(string type, string name, string arguments)
        => FixAsync($$"""
            using Privacy.Policy;
            public partial class Subscriber
            {
                [DataSubject] public string CustomerId { get; init; } = "";
                public {{type}} {|PRIV001:{{name}}|} { get; init; }
            }
            """, $$"""
            using Privacy.Policy;
            public partial class Subscriber
            {
                [DataSubject] public string CustomerId { get; init; } = "";
                [PersonalData({{arguments}})]
                public {{type}} {{name}} { get; init; }
            }
            """, ClassifyMemberCodeFixProvider.SuggestedKey);

    [Fact]
    public Task Category_picked_from_the_list_is_written()
        => FixAsync("""
            using Privacy.Policy;
            public partial class Subscriber
            {
                [DataSubject] public string CustomerId { get; init; } = "";
                public string {|PRIV001:Segment2|} = "";
            }
            """, """
            using Privacy.Policy;
            public partial class Subscriber
            {
                [DataSubject] public string CustomerId { get; init; } = "";

                [PersonalData(Category.Marketing)]
                public string Segment2 = "";
            }
            """, ClassifyMemberCodeFixProvider.CategoryKeyPrefix + "Marketing");

    [Fact]
    public Task Positional_record_parameter_gets_a_property_targeted_attribute()
        => FixAsync("""
            using Privacy.Policy;
            public partial record Call([property: PersonalData(Category.Usage)] string CalledNumber, int {|PRIV001:TariffPlanId|});
            """, """
            using Privacy.Policy;
            public partial record Call([property: PersonalData(Category.Usage)] string CalledNumber, [property: NotPersonalData(Reason = "TODO: say why this member holds no personal data")] int TariffPlanId);
            """, ClassifyMemberCodeFixProvider.NotPersonalDataKey);

    [Fact]
    public Task Fix_adds_the_using_directive_when_it_is_missing()
        => FixAsync("""
            namespace Company.Billing
            {
                public class Invoice
                {
                    public string {|PRIV001:Email|} { get; init; } = "";
                }
            }
            """, """
            using Privacy.Policy;

            namespace Company.Billing
            {
                public class Invoice
                {
                    [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
                    public string Email { get; init; } = "";
                }
            }
            """, ClassifyMemberCodeFixProvider.SuggestedKey, strictNamespaces: "Company.Billing");

    [Fact]
    public Task Fix_all_of_an_explicit_not_personal_data_writes_a_reason_on_every_member()
        => FixAsync("""
            using Privacy.Policy;
            public partial class Call
            {
                [PersonalData(Category.Usage)] public string CalledNumber { get; init; } = "";
                public int {|PRIV001:TariffPlanId|} { get; init; }
                public int {|PRIV001:SwitchId|} { get; init; }
                private int {|PRIV001:_retries|};
            }
            public partial class Line
            {
                [DataSubject] public string CustomerId { get; init; } = "";
                public bool {|PRIV001:Active|} { get; init; }
            }
            """, """
            using Privacy.Policy;
            public partial class Call
            {
                [PersonalData(Category.Usage)] public string CalledNumber { get; init; } = "";
                [NotPersonalData(Reason = "TODO: say why this member holds no personal data")]
                public int TariffPlanId { get; init; }
                [NotPersonalData(Reason = "TODO: say why this member holds no personal data")]
                public int SwitchId { get; init; }

                [NotPersonalData(Reason = "TODO: say why this member holds no personal data")]
                private int _retries;
            }
            public partial class Line
            {
                [DataSubject] public string CustomerId { get; init; } = "";
                [NotPersonalData(Reason = "TODO: say why this member holds no personal data")]
                public bool Active { get; init; }
            }
            """, ClassifyMemberCodeFixProvider.NotPersonalDataKey);

    [Theory]
    [InlineData("string", "Email", "Category.Contact, Format = DataFormat.EmailAddress")]
    [InlineData("string", "Imsi", "Category.TechnicalIdentifier, Format = DataFormat.Imsi")]
    public Task First_action_is_the_suggested_classification_never_a_declassification(string type, string name, string arguments)
        => Verify.CodeFixAsync<ClassificationAnalyzer, ClassifyMemberCodeFixProvider>($$"""
            using Privacy.Policy;
            public partial class Subscriber
            {
                [DataSubject] public string CustomerId { get; init; } = "";
                public {{type}} {|PRIV001:{{name}}|} { get; init; }
            }
            """, $$"""
            using Privacy.Policy;
            public partial class Subscriber
            {
                [DataSubject] public string CustomerId { get; init; } = "";
                [PersonalData({{arguments}})]
                public {{type}} {{name}} { get; init; }
            }
            """, equivalenceKey: null, codeActionIndex: 0);

    [Fact]
    public Task Fix_all_of_the_first_action_classifies_what_names_suggest_and_leaves_the_rest_to_the_developer()
        => Verify.CodeFixAsync<ClassificationAnalyzer, ClassifyMemberCodeFixProvider>("""
            using Privacy.Policy;
            public partial class Subscriber
            {
                [DataSubject] public string CustomerId { get; init; } = "";
                public string {|PRIV001:Email|} { get; init; } = "";
                public string {|PRIV001:Imsi|} { get; init; } = "";
                public int {|PRIV001:Segment2|} { get; init; }
            }
            """, """
            using Privacy.Policy;
            public partial class Subscriber
            {
                [DataSubject] public string CustomerId { get; init; } = "";
                [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
                public string Email { get; init; } = "";
                [PersonalData(Category.TechnicalIdentifier, Format = DataFormat.Imsi)]
                public string Imsi { get; init; } = "";
                public int Segment2 { get; init; }
            }
            """, ClassifyMemberCodeFixProvider.SuggestedKey, remaining: [Verify.Diagnostic("PRIV001").WithSpan(9, 16, 9, 24).WithArguments("Subscriber", "Segment2", "the type holds personal data")]);

    private const string IdentityAttribute = """

        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public class PersonalDataAttribute : System.Attribute { }
        }
        """;

    [Fact]
    public Task With_ASP_NET_Core_Identity_in_scope_the_alias_is_used()
        => FixAsync("""
            using Microsoft.AspNetCore.Identity;
            using Privacy.Policy;
            using PersonalDataAttribute = Privacy.Policy.PersonalDataAttribute;

            public partial class ApplicationUser
            {
                [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
                public string Email { get; set; } = "";

                public string {|PRIV001:PhoneNumber|} { get; set; } = "";
            }
            """ + IdentityAttribute, """
            using Microsoft.AspNetCore.Identity;
            using Privacy.Policy;
            using PersonalDataAttribute = Privacy.Policy.PersonalDataAttribute;

            public partial class ApplicationUser
            {
                [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
                public string Email { get; set; } = "";

                [PersonalData(Category.Contact, Format = DataFormat.PhoneNumber)]
                public string PhoneNumber { get; set; } = "";
            }
            """ + IdentityAttribute, ClassifyMemberCodeFixProvider.SuggestedKey);
}
