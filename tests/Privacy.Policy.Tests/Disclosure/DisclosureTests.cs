using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Privacy.Policy.DependencyInjection;
using Privacy.Policy.Tests.Domain;
using Xunit;
using static Privacy.Policy.Tests.Disclosure.DisclosurePolicies;

namespace Privacy.Policy.Tests.Disclosure;

/// <summary>Disclosure to declared recipients and on the subject's request: what goes, what is refused, what is recorded.</summary>
public sealed class DisclosureTests
{
    private static readonly CallRecord Call = new()
    {
        CustomerId = "C-100234",
        CallingNumber = "06 12345678",
        CalledNumber = "+31 20 7654321",
        CallStart = Instant.FromUtc(2026, 3, 10, 10, 0),
        Duration = Duration.FromMinutes(4),
        Imsi = "204081234567890",
        Imei = "352099001761481",
        CellLatitude = 52.37,
        CellLongitude = 4.89,
        TariffPlanId = 7,
        ForwardedTo = ["06 87654321"],
    };

    private static readonly Customer Customer = new()
    {
        CustomerNumber = "C-100234",
        Name = "Jan de Vries",
        DateOfBirth = new LocalDate(1980, 5, 17),
        Email = "jan.devries@example.nl",
        ContactPhone = "06 11223344",
        Address = "Kerkstraat 1, 1017 GA Amsterdam",
        Bsn = "111222333",
        Iban = "NL91ABNA0417164300",
        RecentCalls = [Call],
        Marketing = new MarketingProfile { Interests = "voetbal, glasvezel", OptedIn = true, Segment = 3 },
        IsBusiness = true,
    };

    private static readonly string[] CustomerValues =
        ["C-100234", "Jan de Vries", "jan.devries@example.nl", "06 11223344", "Kerkstraat", "111222333", "NL91ABNA0417164300", "12345678", "7654321", "204081234567890", "352099001761481", "voetbal"];

    [Fact]
    public void A_carrier_receives_the_address_and_nothing_else_personal()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        Customer disclosed = policy.Disclose(Customer, Carrier, Purpose.Shipping);

        Assert.Equal(Customer.Address, disclosed.Address);
        Assert.Equal(string.Empty, disclosed.Name);
        Assert.Null(disclosed.DateOfBirth);
        Assert.Equal(string.Empty, disclosed.Email);
        Assert.Equal(string.Empty, disclosed.Iban);
        Assert.Equal(string.Empty, disclosed.Bsn);
        Assert.Equal(string.Empty, disclosed.CustomerNumber);
        Assert.Equal(string.Empty, disclosed.Marketing!.Value.Interests);
        Assert.False(disclosed.Marketing.Value.OptedIn);
        Assert.True(disclosed.IsBusiness);
        Assert.Equal(3, disclosed.Marketing.Value.Segment);
        Assert.Equal(string.Empty, Assert.Single(disclosed.RecentCalls).CallingNumber);

        DisclosureAuditRecord record = Assert.Single(audit.Records);
        Assert.True(record.Allowed);
        Assert.Equal(["Address"], record.Members);
        Assert.Equal(Carrier, record.Recipient);
        Assert.Equal(Purpose.Shipping, record.Purpose);
        Assert.Equal(LegalBasis.Contract, record.LegalBasis);
        Assert.Equal(DisclosureBasis.DeclaredPurpose, record.Basis);
        Assert.Equal("Privacy.Policy.Tests.Domain.Customer", record.TypeName);
        Assert.Equal(Now, record.At);
    }

    [Fact]
    public void Nested_personal_data_is_disclosed_by_its_own_purposes_within_the_holders()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        // RecentCalls is classified for the customer portal; inside it, each call discloses its own portal members.
        Customer disclosed = policy.Disclose(Customer, Partner, Purpose.CustomerPortal);

        CallRecord call = Assert.Single(disclosed.RecentCalls);
        Assert.Equal(Call.CallingNumber, call.CallingNumber);
        Assert.Equal(string.Empty, call.CalledNumber);
        Assert.Empty(call.ForwardedTo);
        Assert.Equal(7, call.TariffPlanId);
        Assert.Equal(["RecentCalls.CustomerId", "RecentCalls.CallingNumber"], Assert.Single(audit.Records).Members);
    }

    [Fact]
    public void A_holder_not_classified_for_the_purpose_sends_nothing_of_what_it_holds()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        // Each call's ForwardedTo is for support, but the customer's RecentCalls is not.
        Customer disclosed = policy.Disclose(Customer, RepairService, Purpose.Support);

        CallRecord call = Assert.Single(disclosed.RecentCalls);
        Assert.Empty(call.ForwardedTo);
        Assert.Equal(string.Empty, call.CallingNumber);
        Assert.Equal(string.Empty, disclosed.Address);
        Assert.Empty(Assert.Single(audit.Records).Members);
    }

    [Fact]
    public void The_tax_authority_receives_bookkeeping_members_under_a_legal_obligation()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        CallRecord disclosed = policy.Disclose(Call, TaxAuthority, Purpose.Bookkeeping);

        Assert.Equal(Call.CalledNumber, disclosed.CalledNumber);
        Assert.Equal(string.Empty, disclosed.CallingNumber);
        Assert.Empty(disclosed.ForwardedTo);
        DisclosureAuditRecord record = Assert.Single(audit.Records);
        Assert.Equal(LegalBasis.LegalObligation, record.LegalBasis);
        Assert.Equal(["CalledNumber"], record.Members);
    }

    [Fact]
    public void Recipients_are_matched_without_regard_to_case_and_recorded_by_their_declared_name()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        policy.Disclose(Call, "belastingDIENST", Purpose.Bookkeeping);

        Assert.Equal(TaxAuthority, Assert.Single(audit.Records).Recipient);
    }

    [Fact]
    public void Credentials_are_never_disclosed_for_a_purpose()
    {
        (IPrivacyPolicy policy, _) = Create();
        var session = new InternetSession { CustomerId = "C-1", Password = "hunter2", UserName = "jdv", IpAddress = "192.0.2.10" };

        foreach (Purpose purpose in Enum.GetValues<Purpose>().Where(p => p != Purpose.None))
        {
            Assert.NotEqual("hunter2", policy.Disclose(session, Partner, purpose).Password);
        }
    }

    [Theory]
    [InlineData("Onbekend BV", Purpose.Support, DisclosureRefusal.UnknownRecipient)]
    [InlineData(RepairService, Purpose.Marketing, DisclosureRefusal.PurposeNotDeclared)]
    [InlineData(TaxAuthority, Purpose.Shipping, DisclosureRefusal.PurposeNotDeclared)]
    [InlineData(FormerCarrier, Purpose.Shipping, DisclosureRefusal.NoProcessingAgreement)]
    public void A_refusal_names_recipient_purpose_and_reason_and_is_recorded_first(string recipient, Purpose purpose, DisclosureRefusal reason)
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        DisclosureRefusedException refused = Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(Customer, recipient, purpose));

        Assert.Equal(reason, refused.Reason);
        Assert.Equal(recipient, refused.Recipient);
        Assert.Equal(purpose, refused.Purpose);
        Assert.Contains(recipient, refused.Message, StringComparison.Ordinal);
        Assert.Contains(purpose.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(CustomerValues, value => refused.Message.Contains(value, StringComparison.Ordinal) || refused.ToString().Contains(value, StringComparison.Ordinal));

        DisclosureAuditRecord record = Assert.Single(audit.Records);
        Assert.False(record.Allowed);
        Assert.Equal(reason, record.Refusal);
        Assert.Empty(record.Members);
    }

    [Theory]
    [InlineData(2027, 6, 30, 21, 30, true)]   // 23:30 in Amsterdam on the agreement's last day
    [InlineData(2027, 6, 30, 22, 30, false)]  // 00:30 in Amsterdam the day after
    public void A_processing_agreement_is_in_force_through_its_last_day_in_the_configured_zone(int year, int month, int day, int hour, int minute, bool allowed)
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create(Instant.FromUtc(year, month, day, hour, minute));

        if (allowed)
        {
            Assert.Equal(Customer.Address, policy.Disclose(Customer, Carrier, Purpose.Shipping).Address);
        }
        else
        {
            Assert.Equal(DisclosureRefusal.NoProcessingAgreement, Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(Customer, Carrier, Purpose.Shipping)).Reason);
        }

        Assert.Equal(allowed, Assert.Single(audit.Records).Allowed);
    }

    [Theory]
    [InlineData(Purpose.None)]
    [InlineData(Purpose.Support | Purpose.Shipping)]
    [InlineData((Purpose)(1 << 20))]
    public void A_disclosure_is_for_exactly_one_defined_purpose(Purpose purpose)
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        Assert.Throws<ArgumentException>(() => policy.Disclose(Customer, Partner, purpose));
        Assert.Empty(audit.Records);
    }

    [Fact]
    public void The_audit_record_carries_the_subject_pseudonymised_and_no_values()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        policy.Disclose(Customer, Partner, Purpose.Billing);

        DisclosureAuditRecord record = Assert.Single(audit.Records);
        Assert.StartsWith(Privacy.Policy.Redaction.PersonalDataRedactor.PseudonymPrefix, record.Subject);
        Assert.Equal(Redaction.TestRedactors.Keyed.Redact("C-100234", DataFormat.Unspecified, RedactionKind.Pseudonymize), record.Subject);
        string everything = string.Join("|", [record.ToString(), record.Subject!, .. record.Members]);
        Assert.DoesNotContain(CustomerValues, value => everything.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public void A_failing_audit_sink_fails_the_disclosure()
    {
        var policy = new PrivacyPolicy(
            Microsoft.Extensions.Options.Options.Create(Redaction.TestRedactors.Options(DeclareRecipients)),
            Redaction.TestRedactors.Keyed,
            new NodaTime.Testing.FakeClock(Now),
            new ThrowingSink());

        Assert.Throws<TimeoutException>(() => policy.Disclose(Customer, Partner, Purpose.Billing));
    }

    [Fact]
    public void A_subject_request_discloses_what_the_subject_named_and_nothing_more()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();
        var request = new SubjectDisclosureRequest("Mijn boekhouder", ["Email", "Marketing", "RecentCalls.CalledNumber"], "REQ-2026-0042");

        Customer disclosed = policy.Disclose(Customer, request);

        Assert.Equal(Customer.Email, disclosed.Email);
        Assert.Equal(Customer.Marketing, disclosed.Marketing);
        Assert.Equal(Call.CalledNumber, Assert.Single(disclosed.RecentCalls).CalledNumber);
        Assert.Equal(string.Empty, disclosed.RecentCalls[0].CallingNumber);
        Assert.Equal(string.Empty, disclosed.Name);
        Assert.Equal(string.Empty, disclosed.Address);
        Assert.Equal(string.Empty, disclosed.Iban);

        DisclosureAuditRecord record = Assert.Single(audit.Records);
        Assert.Equal(DisclosureBasis.SubjectRequest, record.Basis);
        Assert.Equal("REQ-2026-0042", record.RequestReference);
        Assert.Equal(Purpose.None, record.Purpose);
        Assert.Null(record.LegalBasis);
        Assert.Equal(["Email", "RecentCalls.CalledNumber", "Marketing.Interests", "Marketing.OptedIn"], record.Members);
    }

    [Theory]
    [InlineData("Shoe", DisclosureRefusal.UnknownMember)]
    [InlineData("IsBusiness", DisclosureRefusal.UnknownMember)]
    public void A_subject_request_for_what_the_type_does_not_hold_is_refused(string member, DisclosureRefusal reason)
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        DisclosureRefusedException refused = Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(Customer, new SubjectDisclosureRequest("Mijn boekhouder", ["Email", member], "REQ-1")));

        Assert.Equal(reason, refused.Reason);
        Assert.Contains(member, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Mijn boekhouder", refused.Message, StringComparison.Ordinal);
        Assert.Equal(reason, Assert.Single(audit.Records).Refusal);
    }

    [Fact]
    public void A_subject_request_for_a_path_the_nested_type_does_not_have_is_refused()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();

        DisclosureRefusedException refused = Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(Customer, new SubjectDisclosureRequest("Mijn boekhouder", ["RecentCalls.Bogus"], "REQ-5")));

        Assert.Equal(DisclosureRefusal.UnknownMember, refused.Reason);
        Assert.False(Assert.Single(audit.Records).Allowed);
    }

    [Fact]
    public void A_subject_request_under_a_nested_value_the_record_lacks_discloses_nothing_there()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();
        Customer withoutCalls = new() { CustomerNumber = "C-1", Name = "Jan", Email = "jan@example.nl", RecentCalls = [] };

        Customer disclosed = policy.Disclose(withoutCalls, new SubjectDisclosureRequest("Mijn boekhouder", ["Email", "RecentCalls.CalledNumber"], "REQ-6"));

        Assert.Equal("jan@example.nl", disclosed.Email);
        Assert.Equal(["Email"], Assert.Single(audit.Records).Members);
    }

    [Fact]
    public void Recipients_are_fixed_at_start_up()
    {
        var options = Redaction.TestRedactors.Options(DeclareRecipients);
        var policy = new PrivacyPolicy(Microsoft.Extensions.Options.Options.Create(options), Redaction.TestRedactors.Keyed, new NodaTime.Testing.FakeClock(Now), new RecordingAuditSink());

        options.Recipients.Add(new RecipientDeclaration("Laat Toegevoegd BV", RecipientRole.IndependentController, Purpose.Marketing));

        Assert.Equal(DisclosureRefusal.UnknownRecipient, Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(Customer, "Laat Toegevoegd BV", Purpose.Marketing)).Reason);
    }

    [Fact]
    public void Without_a_key_the_audit_carries_no_subject_and_still_records_the_call()
    {
        var audit = new RecordingAuditSink();
        var options = new PrivacyPolicyOptions();
        var policy = new PrivacyPolicy(Microsoft.Extensions.Options.Options.Create(options), Redaction.TestRedactors.Unkeyed, new NodaTime.Testing.FakeClock(Now), audit);

        Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(Customer, "Onbekend BV", Purpose.Support));
        policy.Disclose(Customer, new SubjectDisclosureRequest("Mijn boekhouder", ["Email"], "REQ-7"));

        Assert.Equal(2, audit.Records.Count);
        Assert.All(audit.Records, record => Assert.Null(record.Subject));
    }

    [Fact]
    public void A_subject_request_for_credentials_is_refused()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit) = Create();
        var session = new InternetSession { CustomerId = "C-1", Password = "hunter2" };

        DisclosureRefusedException refused = Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(session, new SubjectDisclosureRequest("Mijn neef", ["Password"], "REQ-2")));

        Assert.Equal(DisclosureRefusal.NotDisclosable, refused.Reason);
        Assert.DoesNotContain("hunter2", refused.Message, StringComparison.Ordinal);
        Assert.False(Assert.Single(audit.Records).Allowed);
    }

    [Fact]
    public void A_subject_request_shows_no_recipient_in_its_text()
    {
        var request = new SubjectDisclosureRequest("Piet Jansen", ["Email"], "REQ-3");

        Assert.DoesNotContain("Piet", request.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new SubjectDisclosureRequest("Piet Jansen", [], "REQ-4"));
        Assert.Throws<ArgumentException>(() => new SubjectDisclosureRequest("Piet Jansen", [""], "REQ-4"));
    }

    private sealed class ThrowingSink : IDisclosureAuditSink
    {
        public void Record(DisclosureAuditRecord record) => throw new TimeoutException("The audit store did not answer.");
    }
}
