using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.DependencyInjection;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Disclosure;

/// <summary>Recipients in options: validated at start-up, bindable from configuration, and logged by the default audit sink.</summary>
public sealed class RecipientOptionsTests
{
    [Theory]
    [InlineData("processor without agreement", "PrivacyPolicyOptions.Recipients[0] 'Reparatiedienst BV'.ProcessingAgreementUntil is required for a processor")]
    [InlineData("no purposes", "PrivacyPolicyOptions.Recipients[0] 'Reparatiedienst BV'.Purposes must name one or more purposes")]
    [InlineData("twice", "PrivacyPolicyOptions.Recipients[1] 'REPARATIEDIENST BV' is declared more than once")]
    [InlineData("no name", "PrivacyPolicyOptions.Recipients[0].Name is required")]
    [InlineData("bad country", "PrivacyPolicyOptions.Recipients[0] 'Reparatiedienst BV'.ThirdCountry 'USA' must be an ISO 3166 two-letter country code")]
    [InlineData("no key", "PrivacyPolicyOptions.Pseudonymization.Key is required")]
    public void Invalid_recipients_fail_at_start_up_naming_the_setting(string problem, string message)
    {
        var services = new ServiceCollection().AddPrivacyPolicy(options =>
        {
            if (problem != "no key")
            {
                options.Pseudonymization.KeyId = TestRedactors.KeyId;
                options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
            }

            LocalDate? until = problem == "processor without agreement" ? null : new LocalDate(2027, 12, 31);
            Purpose purposes = problem == "no purposes" ? Purpose.None : Purpose.Support;
            string name = problem == "no name" ? " " : "Reparatiedienst BV";
            options.Recipients.Add(new RecipientDeclaration(name, RecipientRole.Processor, purposes)
            {
                ProcessingAgreementUntil = until,
                ThirdCountry = problem == "bad country" ? "USA" : null,
            });
            if (problem == "twice")
            {
                options.Recipients.Add(new RecipientDeclaration("REPARATIEDIENST BV", RecipientRole.Authority, Purpose.Bookkeeping));
            }
        }).BuildServiceProvider();

        OptionsValidationException failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PrivacyPolicyOptions>>().Value);
        Assert.Contains(failure.Failures, f => f.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Declared_recipients_need_a_key_even_when_no_member_is_pseudonymised()
    {
        var options = new PrivacyPolicyOptions();
        DisclosurePolicies.DeclareRecipients(options);

        Assert.StartsWith(
            "PrivacyPolicyOptions.Pseudonymization.Key is required: recipients are declared",
            PrivacyPolicyOptionsValidator.FirstFailure(options, requirePseudonymization: false));
    }

    [Fact]
    public void Recipients_bind_from_configuration()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PrivacyPolicy:Pseudonymization:KeyId"] = TestRedactors.KeyId,
            ["PrivacyPolicy:Pseudonymization:Key"] = Convert.ToBase64String(TestRedactors.Key),
            ["PrivacyPolicy:Recipients:0:Name"] = "Reparatiedienst BV",
            ["PrivacyPolicy:Recipients:0:Role"] = "Processor",
            ["PrivacyPolicy:Recipients:0:Purposes"] = "Support",
            ["PrivacyPolicy:Recipients:0:ProcessingAgreementUntil"] = "2027-12-31",
            ["PrivacyPolicy:Recipients:1:Name"] = "Belastingdienst",
            ["PrivacyPolicy:Recipients:1:Role"] = "Authority",
            ["PrivacyPolicy:Recipients:1:Purposes"] = "Bookkeeping, Billing",
        }).Build();

        var services = new ServiceCollection();
        services.AddOptions<PrivacyPolicyOptions>().Bind(configuration.GetSection("PrivacyPolicy"));
        PrivacyPolicyOptions options = services.AddPrivacyPolicy().BuildServiceProvider().GetRequiredService<IOptions<PrivacyPolicyOptions>>().Value;

        Assert.Equal(2, options.Recipients.Count);
        Assert.Equal(new LocalDate(2027, 12, 31), options.Recipients[0].ProcessingAgreementUntil);
        Assert.Equal(RecipientRole.Processor, options.Recipients[0].Role);
        Assert.Equal(Purpose.Bookkeeping | Purpose.Billing, options.Recipients[1].Purposes);
    }

    [Fact]
    public void The_default_audit_sink_logs_each_disclosure_without_values()
    {
        var collector = new FakeLogCollector();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(collector)))
            .AddSingleton<IClock>(new FakeClock(DisclosurePolicies.Now))
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = TestRedactors.KeyId;
                options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
                DisclosurePolicies.DeclareRecipients(options);
            })
            .BuildServiceProvider();
        IPrivacyPolicy policy = services.GetRequiredService<IPrivacyPolicy>();
        var call = new CallRecord { CustomerId = "C-100234", CallingNumber = "0612345678", CalledNumber = "0207654321" };

        policy.Disclose(call, DisclosurePolicies.TaxAuthority, Purpose.Bookkeeping);
        Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(call, "Onbekend BV", Purpose.Marketing));
        policy.Disclose(call, new SubjectDisclosureRequest("Piet Jansen", ["CallingNumber"], "REQ-9"));

        IReadOnlyList<FakeLogRecord> logged = collector.GetSnapshot().Where(r => r.Category == "Privacy.Policy.Disclosure").ToList();
        Assert.Equal([LogLevel.Information, LogLevel.Warning, LogLevel.Information], logged.Select(r => r.Level));
        Assert.Equal("CalledNumber", logged[0].GetStructuredStateValue("Members"));
        Assert.Equal("Belastingdienst", logged[0].GetStructuredStateValue("Recipient"));
        Assert.Equal("UnknownRecipient", logged[1].GetStructuredStateValue("Refusal"));
        Assert.Equal("REQ-9", logged[2].GetStructuredStateValue("RequestReference"));
        string everything = string.Join("\n", logged.Select(r => r.Message + " " + string.Join(",", r.StructuredState!.Select(p => p.Value))));
        foreach (string value in new[] { "C-100234", "0612345678", "0207654321", "Piet Jansen" })
        {
            Assert.DoesNotContain(value, everything, StringComparison.Ordinal);
        }

        Assert.Contains(PersonalDataRedactorPrefix, logged[0].GetStructuredStateValue("Subject"), StringComparison.Ordinal);
    }

    private const string PersonalDataRedactorPrefix = Privacy.Policy.Redaction.PersonalDataRedactor.PseudonymPrefix;
}
