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
    public Task Marketing_without_a_consent_record_is_reported_at_each_consent_based_member()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            public partial class Profile
            {
                [PersonalData(Category.Marketing, {|#0:Purposes = Purpose.Marketing|})]
                public string Interests { get; init; } = "";

                [PersonalData(Category.Marketing, {|#1:Purposes = Purpose.Marketing | Purpose.Billing|})]
                public string Segment { get; init; } = "";

                [PersonalData(Category.Marketing, Purposes = Purpose.Billing)]
                public string Plan { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV012").WithLocation(0).WithArguments("Profile", "Interests", "Marketing"),
            Verify.Diagnostic("PRIV012").WithLocation(1).WithArguments("Profile", "Segment", "Marketing"));

    [Theory]
    [InlineData("public bool OptedIn { get; init; }")]
    [InlineData("public bool? MarketingConsent { get; init; }")]
    [InlineData("public NodaTime.Instant? ConsentWithdrawn { get; init; }")]
    [InlineData("public System.DateTimeOffset ConsentGiven;")]
    public Task A_member_merely_named_for_consent_no_longer_records_it(string member)
        => Verify.AnalyzerAsync<PurposeAnalyzer>($$"""
            using Privacy.Policy;
            public partial class Profile
            {
                [PersonalData(Category.Marketing, {|#0:Purposes = Purpose.Marketing|})]
                public string Interests { get; init; } = "";

                [NotPersonalData]
                {{member}}
            }
            """,
            Verify.Diagnostic("PRIV012").WithLocation(0).WithArguments("Profile", "Interests", "Marketing"));

    [Theory]
    [InlineData("public bool OptedIn { get; init; }")]
    [InlineData("public bool? Offers { get; init; }")]
    [InlineData("public NodaTime.Instant? Since { get; init; }")]
    [InlineData("public System.DateTimeOffset? Given;")]
    public Task A_consent_record_covering_the_purpose_records_it(string member)
        => Verify.AnalyzerAsync<PurposeAnalyzer>($$"""
            using Privacy.Policy;
            public partial class Profile
            {
                [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
                public string Interests { get; init; } = "";

                [ConsentRecord(Purpose.Marketing | Purpose.Support)]
                {{member}}
            }
            """);

    [Fact]
    public Task A_consent_record_for_another_purpose_does_not_count()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            public partial class Profile
            {
                [PersonalData(Category.Marketing, {|#0:LegalBasis = LegalBasis.Consent|}, Purposes = Purpose.Marketing | Purpose.Support)]
                public string Interests { get; init; } = "";

                [ConsentRecord(Purpose.Marketing)]
                public bool OptedIn { get; init; }
            }
            """,
            Verify.Diagnostic("PRIV012").WithLocation(0).WithArguments("Profile", "Interests", "Support"));

    [Fact]
    public Task A_member_basis_other_than_consent_needs_no_record()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            public partial class Profile
            {
                [PersonalData(Category.Marketing, Purposes = Purpose.Marketing, LegalBasis = LegalBasis.LegitimateInterest, Interest = "Soft opt-in (Tw 11.7(3))")]
                public string Interests { get; init; } = "";
            }
            """);

    [Fact]
    public Task A_consent_record_on_a_base_type_counts()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            public class Consentable
            {
                [ConsentRecord(Purpose.Marketing)]
                public bool OptIn { get; set; }
            }

            public partial class Profile : Consentable
            {
                [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
                public string Interests { get; set; } = "";
            }
            """);

    [Theory]
    [InlineData("string", "string")]
    [InlineData("System.DateTimeOffset", "DateTimeOffset")]
    [InlineData("NodaTime.Instant", "Instant")]
    [InlineData("int?", "int?")]
    public Task A_consent_record_that_cannot_say_no_is_reported(string type, string shown)
        => Verify.AnalyzerAsync<PurposeAnalyzer>($$"""
            using Privacy.Policy;
            public partial class Profile
            {
                [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
                public string Interests { get; init; } = "";

                [ConsentRecord(Purpose.Marketing)]
                public {{type}} {|#0:Consent|} { get; init; }
            }
            """,
            Verify.Diagnostic("PRIV004").WithLocation(0).WithArguments("Profile", "Consent", $"[ConsentRecord] is a bool, bool? or nullable date/time whose false or null means no consent; a '{shown}' cannot record a refusal or a withdrawal (GDPR art. 7(1), 7(3))"));

    [Fact]
    public Task A_member_holding_a_marketing_type_leaves_consent_to_that_type()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            public partial class Profile
            {
                [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
                public string Interests { get; init; } = "";

                [ConsentRecord(Purpose.Marketing)]
                public bool OptedIn { get; init; }
            }

            public partial class Customer
            {
                [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
                public Profile? Marketing { get; init; }
            }
            """);

    [Fact]
    public Task An_undeclared_company_purpose_is_reported_on_members_and_consent_records()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            public partial class Visit
            {
                [PersonalData(Category.Location, {|#0:Purposes = Purpose.ServiceDelivery | (Purpose)(1 << 17)|})]
                public string Cell { get; init; } = "";

                [{|#1:ConsentRecord((Purpose)(1 << 18))|}]
                public bool Agreed { get; init; }
            }
            """,
            Verify.Diagnostic("PRIV020").WithLocation(0).WithArguments("Visit", "Cell", "(Purpose)131072"),
            Verify.Diagnostic("PRIV020").WithLocation(1).WithArguments("Visit", "Agreed", "(Purpose)262144"));

    [Fact]
    public Task A_declared_company_purpose_is_accepted_and_its_consent_basis_needs_a_record()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            [assembly: ProcessingPurpose((Purpose)(1 << 16), LegalBasis.Consent, Name = "Research", Dutch = "Onderzoek", English = "Research")]
            public partial class Visit
            {
                [PersonalData(Category.Location, {|#0:Purposes = Purpose.ServiceDelivery | (Purpose)(1 << 16)|})]
                public string Cell { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV012").WithLocation(0).WithArguments("Visit", "Cell", "Research"));

    [Fact]
    public Task A_legitimate_interest_without_its_interest_is_reported_on_the_member_and_the_declaration()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            [assembly: {|#1:ProcessingPurpose(Purpose.Support, LegalBasis.LegitimateInterest)|}]
            [assembly: ProcessingPurpose(Purpose.Shipping, LegalBasis.LegitimateInterest, Interest = "Parcels reach the right door")]
            public partial class Ticket
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Billing, {|#0:LegalBasis = LegalBasis.LegitimateInterest|})]
                public string Address { get; init; } = "";

                [PersonalData(Category.Contact, Purposes = Purpose.Billing, LegalBasis = LegalBasis.LegitimateInterest, Interest = "Legal claims after the contract")]
                public string Name { get; init; } = "";

                [PersonalData(Category.Contact, Purposes = Purpose.Security | Purpose.Shipping)]
                public string Phone { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV021").WithLocation(0).WithArguments("'Ticket.Address'"),
            Verify.Diagnostic("PRIV021").WithLocation(1).WithArguments("The declaration of Support"));

    [Fact]
    public Task Malformed_and_conflicting_declarations_are_reported()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            [assembly: {|#0:ProcessingPurpose(Purpose.Billing | Purpose.Support, LegalBasis.Contract)|}]
            [assembly: {|#1:ProcessingPurpose((Purpose)(1 << 16), LegalBasis.Contract)|}]
            [assembly: {|#2:ProcessingPurpose((Purpose)(1 << 12), LegalBasis.Contract, Name = "Twelve")|}]
            [assembly: {|#3:ProcessingPurpose(Purpose.Shipping, LegalBasis.Contract, Dutch = "Pakketten")|}]
            [assembly: {|#4:ProcessingPurpose(Purpose.Shipping, LegalBasis.Contract, Dutch = "Bezorging")|}]
            [assembly: ProcessingPurpose(Purpose.Support, LegalBasis.Contract, Dutch = "Hulp")]
            [assembly: ProcessingPurpose(Purpose.Support, LegalBasis.Contract, Dutch = "Hulp")]
            """,
            Verify.Diagnostic("PRIV022").WithLocation(0).WithArguments("Billing, Support", "it names more than one purpose; declare each flag on its own"),
            Verify.Diagnostic("PRIV022").WithLocation(1).WithArguments("(Purpose)65536", "a company purpose needs a Name, which exports and records print"),
            Verify.Diagnostic("PRIV022").WithLocation(2).WithArguments("(Purpose)4096", "bits 9 to 15 are kept for built-in purposes; a company purpose is a value in bits 16 to 30, such as (Purpose)(1 << 16)"),
            Verify.Diagnostic("PRIV022").WithLocation(3).WithArguments("Shipping", "it is declared again in this assembly with a different basis, interest, wording or requirement"),
            Verify.Diagnostic("PRIV022").WithLocation(4).WithArguments("Shipping", "it is declared again in this assembly with a different basis, interest, wording or requirement"));

    /// <summary>The company's shared assembly: a company purpose and a built-in one declared on consent.</summary>
    private static readonly Microsoft.CodeAnalysis.MetadataReference SharedPurposes = Privacy.Policy.Generators.Tests.Generation.GeneratorHarness.CompileLibrary("SharedPurposes", """
        using Privacy.Policy;
        [assembly: ProcessingPurpose((Purpose)(1 << 16), LegalBasis.Consent, Name = "Research")]
        [assembly: ProcessingPurpose(Purpose.Support, LegalBasis.LegitimateInterest)]
        namespace Shared;
        public static class Purposes { public const Purpose Research = (Purpose)(1 << 16); }
        """);

    [Fact]
    public Task Declarations_of_a_referenced_assembly_count()
        => Verify.AnalyzerAsync<PurposeAnalyzer>("""
            using Privacy.Policy;
            [assembly: {|#2:ProcessingPurpose(Shared.Purposes.Research, LegalBasis.LegitimateInterest, Name = "Research", Interest = "Improving the network")|}]
            public partial class Visit
            {
                [PersonalData(Category.Location, Purposes = Shared.Purposes.Research)]
                public string Cell { get; init; } = "";

                [PersonalData(Category.Contact, {|#0:Purposes = Purpose.Support|})]
                public string Phone { get; init; } = "";

                [PersonalData(Category.Location, {|#1:Purposes = (Purpose)(1 << 19)|})]
                public string Area { get; init; } = "";
            }
            """,
            SharedPurposes,
            Verify.Diagnostic("PRIV021").WithLocation(0).WithArguments("'Visit.Phone' (Support, as a referenced assembly declares it)"),
            Verify.Diagnostic("PRIV020").WithLocation(1).WithArguments("Visit", "Area", "(Purpose)524288"),
            Verify.Diagnostic("PRIV022").WithLocation(2).WithArguments("Research", "'SharedPurposes' declares it with a different basis, interest, wording or requirement"));
}
