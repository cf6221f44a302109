using System.Threading.Tasks;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Analyzers;

public class ConsentWithdrawalAnalyzerTests
{
    /// <summary>A profile resting on consent, its interests kept <paramref name="retention"/> after the withdrawal.</summary>
    private static string Profile(string retention, string purposes = "Purpose.Marketing", string consentRecord = "[ConsentRecord(Purpose.Marketing)]")
        => $$"""
            using NodaTime;
            using Privacy.Policy;
            public partial class Profile
            {
                [DataSubject]
                public string CustomerId { get; set; } = "";

                [RetentionAnchor]
                public Instant LastUpdated { get; set; }

                {{consentRecord}}
                public bool? OptedIn { get; set; }

                [NotPersonalData("When consent was withdrawn; empty while it holds.")]
                public Instant? ConsentWithdrawn { get; set; }

                [PersonalData(Category.Marketing, {|#0:Retention = "{{retention}}"|}, RetentionFrom = nameof(ConsentWithdrawn), Purposes = {{purposes}})]
                public string? Interests { get; set; }
            }
            """;

    private static string Clean(string source) => source.Replace("{|#0:", "").Replace("|}", "");

    [Theory]
    [InlineData("P31D")]
    [InlineData("PT721H")]
    [InlineData("P4W3D")]
    [InlineData("P30DT1S")]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("P0Y1M")]
    public Task A_period_after_the_withdrawal_over_30_days_or_in_years_or_months_is_an_error_at_the_retention(string retention)
        => Verify.AnalyzerAsync<ConsentWithdrawalAnalyzer>(Profile(retention), Verify.Diagnostic("PRIV027").WithLocation(0));

    [Theory]
    [InlineData("P30D")]
    [InlineData("PT720H")]
    [InlineData("P4W2D")]
    [InlineData("P0Y0M30D")]
    [InlineData("P1D")]
    public Task A_period_of_at_most_30_days_is_clean(string retention)
        => Verify.AnalyzerAsync<ConsentWithdrawalAnalyzer>(Clean(Profile(retention)));

    [Fact]
    public Task The_message_names_the_member_its_period_and_what_it_counts_from()
        => Verify.AnalyzerAsync<ConsentWithdrawalAnalyzer>(Profile("P6M"),
            Verify.Diagnostic("PRIV027").WithLocation(0).WithArguments("Profile", "Interests", "P6M", "ConsentWithdrawn", "counts in years or months"));

    [Fact]
    public Task The_message_says_a_period_in_days_is_too_long()
        => Verify.AnalyzerAsync<ConsentWithdrawalAnalyzer>(Profile("P31D"),
            Verify.Diagnostic("PRIV027").WithLocation(0).WithArguments("Profile", "Interests", "P31D", "ConsentWithdrawn", "is longer than 30 days"));

    [Theory]
    [InlineData("Purpose.Marketing | Purpose.Billing")] // the contract keeps it for its period, withdrawal or not
    [InlineData("Purpose.Billing")]
    public Task A_member_that_also_rests_on_another_basis_is_clean(string purposes)
        => Verify.AnalyzerAsync<ConsentWithdrawalAnalyzer>(Clean(Profile("P1Y", purposes)));

    [Fact]
    public Task A_member_without_a_consent_record_for_its_purpose_is_left_to_PRIV012()
        => Verify.AnalyzerAsync<ConsentWithdrawalAnalyzer>(Clean(Profile("P1Y", consentRecord: "[NotPersonalData(\"Opted in.\")]")));

    [Fact]
    public Task A_member_counted_from_the_anchor_or_without_a_period_of_its_own_is_clean()
        => Verify.AnalyzerAsync<ConsentWithdrawalAnalyzer>("""
            using NodaTime;
            using Privacy.Policy;
            public partial class Profile
            {
                [RetentionAnchor]
                public Instant LastUpdated { get; set; }

                [ConsentRecord(Purpose.Marketing)]
                public bool? OptedIn { get; set; }

                [NotPersonalData("When consent was withdrawn; empty while it holds.")]
                public Instant? ConsentWithdrawn { get; set; }

                [PersonalData(Category.Marketing, Retention = "P2Y", Purposes = Purpose.Marketing)]
                public string? Segment { get; set; }

                [PersonalData(Category.Marketing, RetentionFrom = nameof(ConsentWithdrawn), Purposes = Purpose.Marketing)]
                public string? Interests { get; set; }
            }
            """);

    [Fact]
    public Task A_member_whose_own_legal_basis_is_consent_is_reported()
        => Verify.AnalyzerAsync<ConsentWithdrawalAnalyzer>(
            Profile("P3M", purposes: "Purpose.Support, LegalBasis = LegalBasis.Consent", consentRecord: "[ConsentRecord(Purpose.Support)]"),
            Verify.Diagnostic("PRIV027").WithLocation(0).WithArguments("Profile", "Interests", "P3M", "ConsentWithdrawn", "counts in years or months"));
}
