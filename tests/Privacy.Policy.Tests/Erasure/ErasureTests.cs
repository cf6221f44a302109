using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Generated;
using Xunit;

namespace Privacy.Policy.Tests.Erasure;

/// <summary>Erasure (GDPR art. 17) with legal holds: what a running legal obligation requires is kept, the rest erased.</summary>
public sealed class ErasureTests
{
    private static readonly Instant CallStart = Instant.FromUtc(2026, 3, 14, 15, 9, 26);

    [Fact]
    public void Members_under_a_running_legal_obligation_are_kept_with_their_anchor_and_the_rest_is_erased()
    {
        IPrivacyPolicy policy = Policy(Instant.FromUtc(2026, 11, 29, 12, 0));

        ErasureResult<CallRecord> result = policy.Erase(GeneratedRedactTests.Call());

        CallRecord erased = result.Value;
        Assert.Equal("+31 20 555 0199", erased.CalledNumber);
        Assert.Equal(CallStart, erased.CallStart);
        Assert.Equal(string.Empty, erased.CustomerId);
        Assert.Equal(string.Empty, erased.CallingNumber);
        Assert.Null(erased.CellLatitude);
        Assert.Equal(Duration.Zero, erased.Duration);
        Assert.Empty(erased.ForwardedTo);
        Assert.Equal(42, erased.TariffPlanId);

        // P7Y from 14 March 2026 16:09:26 in Amsterdam (UTC+1) ends 14 March 2033 16:09:26 there.
        Instant until = Instant.FromUtc(2033, 3, 14, 15, 9, 26);
        Assert.Equal(
            [
                new RetainedMember("CalledNumber", Purpose.Bookkeeping, LegalBasis.LegalObligation, until) { Ground = RetentionGround.LegalObligation, Article = "AVG art. 17(3)(b)" },
                new RetainedMember("CallStart", Purpose.Bookkeeping, LegalBasis.LegalObligation, until) { Ground = RetentionGround.LegalObligation, Article = "AVG art. 17(3)(b)" },
            ],
            result.Retained);
        Assert.Equal(["CustomerId", "CallingNumber", "Duration", "Imsi", "Imei", "CellLatitude", "CellLongitude", "ForwardedTo"], result.Erased);
    }

    [Fact]
    public void After_the_retention_ran_out_nothing_is_retained()
    {
        IPrivacyPolicy policy = Policy(Instant.FromUtc(2033, 3, 14, 15, 9, 26));

        ErasureResult<CallRecord> result = policy.Erase(GeneratedRedactTests.Call());

        Assert.Empty(result.Retained);
        Assert.Equal(string.Empty, result.Value.CalledNumber);
        Assert.Equal(default, result.Value.CallStart);
    }

    [Fact]
    public void Fiscal_retention_counts_from_the_end_of_the_year()
    {
        // The contract's example: P7Y from an invoice dated 10 March 2019 with EndOfYear ends 1 January 2027 00:00 in Amsterdam.
        var payment = new Payment { Iban = "NL91ABNA0417164300", CardNumber = "4111 1111 1111 1111", Amount = 10m, PaidAt = Instant.FromUtc(2019, 3, 10, 9, 0) };
        Instant end = Instant.FromUtc(2026, 12, 31, 23, 0);

        ErasureResult<Payment> before = Policy(end - Duration.FromSeconds(1)).Erase(payment);
        ErasureResult<Payment> after = Policy(end).Erase(payment);

        Assert.Equal("NL91ABNA0417164300", before.Value.Iban);
        Assert.Equal(end, Assert.Single(before.Retained, member => member.Member == "Iban").Until);
        Assert.Equal(string.Empty, before.Value.CardNumber);
        Assert.Equal(string.Empty, after.Value.Iban);
        Assert.Empty(after.Retained);
    }

    [Fact]
    public void Nested_values_are_erased_by_their_own_rules_and_reported_by_path()
    {
        var customer = new Customer
        {
            CustomerNumber = "C-1",
            Name = "Jan de Vries",
            Email = "jan@example.nl",
            RecentCalls = [GeneratedRedactTests.Call()],
        };

        ErasureResult<Customer> result = Policy(Instant.FromUtc(2026, 11, 29, 12, 0)).Erase(customer);

        Assert.Equal(string.Empty, result.Value.Name);
        Assert.Equal(string.Empty, result.Value.Email);
        CallRecord call = Assert.Single(result.Value.RecentCalls);
        Assert.Equal("+31 20 555 0199", call.CalledNumber);
        Assert.Equal(string.Empty, call.CallingNumber);
        Assert.Contains(result.Retained, member => member.Member == "RecentCalls.CalledNumber");
        Assert.Contains("RecentCalls.CallingNumber", result.Erased);
        Assert.Contains("Name", result.Erased);
    }

    [Fact]
    public void A_retention_default_from_options_applies_to_members_without_their_own()
    {
        var session = new InternetSession { CustomerId = "C-1", Started = Instant.FromUtc(2026, 11, 1, 8, 0), UserName = "jan1970", BytesTransferred = 100 };
        IPrivacyPolicy withoutDefault = Policy(Instant.FromUtc(2026, 11, 29, 12, 0));

        // Nothing in InternetSession has a legal-obligation purpose: a default period alone keeps nothing.
        IPrivacyPolicy withDefault = Policy(Instant.FromUtc(2026, 11, 29, 12, 0), options => options.RetentionDefaults[Category.Usage] = "P7Y");

        Assert.Empty(withoutDefault.Erase(session).Retained);
        Assert.Empty(withDefault.Erase(session).Retained);
        Assert.Equal(string.Empty, withDefault.Erase(session).Value.UserName);
    }

    [Fact]
    public void The_report_is_json_evidence_without_values()
    {
        IPrivacyPolicy policy = Policy(Instant.FromUtc(2026, 11, 29, 12, 0));
        var report = new ErasureReport(Instant.FromUtc(2026, 11, 29, 12, 0));
        report.Add(policy.Erase(GeneratedRedactTests.Call()));
        report.Add(policy.Erase(CanaryTests.CanaryCall()));

        string json = report.ToJson();

        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement records = document.RootElement.GetProperty("records");
        Assert.Equal(2, records.GetArrayLength());
        JsonElement retained = records[0].GetProperty("retained")[0];
        Assert.Equal("CalledNumber", retained.GetProperty("member").GetString());
        Assert.Equal("Bookkeeping", retained.GetProperty("purpose").GetString());
        Assert.Equal("LegalObligation", retained.GetProperty("legalBasis").GetString());
        Assert.Equal("2033-03-14T15:09:26Z", retained.GetProperty("until").GetString());
        Assert.Equal("LegalObligation", retained.GetProperty("ground").GetString());
        Assert.Equal("AVG art. 17(3)(b)", retained.GetProperty("article").GetString());
        Canary.AssertNoneIn(json, CanaryTests.All, "erasure report");
    }

    [Property(MaxTest = 300)]
    public Property Erasure_keeps_exactly_what_a_running_obligation_requires_and_erasing_twice_equals_once()
        => Prop.ForAll(Gen.Choose(-400, 3200).ToArbitrary(), Gen.Choose(0, 86399).ToArbitrary(), (days, seconds) =>
        {
            Instant now = CallStart + Duration.FromDays(days) + Duration.FromSeconds(seconds);
            IPrivacyPolicy policy = Policy(now);
            CallRecord call = GeneratedRedactTests.Call();
            Instant until = Instant.FromUtc(2033, 3, 14, 15, 9, 26);
            bool running = now < until;

            ErasureResult<CallRecord> once = policy.Erase(call);
            ErasureResult<CallRecord> twice = policy.Erase(once.Value);

            bool keptRight = (once.Value.CalledNumber == call.CalledNumber) == running
                             && once.Retained.Select(member => member.Member).SequenceEqual(running ? ["CalledNumber", "CallStart"] : Array.Empty<string>())
                             && once.Value.CallingNumber == string.Empty && once.Value.CustomerId == string.Empty && once.Value.Imsi == string.Empty;
            bool idempotent = Project(twice.Value) == Project(once.Value) && twice.Retained.SequenceEqual(once.Retained);
            return (keptRight && idempotent).Label($"now {now}: once {Project(once.Value)}, twice {Project(twice.Value)}");
        });

    private static string Project(CallRecord call)
        => string.Join("|", call.CustomerId, call.CallingNumber, call.CalledNumber, call.CallStart, call.Duration, call.Imsi, call.Imei, call.CellLatitude, call.CellLongitude, call.TariffPlanId, string.Join(",", call.ForwardedTo));

    private static IPrivacyPolicy Policy(Instant now, Action<PrivacyPolicyOptions>? configure = null) => TestPolicies.Create(now, configure);
}
