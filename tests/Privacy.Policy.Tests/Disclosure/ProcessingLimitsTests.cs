using System;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Redaction;
using Xunit;
using static Privacy.Policy.Tests.Disclosure.DisclosurePolicies;

namespace Privacy.Policy.Tests.Disclosure;

/// <summary>Disclosure honours the subject's restriction (GDPR art. 18) and objection (art. 21).</summary>
public sealed class ProcessingLimitsTests
{
    private const string Subject = "C-100234";

    private static Customer Customer(string number = Subject, MarketingProfile? marketing = null) => new()
    {
        Marketing = marketing,
        CustomerNumber = number,
        Name = "Jan de Vries",
        Email = "jan.devries@example.nl",
        Address = "Kerkstraat 1, 1017 GA Amsterdam",
        Iban = "NL91ABNA0417164300",
    };

    internal static (IPrivacyPolicy Policy, RecordingAuditSink Audit, InMemorySubjectProcessingLimits Limits) CreateLimited()
    {
        var audit = new RecordingAuditSink();
        var limits = new InMemorySubjectProcessingLimits();
        ServiceProvider provider = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Now))
            .AddSingleton<IDisclosureAuditSink>(audit)
            .AddSingleton<ISubjectProcessingLimits>(limits)
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = TestRedactors.KeyId;
                options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
                DeclareRecipients(options);
            })
            .BuildServiceProvider();
        return (provider.GetRequiredService<IPrivacyPolicy>(), audit, limits);
    }

    [Fact]
    public void A_restricted_subjects_data_is_refused_and_the_refusal_recorded_without_the_subject()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit, InMemorySubjectProcessingLimits limits) = CreateLimited();
        limits.Restrict(Subject);

        DisclosureRefusedException refused = Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(Customer(), Carrier, Purpose.Shipping));

        Assert.Equal(DisclosureRefusal.Restricted, refused.Reason);
        Assert.Contains("art. 18", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Subject, refused.Message, StringComparison.Ordinal);
        DisclosureAuditRecord record = Assert.Single(audit.Records);
        Assert.Equal(DisclosureRefusal.Restricted, record.Refusal);
        Assert.Empty(record.Members);
        Assert.NotNull(record.Subject);
        Assert.NotEqual(Subject, record.Subject);
    }

    [Theory]
    [InlineData(RestrictionExemption.LegalClaims)]
    [InlineData(RestrictionExemption.ProtectionOfAnotherPerson)]
    [InlineData(RestrictionExemption.ImportantPublicInterest)]
    public void A_restricted_subjects_data_goes_on_a_ground_of_article_18_2(RestrictionExemption exemption)
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit, InMemorySubjectProcessingLimits limits) = CreateLimited();
        limits.Restrict(Subject);

        Customer disclosed = policy.Disclose(Customer(), Carrier, Purpose.Shipping, exemption);

        Assert.Equal("Kerkstraat 1, 1017 GA Amsterdam", disclosed.Address);
        Assert.True(Assert.Single(audit.Records).Allowed);
    }

    [Fact]
    public void The_ground_does_not_lift_the_recipients_own_refusals()
    {
        (IPrivacyPolicy policy, _, InMemorySubjectProcessingLimits limits) = CreateLimited();
        limits.Restrict(Subject);

        DisclosureRefusedException refused = Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(Customer(), FormerCarrier, Purpose.Shipping, RestrictionExemption.LegalClaims));

        Assert.Equal(DisclosureRefusal.NoProcessingAgreement, refused.Reason);
    }

    [Fact]
    public void Other_subjects_and_a_lifted_restriction_are_not_limited()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit, InMemorySubjectProcessingLimits limits) = CreateLimited();
        limits.Restrict(Subject);

        policy.Disclose(Customer("C-999999"), Carrier, Purpose.Shipping);
        Assert.True(limits.LiftRestriction(Subject));
        policy.Disclose(Customer(), Carrier, Purpose.Shipping);

        Assert.All(audit.Records, record => Assert.True(record.Allowed));
        Assert.Equal(2, audit.Records.Count);
    }

    private static InternetSession Session() => new() { CustomerId = Subject, IpAddress = "192.0.2.17", UserName = "jdevries" };

    [Fact]
    public void An_objection_to_direct_marketing_stops_it_whatever_ground_is_given()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit, InMemorySubjectProcessingLimits limits) = CreateLimited();
        Customer customer = Customer(marketing: new MarketingProfile { Interests = "voetbal", OptedIn = true, Segment = 3 });
        Assert.Equal("voetbal", policy.Disclose(customer, Partner, Purpose.Marketing).Marketing!.Value.Interests);

        limits.Object(Subject, Purpose.Marketing);

        Assert.Throws<InvalidOperationException>(() => limits.RecordCompellingGrounds(Subject, Purpose.Marketing, "Campaign already planned"));
        foreach (RestrictionExemption? exemption in new RestrictionExemption?[] { null, RestrictionExemption.LegalClaims })
        {
            DisclosureRefusedException refused = Assert.Throws<DisclosureRefusedException>(() => exemption is { } ground
                ? policy.Disclose(customer, Partner, Purpose.Marketing, ground)
                : policy.Disclose(customer, Partner, Purpose.Marketing));
            Assert.Equal(DisclosureRefusal.Objected, refused.Reason);
            Assert.Contains("art. 21(3)", refused.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Subject, refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(DisclosureRefusal.Objected, audit.Records[^1].Refusal);
        Assert.Equal(Customer().Address, policy.Disclose(customer, Partner, Purpose.Shipping).Address);
    }

    [Fact]
    public void A_company_purpose_declared_as_marketing_is_direct_marketing()
    {
        var companyOffers = (Purpose)(1 << 17);
        var limits = new InMemorySubjectProcessingLimits(companyOffers);
        limits.Object(Subject, companyOffers);

        Assert.True(limits.IsDirectMarketing(companyOffers));
        Assert.True(limits.IsDirectMarketing(Purpose.Marketing));
        Assert.False(limits.IsDirectMarketing(Purpose.Security));
        Assert.Throws<InvalidOperationException>(() => limits.RecordCompellingGrounds(Subject, companyOffers, "Campaign already planned"));
    }

    [Fact]
    public void An_objection_to_a_legitimate_interest_purpose_stops_it_until_compelling_grounds_are_recorded()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit, InMemorySubjectProcessingLimits limits) = CreateLimited();
        limits.Object(Subject, Purpose.Security);

        DisclosureRefusedException refused = Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(Session(), Partner, Purpose.Security));
        Assert.Equal(DisclosureRefusal.Objected, refused.Reason);
        Assert.Contains("art. 21(1)", refused.Message, StringComparison.Ordinal);
        Assert.Equal(LegalBasis.LegitimateInterest, audit.Records[^1].LegalBasis);

        // A legal claim lifts it (art. 21(1)); the other grounds of art. 18(2) do not.
        Assert.Equal("192.0.2.17", policy.Disclose(Session(), Partner, Purpose.Security, RestrictionExemption.LegalClaims).IpAddress);
        Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(Session(), Partner, Purpose.Security, RestrictionExemption.ImportantPublicInterest));

        limits.RecordCompellingGrounds(Subject, Purpose.Security, "Ongoing fraud investigation on the line");
        Assert.Equal("192.0.2.17", policy.Disclose(Session(), Partner, Purpose.Security).IpAddress);

        // Objecting again weighs it anew.
        limits.Object(Subject, Purpose.Security);
        Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(Session(), Partner, Purpose.Security));
    }

    [Fact]
    public void An_objection_does_not_stop_a_purpose_resting_on_contract_and_grounds_need_an_objection()
    {
        (IPrivacyPolicy policy, _, InMemorySubjectProcessingLimits limits) = CreateLimited();
        limits.Object(Subject, Purpose.ServiceDelivery);

        Assert.Equal("jdevries", policy.Disclose(Session(), Partner, Purpose.ServiceDelivery).UserName);
        Assert.Throws<InvalidOperationException>(() => limits.RecordCompellingGrounds(Subject, Purpose.Security, "No objection yet"));
    }

    [Fact]
    public void A_guid_subject_is_one_subject_in_every_form_it_is_written_in()
    {
        (IPrivacyPolicy policy, _, InMemorySubjectProcessingLimits limits) = CreateLimited();
        var key = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        var record = new GuidSubjectRecord { CustomerKey = key, Note = "mine" };

        // A clerk types the key in upper case with braces; generated code gives it lower case with hyphens.
        limits.Restrict(key.ToString("B").ToUpperInvariant());
        Assert.True(limits.IsRestricted(key.ToString()));
        Assert.Equal(DisclosureRefusal.Restricted, Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(record, Partner, Purpose.Billing)).Reason);
        Assert.True(limits.LiftRestriction(key.ToString("N")));
        Assert.Equal("mine", policy.Disclose(record, Partner, Purpose.Billing).Note);

        limits.Object(key.ToString("N").ToUpperInvariant(), Purpose.Security);
        Assert.True(limits.HasObjected(key.ToString(), Purpose.Security));
        limits.RecordCompellingGrounds(key.ToString("D").ToUpperInvariant(), Purpose.Security, "Ongoing fraud investigation on the line");
        Assert.Equal("Ongoing fraud investigation on the line", limits.CompellingGroundsFor(key.ToString("P"), Purpose.Security));

        // Ids that are not Guids are compared as given.
        limits.Restrict("c-100234");
        Assert.False(limits.IsRestricted(Subject));
    }
}
