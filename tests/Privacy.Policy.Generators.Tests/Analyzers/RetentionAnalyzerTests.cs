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
                [RetentionAnchor]
                public System.DateTimeOffset At { get; init; }

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
    public Task Absent_or_null_retention_means_the_category_default_which_the_build_cannot_see()
        => Verify.AnalyzerAsync<RetentionAnalyzer>("""
            using Privacy.Policy;
            public partial class C
            {
                [RetentionAnchor] public System.DateTimeOffset At { get; init; }
                [{|#0:PersonalData(Category.Usage)|}] public string A { get; init; } = "";
                [PersonalData(Category.Usage, {|#1:Retention = null|})] public string B { get; init; } = "";
                [PersonalData(Category.Usage, Retention = Periods.Fiscal)] public string D { get; init; } = "";
            }
            static class Periods { public const string Fiscal = "P7Y"; }
            """,
            Verify.Diagnostic("PRIV015").WithLocation(0).WithArguments("C", "A", "give it a Retention, or set PrivacyPolicyOptions.RetentionDefaults[Category.Usage]"),
            Verify.Diagnostic("PRIV015").WithLocation(1).WithArguments("C", "B", "give it a Retention, or set PrivacyPolicyOptions.RetentionDefaults[Category.Usage]"));

    [Fact]
    public Task The_readme_quick_start_type_is_deleted_in_time_so_it_is_clean()
        => Verify.AnalyzerAsync<RetentionAnalyzer>("""
            using NodaTime;
            using Privacy.Policy;
            public partial record CallRecord
            {
                [DataSubject]
                public string CustomerId { get; init; } = "";

                [RetentionAnchor]
                public Instant CallStart { get; init; }

                [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping,
                              Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
                public string CalledNumber { get; init; } = "";

                [NotPersonalData(Reason = "a tariff is shared by every customer on it")]
                public int TariffPlanId { get; init; }
            }

            public partial class Invoice
            {
                [DataSubject]
                [PersonalData(Category.Identity, Purposes = Purpose.Billing)]
                public long? CustomerNumber { get; init; }

                [RetentionAnchor]
                [PersonalData(Category.Usage, Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
                public Instant? IssuedAt { get; init; }

                [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping)]
                public string? Iban { get; init; }
            }

            public partial class Contact
            {
                [PersonalData(Category.Contact)]
                public string? Email { get; init; }
            }
            """);

    [Fact]
    public Task A_member_without_retention_is_a_warning_naming_it_also_under_an_inherited_anchor()
        => Verify.AnalyzerAsync<RetentionAnalyzer>("""
            using NodaTime;
            using Privacy.Policy;
            public partial class Call
            {
                [DataSubject]
                public string CustomerId { get; init; } = "";

                [RetentionAnchor]
                public Instant Start { get; init; }

                [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Bookkeeping)]
                public string CalledNumber { get; init; } = "";

                [{|#0:PersonalData(Category.Location, Purposes = Purpose.ServiceDelivery)|}]
                public string? Cell { get; init; }
            }

            public partial class RoamingCall : Call
            {
                [{|#1:PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery)|}]
                public string? VisitedNetwork { get; init; }
            }
            """,
            Verify.Diagnostic("PRIV015").WithLocation(0).WithArguments("Call", "Cell", "give it a Retention, or set PrivacyPolicyOptions.RetentionDefaults[Category.Location]"),
            Verify.Diagnostic("PRIV015").WithLocation(1).WithArguments("RoamingCall", "VisitedNetwork", "give it a Retention, or set PrivacyPolicyOptions.RetentionDefaults[Category.TechnicalIdentifier]"));

    [Fact]
    public Task A_subject_id_that_is_the_only_personal_data_without_retention_is_a_warning()
        => Verify.AnalyzerAsync<RetentionAnalyzer>("""
            using NodaTime;
            using Privacy.Policy;
            public partial class Order
            {
                [DataSubject]
                public string {|#0:CustomerId|} { get; init; } = "";

                [RetentionAnchor]
                public Instant PlacedAt { get; init; }

                [NotPersonalData]
                public decimal Amount { get; init; }
            }

            public partial class Refund
            {
                [DataSubject]
                [PersonalData(Category.Identity, Retention = "P2Y", Purposes = Purpose.Billing)]
                public string CustomerId { get; init; } = "";

                [RetentionAnchor]
                public Instant RequestedAt { get; init; }
            }
            """,
            Verify.Diagnostic("PRIV015").WithLocation(0).WithArguments("Order", "CustomerId", "give it [PersonalData(..., Retention = \"...\")], the period the record is needed for"));

    [Fact]
    public Task Retention_without_an_anchor_is_a_warning_at_the_first_retention()
        => Verify.AnalyzerAsync<RetentionAnalyzer>(
            """
            using Privacy.Policy;
            public partial class Invoice
            {
                [PersonalData(Category.Payment, {|#0:Retention = "P7Y"|})]
                public string Iban { get; init; } = "";

                [PersonalData(Category.Payment, Retention = "P1Y")]
                public string? Card { get; init; }
            }
            """,
            Verify.Diagnostic("PRIV011").WithLocation(0).WithArguments("Invoice", "Iban"));

    [Fact]
    public Task Retention_with_an_anchor_here_or_in_a_base_type_is_clean()
        => Verify.AnalyzerAsync<RetentionAnalyzer>(
            """
            using NodaTime;
            using Privacy.Policy;
            public partial class Invoice
            {
                [RetentionAnchor(Start = RetentionStart.EndOfYear)]
                public LocalDate IssuedOn { get; init; }

                [PersonalData(Category.Payment, Retention = "P7Y")]
                public string Iban { get; init; } = "";
            }

            public partial class CreditNote : Invoice
            {
                [PersonalData(Category.Payment, Retention = "P7Y")]
                public string? Reason { get; init; }
            }

            public partial class Contact
            {
                [PersonalData(Category.Contact)]
                public string? Email { get; init; }
            }
            """);

    [Fact]
    public Task An_anchor_named_in_one_language_is_a_warning_at_the_words_given()
        => Verify.AnalyzerAsync<RetentionAnalyzer>(
            """
            using NodaTime;
            using Privacy.Policy;
            public partial class Profile
            {
                [RetentionAnchor({|#0:Dutch = "na intrekking van de toestemming"|})]
                public Instant? ConsentWithdrawn { get; set; }

                [PersonalData(Category.Marketing, Retention = "P1D", Purposes = Purpose.Marketing)]
                public string? Interests { get; set; }
            }

            public partial class Ticket
            {
                [RetentionAnchor(Dutch = " ", {|#1:English = "after the ticket was opened"|})]
                public Instant Opened { get; set; }

                [PersonalData(Category.Correspondence, Retention = "P1Y", Purposes = Purpose.Support)]
                public string? Text { get; set; }
            }
            """,
            Verify.Diagnostic("PRIV014").WithLocation(0).WithArguments("Profile", "ConsentWithdrawn", "Dutch", "English"),
            Verify.Diagnostic("PRIV014").WithLocation(1).WithArguments("Ticket", "Opened", "English", "Dutch"));

    [Fact]
    public Task A_retention_moment_named_in_one_language_is_a_warning_and_in_both_is_clean()
        => Verify.AnalyzerAsync<RetentionAnalyzer>(
            """
            using NodaTime;
            using Privacy.Policy;
            public partial class Call
            {
                [RetentionAnchor]
                public Instant Started { get; set; }

                [RetentionMoment({|#0:Dutch = "na de factuurdatum"|})]
                [NotPersonalData]
                public LocalDate? InvoiceDate { get; set; }

                [RetentionMoment(Dutch = "na het sluiten van het geschil", English = "after the dispute was closed")]
                [NotPersonalData]
                public LocalDate? DisputeClosed { get; set; }

                [PersonalData(Category.Usage, Retention = "P6M", RetentionFrom = nameof(InvoiceDate), Purposes = Purpose.Billing)]
                public string? CalledNumber { get; set; }

                [PersonalData(Category.Usage, Retention = "P6M", RetentionFrom = nameof(DisputeClosed), Purposes = Purpose.Billing)]
                public int Duration { get; set; }
            }
            """,
            Verify.Diagnostic("PRIV014").WithLocation(0).WithArguments("Call", "InvoiceDate", "Dutch", "English"));

    [Fact]
    public Task An_anchor_named_in_both_languages_or_neither_is_clean()
        => Verify.AnalyzerAsync<RetentionAnalyzer>(
            """
            using NodaTime;
            using Privacy.Policy;
            public partial class Profile
            {
                [RetentionAnchor(Dutch = "na intrekking van de toestemming", English = "after consent is withdrawn")]
                public Instant? ConsentWithdrawn { get; set; }

                [PersonalData(Category.Marketing, Retention = "P1D", Purposes = Purpose.Marketing)]
                public string? Interests { get; set; }
            }

            public partial class Invoice
            {
                [RetentionAnchor(Start = RetentionStart.EndOfYear)]
                public LocalDate IssuedOn { get; init; }

                [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping)]
                public string Iban { get; init; } = "";
            }
            """);
}

public class RetentionFromAnalyzerTests
{
    private static string Mandate(string from, string lastCollection = "LocalDate? LastCollection")
        => $$"""
            using NodaTime;
            using Privacy.Policy;
            public class Base
            {
                [NotPersonalData]
                public Instant? EndedAt { get; init; }
            }

            public partial class Mandate : Base
            {
                [RetentionAnchor]
                public LocalDate SignedOn { get; init; }

                [NotPersonalData]
                public {{lastCollection}} { get; init; }

                [NotPersonalData]
                public string Reference { get; init; } = "";

                [PersonalData(Category.Payment, Retention = "P13M", {|#0:RetentionFrom = {{from}}|})]
                public string Iban { get; init; } = "";

                public System.DateTime Computed => System.DateTime.UnixEpoch;
            }
            """;

    [Theory]
    [InlineData("nameof(LastCollection)")]
    [InlineData("nameof(SignedOn)")]
    [InlineData("nameof(EndedAt)")]
    [InlineData("nameof(Computed)")]
    [InlineData("null")]
    public Task A_date_or_time_member_of_the_type_or_a_base_type_is_accepted(string from)
        => Verify.AnalyzerAsync<RetentionAnalyzer>(Mandate(from).Replace("{|#0:", "").Replace("|}", ""));

    [Theory]
    [InlineData("System.DateTime LastCollection")]
    [InlineData("System.DateTimeOffset? LastCollection")]
    [InlineData("ZonedDateTime LastCollection")]
    [InlineData("OffsetDateTime? LastCollection")]
    [InlineData("LocalDateTime LastCollection")]
    public Task Every_date_and_time_type_is_accepted_nullable_or_not(string lastCollection)
        => Verify.AnalyzerAsync<RetentionAnalyzer>(Mandate("nameof(LastCollection)", lastCollection).Replace("{|#0:", "").Replace("|}", ""));

    [Fact]
    public Task A_name_that_is_no_member_of_the_type_is_an_error()
        => Verify.AnalyzerAsync<RetentionAnalyzer>(Mandate("\"LastColection\""),
            Verify.Diagnostic("PRIV023").WithLocation(0).WithArguments("Mandate", "Iban", "LastColection", "is no field or property of the type"));

    [Fact]
    public Task A_member_that_is_not_a_date_or_time_is_an_error()
        => Verify.AnalyzerAsync<RetentionAnalyzer>(Mandate("nameof(Reference)"),
            Verify.Diagnostic("PRIV023").WithLocation(0).WithArguments("Mandate", "Iban", "Reference", "is a string, not a date or time"));

    [Fact]
    public Task A_member_of_a_time_type_retention_cannot_count_from_is_an_error()
        => Verify.AnalyzerAsync<RetentionAnalyzer>(Mandate("nameof(LastCollection)", "LocalTime? LastCollection"),
            Verify.Diagnostic("PRIV023").WithLocation(0).WithArguments("Mandate", "Iban", "LastCollection", "is a LocalTime?, not a date or time"));

    [Fact]
    public Task The_member_itself_is_an_error()
        => Verify.AnalyzerAsync<RetentionAnalyzer>(Mandate("nameof(Iban)"),
            Verify.Diagnostic("PRIV023").WithLocation(0).WithArguments("Mandate", "Iban", "Iban", "is the member itself"));

    [Fact]
    public Task Billing_traffic_data_counted_from_its_invoice_has_the_dispute_window_and_keeps_no_record_for_ever()
        => Verify.AnalyzerAsync<RetentionAnalyzer>("""
            using NodaTime;
            using Privacy.Policy;
            public partial class Call
            {
                [RetentionAnchor]
                public Instant Start { get; init; }

                [NotPersonalData]
                public LocalDate? InvoicedOn { get; init; }

                [PersonalData(Category.Usage, Purposes = Purpose.Billing, RetentionFrom = nameof(InvoicedOn))]
                public string CalledNumber { get; init; } = "";
            }
            """);
}
