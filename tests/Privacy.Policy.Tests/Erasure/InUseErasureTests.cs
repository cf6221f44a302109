using System.Linq;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Erasure;

/// <summary>
/// Erasure keeps what an open contract still needs (GDPR art. 17(1)(a) with 6(1)(b)) and what a legal obligation
/// requires (art. 17(3)(b)), each with its ground and article; consent-based data of an active customer is still erased.
/// </summary>
public sealed class InUseErasureTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 12, 0);

    private static DebitMandate Mandate(LocalDate? lastCollection) => new()
    {
        Id = 7,
        CustomerId = "C-1",
        SignedOn = new LocalDate(2010, 4, 1),
        LastCollection = lastCollection,
        Iban = "NL91ABNA0417164300",
        MandateReference = "MND-0001",
        Segment = "family",
        SignedBy = "Jan de Vries",
    };

    [Fact]
    public void A_mandate_in_use_keeps_its_contract_data_and_erases_what_rests_on_consent()
    {
        ErasureResult<DebitMandate> result = TestPolicies.Create(Now).Erase(Mandate(lastCollection: null));

        Assert.Equal("NL91ABNA0417164300", result.Value.Iban);
        Assert.Equal("MND-0001", result.Value.MandateReference);
        Assert.Equal(string.Empty, result.Value.Segment);
        Assert.Equal(string.Empty, result.Value.SignedBy);
        Assert.Equal(
            new RetainedMember("Iban", Purpose.Billing, LegalBasis.Contract, Instant.MaxValue) { Ground = RetentionGround.InUse, Article = "AVG art. 17(1)(a)" },
            Assert.Single(result.Retained, member => member.Member == "Iban"));

        // Bookkeeping whose seven years have not begun: the legal obligation keeps it, with no end known yet.
        Assert.Equal(
            new RetainedMember("MandateReference", Purpose.Bookkeeping, LegalBasis.LegalObligation, Instant.MaxValue) { Ground = RetentionGround.LegalObligation, Article = "AVG art. 17(3)(b)" },
            Assert.Single(result.Retained, member => member.Member == "MandateReference"));
        Assert.Equal(["CustomerId", "Segment", "SignedBy"], result.Erased);
    }

    [Fact]
    public void An_ended_mandate_keeps_only_what_the_legal_obligation_holds()
    {
        ErasureResult<DebitMandate> result = TestPolicies.Create(Now).Erase(Mandate(new LocalDate(2026, 6, 1)));

        // The contract ended: the IBAN is no longer needed for it, however recent its last collection.
        Assert.Equal(string.Empty, result.Value.Iban);
        Assert.Equal("MND-0001", result.Value.MandateReference);
        RetainedMember kept = Assert.Single(result.Retained);
        Assert.Equal(RetentionGround.LegalObligation, kept.Ground);
        Assert.Equal("AVG art. 17(3)(b)", kept.Article);
        Assert.Equal(new LocalDateTime(2034, 1, 1, 0, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).ToInstant(), kept.Until);
    }

    [Fact]
    public void A_record_whose_nullable_anchor_is_empty_keeps_its_contract_data_as_in_use()
    {
        // FollowingRecord's anchor is nullable: empty, the call is still going on.
        var record = new FollowingRecord { CustomerId = "C-1", CalledAt = null, CallingNumber = "0612345678", Iban = "NL91ABNA0417164300" };

        ErasureResult<FollowingRecord> result = TestPolicies.Create(Now).Erase(record);

        Assert.Equal("0612345678", result.Value.CallingNumber);
        Assert.Equal(["CustomerId", "CallingNumber"], result.Retained.Where(member => member.Ground == RetentionGround.InUse).Select(member => member.Member));
        Assert.All(result.Retained, member => Assert.Equal(Instant.MaxValue, member.Until));
        Assert.Equal(["CalledAt", "Iban"], result.Erased);
    }

    [Fact]
    public void The_erasure_report_names_the_ground_and_the_article_of_what_an_open_contract_keeps()
    {
        var report = new ErasureReport(Now);
        report.Add(TestPolicies.Create(Now).Erase(Mandate(lastCollection: null)));

        using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(report.ToJson());
        System.Text.Json.JsonElement iban = document.RootElement.GetProperty("records")[0].GetProperty("retained").EnumerateArray()
            .Single(member => member.GetProperty("member").GetString() == "Iban");
        Assert.Equal("InUse", iban.GetProperty("ground").GetString());
        Assert.Equal("AVG art. 17(1)(a)", iban.GetProperty("article").GetString());
        Assert.Equal("Contract", iban.GetProperty("legalBasis").GetString());
    }
}
