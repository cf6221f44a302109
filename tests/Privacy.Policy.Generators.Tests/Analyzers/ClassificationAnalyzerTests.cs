using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class ClassificationAnalyzerTests
{
    private const string Usings = "using NodaTime;\nusing Privacy.Policy;\n";

    [Fact]
    public Task Unclassified_property_beside_personal_data_is_reported_with_type_and_member()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            public partial class CallRecord
            {
                [PersonalData(Category.Usage)]
                public string CalledNumber { get; init; } = "";

                public int {|#0:TariffPlanId|} { get; init; }
            }
            """,
            Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("CallRecord", "TariffPlanId", "the type holds personal data"));

    [Fact]
    public Task Unclassified_fields_of_every_kind_of_type_are_reported()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            public partial class C { [PersonalData(Category.Contact)] public string Email = ""; public int {|PRIV001:Count|}; }
            public partial struct S { [PersonalData(Category.Contact)] public string Email; public int {|PRIV001:Count|}; }
            public partial record R { [PersonalData(Category.Contact)] public string Email { get; init; } = ""; public int {|PRIV001:Count|} { get; init; } }
            public partial record struct RS { [PersonalData(Category.Contact)] public string Email { get; init; } public int {|PRIV001:Count|} { get; init; } }
            """);

    [Fact]
    public Task Positional_record_parameter_is_reported_at_the_parameter()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            public partial record Call(
                [property: PersonalData(Category.Usage)] string CalledNumber,
                int {|#0:DurationSeconds|});
            """,
            Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("Call", "DurationSeconds", "the type holds personal data"));

    [Fact]
    public Task Computed_static_and_constant_members_are_exempt()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            public partial class Customer
            {
                public const int MaxLines = 5;
                public static int Instances;
                public static string Region { get; set; } = "";

                [PersonalData(Category.Identity, Format = DataFormat.PersonName)]
                public string FirstName { get; init; } = "";

                [PersonalData(Category.Identity, Format = DataFormat.PersonName)]
                public string LastName { get; init; } = "";

                public string FullName => FirstName + " " + LastName;
                public int this[int index] => index;
                public event System.EventHandler? Changed;
            }
            """);

    [Fact]
    public Task Fully_classified_type_and_type_without_personal_data_are_clean()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            public partial record CallRecord
            {
                [DataSubject] public string CustomerId { get; init; } = "";
                [RetentionAnchor] public Instant CallStart { get; init; }
                [PersonalData(Category.Usage, Retention = "P7Y")] public string CalledNumber { get; init; } = "";
                [NotPersonalData(Reason = "a tariff is shared by every customer on it")] public int TariffPlanId { get; init; }
            }

            public class Tariff
            {
                public int Id { get; init; }
                public decimal PricePerMinute { get; init; }
            }
            """);

    [Fact]
    public Task Data_subject_or_anchor_alone_makes_a_type_hold_personal_data()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            public class Subscription
            {
                [DataSubject] public long CustomerNumber { get; init; }
                public string {|PRIV001:Plan|} { get; init; } = "";
            }

            public class Session
            {
                [RetentionAnchor] public Instant Start { get; init; }
                public long {|PRIV001:BytesDown|} { get; init; }
            }
            """);

    [Fact]
    public Task Derived_type_of_a_type_with_personal_data_classifies_its_own_members()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            public partial class Party
            {
                [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)] public string Email { get; init; } = "";
            }

            public partial class BusinessCustomer : Party
            {
                public string {|PRIV001:ChamberOfCommerceNumber|} { get; init; } = "";
            }
            """);

    [Fact]
    public Task Strict_namespace_catches_an_unannotated_public_type_and_its_sub_namespaces()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            namespace Company.Billing
            {
                public class Invoice
                {
                    public string {|#0:DebtorName|} { get; init; } = "";
                    [NotPersonalData] public decimal Amount { get; init; }
                }

                internal class Scratch { public string Text { get; set; } = ""; }

                public static class Helpers { }
            }

            namespace Company.Billing.Reminders
            {
                public record Reminder(string {|#1:Text|});
            }

            namespace Company.BillingArchive
            {
                public class Archived { public string Text { get; set; } = ""; }
            }

            namespace Company.Network
            {
                public class Router { public string Name { get; set; } = ""; }
            }
            """,
            strictNamespaces: "Company.Billing; Company.Crm",
            Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("Invoice", "DebtorName", "namespace 'Company.Billing' is strict"),
            Verify.Diagnostic("PRIV001").WithLocation(1).WithArguments("Reminder", "Text", "namespace 'Company.Billing' is strict"));

    [Fact]
    public Task Without_the_strict_setting_an_unannotated_type_is_not_reported()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            namespace Company.Billing
            {
                public class Invoice { public string DebtorName { get; init; } = ""; }
            }
            """);

    [Fact]
    public Task Both_personal_and_not_personal_is_a_conflict()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            public partial class C
            {
                [PersonalData(Category.Contact), NotPersonalData]
                public string {|#0:Email|} { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV004").WithLocation(0).WithArguments("C", "Email", "it is marked both [PersonalData] and [NotPersonalData]"));

    [Fact]
    public Task Data_subject_must_be_an_identifier_and_personal()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            public class A { [DataSubject] public double {|PRIV004:Score|} { get; init; } }
            public class B { [DataSubject, NotPersonalData] public string {|PRIV004:Id|} { get; init; } = ""; }
            public class C { [DataSubject] public System.Guid Id { get; init; } }
            public class D { [DataSubject] public long? Id { get; init; } }
            public class E { [DataSubject] public string Id { get; init; } = ""; [DataSubject] public int {|PRIV004:OtherId|} { get; init; } }
            """);

    [Fact]
    public Task Retention_anchor_must_be_a_supported_date_type_and_unique()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            public class A { [RetentionAnchor] public string {|PRIV004:When|} { get; init; } = ""; }
            public class B { [RetentionAnchor] public Instant Start { get; init; } [RetentionAnchor] public Instant {|#0:End|} { get; init; } }
            public class C { [RetentionAnchor(Start = RetentionStart.EndOfYear)] public LocalDate InvoiceDate { get; init; } }
            public class D { [RetentionAnchor] public System.DateTimeOffset? At { get; init; } }
            public class E { [RetentionAnchor] public System.DateTime At { get; init; } }
            public class F { [RetentionAnchor] public ZonedDateTime At; }
            public class G : C { [RetentionAnchor] public OffsetDateTime {|#1:At|} { get; init; } }
            """,
            Verify.Diagnostic("PRIV004").WithLocation(0).WithArguments("B", "End", "the type already has a [RetentionAnchor] member, 'Start'"),
            Verify.Diagnostic("PRIV004").WithLocation(1).WithArguments("G", "At", "the type already has a [RetentionAnchor] member, 'InvoiceDate'"));

    [Fact]
    public Task Attributes_on_static_members_are_a_conflict()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>(Usings + """
            public class C
            {
                [PersonalData(Category.Contact)] public static string {|PRIV004:DefaultEmail|} = "";
                [NotPersonalData] public int Count { get; init; }
            }
            """);

    [Fact]
    public Task Identity_PersonalData_attribute_does_not_classify_a_member()
        => Verify.AnalyzerAsync<ClassificationAnalyzer>("""
            using Privacy.Policy;
            using IdentityPersonalData = Microsoft.AspNetCore.Identity.PersonalDataAttribute;
            using PersonalDataAttribute = Privacy.Policy.PersonalDataAttribute;

            public partial class ApplicationUser
            {
                [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
                public string Email { get; set; } = "";

                [IdentityPersonalData]
                public string {|PRIV001:PhoneNumber|} { get; set; } = "";
            }

            namespace Microsoft.AspNetCore.Identity
            {
                public class PersonalDataAttribute : System.Attribute { }
            }
            """);
}
