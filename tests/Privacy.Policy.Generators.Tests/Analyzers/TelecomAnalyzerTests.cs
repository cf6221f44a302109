using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class TelecomAnalyzerTests
{
    private const string Usings = """
        using NodaTime;
        using Privacy.Policy;

        """;

    // The rules bind providers of public electronic communications (Tw art. 11.1), who say so in MSBuild.

    private const string ContractCallRecord = """
        public partial class CallRecord
        {
            [RetentionAnchor] public Instant CallStart { get; init; }

            [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
            public string CalledNumber { get; init; } = "";

            [PersonalData(Category.TechnicalIdentifier, Retention = "P6M", Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi)]
            public string Imsi { get; init; } = "";
        }
        """;

    [Fact]
    public Task A_project_that_is_no_telecom_provider_gets_no_telecom_rule()
        => Verify.AnalyzerOutsideTelecomAsync<TelecomAnalyzer>(Usings + ContractCallRecord);

    [Fact]
    public Task A_telecom_provider_gets_them_for_the_same_record()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(
            Usings + ContractCallRecord.Replace("Purposes = Purpose.Billing | Purpose.Bookkeeping", "{|#0:Purposes = Purpose.Billing | Purpose.Bookkeeping|}").Replace("Retention = \"P6M\"", "{|#1:Retention = \"P6M\"|}"),
            Verify.Diagnostic("PRIV025").WithLocation(0),
            Verify.Diagnostic("PRIV024").WithLocation(1));

    // PRIV024: traffic data processed only to carry the communication (Tw art. 11.5(1)).

    [Fact]
    public Task An_imsi_on_a_call_record_kept_six_months_for_transport_is_reported_at_its_retention()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            public partial class Call
            {
                [RetentionAnchor] public Instant Start { get; init; }

                [PersonalData(Category.Usage, Retention = "PT12H", Purposes = Purpose.ServiceDelivery)]
                public string CalledNumber { get; init; } = "";

                [PersonalData(Category.TechnicalIdentifier, {|#0:Retention = "P6M"|}, Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi)]
                public string Imsi { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV024").WithLocation(0).WithArguments("Call", "Imsi", "ServiceDelivery", "its Retention \"P6M\" is longer than P1D; give it \"P1D\" or shorter"));

    [Fact]
    public Task Carrying_only_traffic_data_without_a_retention_is_reported_at_the_attribute()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            public partial class Session
            {
                [RetentionAnchor] public Instant Start { get; init; }

                [{|#0:PersonalData(Category.Usage, Purposes = Purpose.ServiceDelivery)|}]
                public long Bytes { get; init; }
            }
            """,
            Verify.Diagnostic("PRIV024").WithLocation(0).WithArguments("Session", "Bytes", "ServiceDelivery", "it has no Retention, so its category's default applies; give it Retention = \"P1D\" or shorter"));

    [Fact]
    public Task A_short_retention_counted_from_the_end_of_the_anchors_month_is_reported()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            public partial class Call
            {
                [RetentionAnchor(Start = RetentionStart.EndOfMonth)] public Instant Start { get; init; }

                [PersonalData(Category.Usage, {|#0:Retention = "PT1H"|}, Purposes = Purpose.ServiceDelivery)]
                public string CalledNumber { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV024").WithLocation(0).WithArguments("Call", "CalledNumber", "ServiceDelivery", "its Retention counts from the end of the month of 'Start'; count it from the communication, or the end of its day"));

    [Fact]
    public Task A_purpose_that_does_not_keep_traffic_data_does_not_lengthen_carrying()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            public partial class Call
            {
                [RetentionAnchor] public Instant Start { get; init; }

                [PersonalData(Category.Location, {|#0:Retention = "P7D"|}, {|#1:Purposes = Purpose.ServiceDelivery | Purpose.Security|}, Format = DataFormat.GeoCoordinate)]
                public string? Cell { get; init; }

                [PersonalData(Category.Usage, Retention = "P1D", Purposes = Purpose.ServiceDelivery)]
                public string CalledNumber { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV024").WithLocation(0).WithArguments("Call", "Cell", "ServiceDelivery | Security", "its Retention \"P7D\" is longer than P1D; give it \"P1D\" or shorter"),
            Verify.Diagnostic("PRIV026").WithArguments("Call", "Cell", "processed beyond carrying and billing the communication, for Security, which does not rest on consent").WithLocation(1));

    [Fact]
    public Task An_identifier_on_a_type_derived_from_a_communication_record_is_traffic_data()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            public partial class Call
            {
                [RetentionAnchor] public Instant Start { get; init; }

                [PersonalData(Category.Usage, Retention = "P1D", Purposes = Purpose.ServiceDelivery)]
                public string CalledNumber { get; init; } = "";
            }

            public partial class RoamingCall : Call
            {
                [PersonalData(Category.TechnicalIdentifier, {|#0:Retention = "P30D"|}, Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imei)]
                public string Imei { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV024").WithLocation(0).WithArguments("RoamingCall", "Imei", "ServiceDelivery", "its Retention \"P30D\" is longer than P1D; give it \"P1D\" or shorter"));

    [Fact]
    public Task Subscriber_data_and_short_or_kept_traffic_data_are_not_reported()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            // A SIM card: no Usage data, so its IMSI is subscriber data, kept as long as the subscription needs it.
            public partial class Sim
            {
                [RetentionAnchor] public Instant ActivatedOn { get; init; }

                [PersonalData(Category.TechnicalIdentifier, Retention = "P1Y", Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi)]
                public string Imsi { get; init; } = "";
            }

            // A customer's calls are a personal-data type of their own: holding them makes no communication record.
            public partial class Customer
            {
                [RetentionAnchor] public Instant Since { get; init; }

                [PersonalData(Category.Usage, Retention = "P1Y", Purposes = Purpose.ServiceDelivery)]
                public System.Collections.Generic.List<Call> Calls { get; init; } = new();

                [PersonalData(Category.TechnicalIdentifier, Retention = "P1Y", Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imei)]
                public string Imei { get; init; } = "";
            }

            public partial class Call
            {
                // An anchor and a subject id without a retention of their own go with the record.
                [RetentionAnchor(Start = RetentionStart.EndOfDay)]
                [PersonalData(Category.Usage, Purposes = Purpose.ServiceDelivery)]
                public Instant Start { get; init; }

                [DataSubject]
                [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery | Purpose.Billing)]
                public string LineNumber { get; init; } = "";

                // Short: within a day of the end of the call's day.
                [PersonalData(Category.Usage, Retention = "PT24H", Purposes = Purpose.ServiceDelivery)]
                public System.TimeSpan Duration { get; init; }

                [PersonalData(Category.Location, Retention = "P1D", Purposes = Purpose.ServiceDelivery, Format = DataFormat.GeoCoordinate)]
                public string? Cell { get; init; }

                // Kept with consent (Tw art. 11.5(3)), which PRIV026 and PRIV012 look after, not PRIV024.
                [PersonalData(Category.Usage, Retention = "P6M", Purposes = Purpose.ServiceDelivery | Purpose.Marketing)]
                public string? Destination { get; init; }

                [PersonalData(Category.TechnicalIdentifier, Retention = "P6M", Purposes = Purpose.ServiceDelivery | Purpose.Security, LegalBasis = LegalBasis.Consent, Format = DataFormat.IpAddress)]
                public string? IpAddress { get; init; }

                // Not carried: the portal's view of usage is not what art. 11.5(1) bounds.
                [PersonalData(Category.Usage, Retention = "P3M", Purposes = Purpose.CustomerPortal)]
                public long Bytes { get; init; }
            }
            """);

    // PRIV025: traffic data for billing counts from the invoice; none for bookkeeping (Tw art. 11.5(2), AWR art. 52(4)).

    [Fact]
    public Task The_called_number_kept_seven_years_for_bookkeeping_is_reported_at_its_purposes()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            public partial record CallRecord
            {
                [DataSubject] public string CustomerId { get; init; } = "";

                [RetentionAnchor] public Instant CallStart { get; init; }

                [PersonalData(Category.Usage, Retention = "P7Y", {|#0:Purposes = Purpose.Billing | Purpose.Bookkeeping|},
                              Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
                public string CalledNumber { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV025").WithLocation(0).WithArguments("CallRecord", "CalledNumber")
                .WithMessage("'CallRecord.CalledNumber' is traffic data kept for Bookkeeping, but the invoice is the fiscal record (AWR art. 52(4)), not the call detail behind it, and Telecommunicatiewet art. 11.5(2) keeps traffic data for billing only until the bill can no longer be contested: drop Bookkeeping from this member, keep the invoice for it, and keep this member for Billing with RetentionFrom = nameof(<the invoice's date>)"));

    [Fact]
    public Task Billing_traffic_data_counted_from_the_call_for_years_is_reported_at_its_retention()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            public partial class Call
            {
                [RetentionAnchor] public Instant Start { get; init; }

                [PersonalData(Category.Usage, {|#0:Retention = "P7Y"|}, Purposes = Purpose.Billing)]
                public string CalledNumber { get; init; } = "";

                [{|#1:PersonalData(Category.Usage, Purposes = Purpose.Billing | Purpose.ServiceDelivery)|}]
                public System.TimeSpan Duration { get; init; }

                [PersonalData(Category.TechnicalIdentifier, {|#2:Retention = "P3Y"|}, Purposes = Purpose.Billing, Format = DataFormat.Imsi)]
                public string Imsi { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV025").WithLocation(0).WithArguments("Call", "CalledNumber", "for \"P7Y\", counted from the communication", "set RetentionFrom = nameof(<the invoice's date>) and leave Retention out, so that PrivacyPolicyOptions.BillDisputeWindow applies from the invoice"),
            Verify.Diagnostic("PRIV025").WithLocation(1).WithArguments("Call", "Duration", "for its category's default, counted from the communication", "set RetentionFrom = nameof(<the invoice's date>) and leave Retention out, so that PrivacyPolicyOptions.BillDisputeWindow applies from the invoice"),
            Verify.Diagnostic("PRIV025").WithLocation(2).WithArguments("Call", "Imsi", "for \"P3Y\", counted from the communication", "set RetentionFrom = nameof(<the invoice's date>) and leave Retention out, so that PrivacyPolicyOptions.BillDisputeWindow applies from the invoice"));

    [Fact]
    public Task Billing_traffic_data_kept_for_years_from_the_invoice_is_reported()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            public partial class Call
            {
                [RetentionAnchor] public Instant Start { get; init; }

                [NotPersonalData] public LocalDate? InvoicedOn { get; init; }

                [PersonalData(Category.Usage, {|#0:Retention = "P7Y"|}, Purposes = Purpose.Billing, RetentionFrom = nameof(InvoicedOn))]
                public string CalledNumber { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV025").WithLocation(0).WithArguments("Call", "CalledNumber", "for \"P7Y\" from 'InvoicedOn'", "leave Retention out so that PrivacyPolicyOptions.BillDisputeWindow applies, or keep it within P2Y"));

    [Fact]
    public Task Billing_traffic_data_from_the_invoice_a_short_billing_retention_and_the_invoice_itself_are_not_reported()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            public partial class Call
            {
                [RetentionAnchor] public Instant Start { get; init; }

                [NotPersonalData] public LocalDate? InvoicedOn { get; init; }

                [PersonalData(Category.Usage, Purposes = Purpose.Billing, RetentionFrom = nameof(InvoicedOn), Format = DataFormat.PhoneNumber)]
                public string CalledNumber { get; init; } = "";

                [PersonalData(Category.Usage, Retention = "P18M", Purposes = Purpose.Billing | Purpose.CustomerPortal, RetentionFrom = nameof(InvoicedOn))]
                public System.TimeSpan Duration { get; init; }

                [PersonalData(Category.Usage, Retention = "P24M", Purposes = Purpose.Billing | Purpose.ServiceDelivery)]
                public long Bytes { get; init; }
            }

            // The fiscal record: an invoice holds no traffic data, and is kept seven years for the tax authority.
            public partial class Invoice
            {
                [RetentionAnchor(Start = RetentionStart.EndOfYear)] public LocalDate InvoiceDate { get; init; }

                [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping)]
                public decimal Amount { get; init; }

                [PersonalData(Category.Identity, Retention = "P7Y", Purposes = Purpose.Bookkeeping)]
                public string BilledName { get; init; } = "";
            }

            // No anchor: nothing is counted from the communication (PRIV011 and PRIV015 look after such types).
            public partial class Unanchored
            {
                [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
                public string CalledNumber { get; init; } = "";
            }

            // A subscription's IMSI is subscriber data, whatever it is kept for.
            public partial class Subscription
            {
                [RetentionAnchor] public Instant Ended { get; init; }

                [PersonalData(Category.TechnicalIdentifier, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Imsi)]
                public string Imsi { get; init; } = "";
            }
            """);

    // PRIV026: location data other than traffic data needs consent or anonymisation (Tw art. 11.5a).

    [Fact]
    public Task Location_off_a_communication_record_is_reported_at_its_purposes()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            public partial class DeviceFix
            {
                [RetentionAnchor] public Instant At { get; init; }

                [PersonalData(Category.Location, Retention = "P7D", {|#0:Purposes = Purpose.ServiceDelivery|}, Format = DataFormat.GeoCoordinate)]
                public string Position { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV026").WithLocation(0).WithArguments("DeviceFix", "Position", "other than traffic data ('DeviceFix' holds no Usage data of its own), for ServiceDelivery, which does not rest on consent"));

    [Fact]
    public Task Consent_based_location_without_a_consent_record_is_reported()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            public partial class NearbyOffer
            {
                [RetentionAnchor] public Instant At { get; init; }

                [ConsentRecord(Purpose.ServiceNotifications)]
                public bool NotificationsConsent { get; init; }

                [PersonalData(Category.Location, Retention = "P1D", {|#0:Purposes = Purpose.Marketing|}, Format = DataFormat.GeoCoordinate)]
                public string Position { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV026").WithLocation(0).WithArguments("NearbyOffer", "Position", "other than traffic data ('NearbyOffer' holds no Usage data of its own), for Marketing on consent, but 'NearbyOffer' has no [ConsentRecord] for it"));

    [Fact]
    public Task Location_for_a_purpose_the_company_declares_on_legitimate_interest_is_reported_despite_a_consent_record()
        => Verify.AnalyzerAsync<TelecomAnalyzer>("""
            using NodaTime;
            using Privacy.Policy;

            [assembly: ProcessingPurpose(Purpose.Marketing, LegalBasis.LegitimateInterest, Interest = "Eigen vergelijkbare diensten aanbieden (Tw art. 11.7 lid 3)")]

            public partial class NearbyOffer
            {
                [RetentionAnchor] public Instant At { get; init; }

                [ConsentRecord(Purpose.Marketing)]
                public Instant? LocationConsentGiven { get; init; }

                [PersonalData(Category.Location, Retention = "P1D", {|#0:Purposes = Purpose.Marketing|}, Format = DataFormat.GeoCoordinate)]
                public string Position { get; init; } = "";
            }
            """,
            Verify.Diagnostic("PRIV026").WithLocation(0));

    [Fact]
    public Task Recorded_consent_and_traffic_location_for_carrying_or_billing_are_not_reported()
        => Verify.AnalyzerAsync<TelecomAnalyzer>(Usings + """
            public partial class NearbyOffer
            {
                [RetentionAnchor] public Instant At { get; init; }

                [ConsentRecord(Purpose.Marketing | Purpose.Support)]
                public Instant? LocationConsentGiven { get; init; }

                [PersonalData(Category.Location, Retention = "P1D", Purposes = Purpose.Marketing, Format = DataFormat.GeoCoordinate)]
                public string Position { get; init; } = "";

                [PersonalData(Category.Location, Retention = "P1D", Purposes = Purpose.Support, LegalBasis = LegalBasis.Consent)]
                public string? Region { get; init; }
            }

            public partial class Call
            {
                [RetentionAnchor] public Instant Start { get; init; }

                [NotPersonalData] public LocalDate? InvoicedOn { get; init; }

                [PersonalData(Category.Usage, Retention = "P1D", Purposes = Purpose.ServiceDelivery)]
                public string CalledNumber { get; init; } = "";

                [PersonalData(Category.Location, Purposes = Purpose.ServiceDelivery | Purpose.Billing, RetentionFrom = nameof(InvoicedOn))]
                public string? Cell { get; init; }
            }

            // Anonymised location is no personal data.
            public partial class CellLoad
            {
                [RetentionAnchor] public Instant Hour { get; init; }

                [PersonalData(Category.Usage, Retention = "P1D", Purposes = Purpose.ServiceDelivery)]
                public long Bytes { get; init; }

                [NotPersonalData("Counts per cell, no subscriber in them.")]
                public int Subscribers { get; init; }
            }
            """);
}
