using System;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Redaction;
using Xunit;
using static Privacy.Policy.Tests.Disclosure.DisclosurePolicies;

namespace Privacy.Policy.Tests.Disclosure;

/// <summary>Disclosure honours the subject's restriction (GDPR art. 18).</summary>
public sealed class ProcessingLimitsTests
{
    private const string Subject = "C-100234";

    private static Customer Customer(string number = Subject) => new()
    {
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
}
