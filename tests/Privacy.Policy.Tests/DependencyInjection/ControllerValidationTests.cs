using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Privacy.Policy.DependencyInjection;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.DependencyInjection;

/// <summary>
/// Once the controller's statement is configured, what it cannot go without fails at start-up naming the setting:
/// the statement's version and date, the representative (GDPR art. 27) or "none", and for a service with traffic or
/// location data the data protection officer (art. 37(1)(b)). A consumer that configures nothing of it starts as before.
/// </summary>
public sealed class ControllerValidationTests
{
    private static readonly string ValidKey = Convert.ToBase64String(TestRedactors.Key);

    [Fact]
    public void A_consumer_that_configures_nothing_of_the_controller_or_only_what_the_export_uses_starts()
    {
        Start(_ => { });
        Start(options =>
        {
            options.Controller.Name = "Telecom BV";
            options.Controller.Contact = "privacy@telecom.example";
            options.Controller.DataSource = "Uit ons netwerk";
            options.Controller.AutomatedDecisionMaking = ControllerOptions.None;
            options.Controller.TransferSafeguards = ControllerOptions.None;
        });
    }

    [Fact]
    public void A_complete_controller_starts()
        => Start(Complete);

    [Theory]
    [InlineData(nameof(ControllerOptions.StatementVersion))]
    [InlineData(nameof(ControllerOptions.StatementDate))]
    [InlineData(nameof(ControllerOptions.Representative))]
    [InlineData(nameof(ControllerOptions.DataProtectionOfficer))]
    public void A_missing_setting_of_a_configured_controller_fails_at_start_up_naming_it(string setting)
    {
        string message = FailsAtStart(options =>
        {
            Complete(options);
            switch (setting)
            {
                case nameof(ControllerOptions.StatementVersion): options.Controller.StatementVersion = " "; break;
                case nameof(ControllerOptions.StatementDate): options.Controller.StatementDate = null; break;
                case nameof(ControllerOptions.Representative): options.Controller.Representative = null; break;
                default: options.Controller.DataProtectionOfficer = ControllerOptions.None; break;
            }
        });
        Assert.Contains("PrivacyPolicyOptions.Controller." + setting, message, StringComparison.Ordinal);
        Assert.Contains("GDPR art.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_statement_setting_alone_turns_the_check_on_and_every_missing_one_is_named()
    {
        var failures = new List<string>();
        PrivacyPolicyOptionsValidator.AddControllerFailures(new ControllerOptions { PostalAddress = "Postbus 1" }, failures, () => true);
        Assert.Equal(4, failures.Count);

        // Without traffic or location data no DPO is required (art. 37(1)(b) does not reach it), and "none" is accepted.
        failures.Clear();
        PrivacyPolicyOptionsValidator.AddControllerFailures(new ControllerOptions { PostalAddress = "Postbus 1", StatementVersion = "1", StatementDate = new LocalDate(2026, 11, 30), Representative = ControllerOptions.None, DataProtectionOfficer = ControllerOptions.None }, failures, () => false);
        Assert.Empty(failures);
    }

    [Fact]
    public void A_controller_section_bound_from_configuration_is_checked_too()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PrivacyPolicy:Pseudonymization:KeyId"] = TestRedactors.KeyId,
            ["PrivacyPolicy:Pseudonymization:Key"] = ValidKey,
            ["PrivacyPolicy:Controller:Name"] = "Telecom BV",
            ["PrivacyPolicy:Controller:PostalAddress"] = "Postbus 1, 1000 AA Amsterdam",
        }).Build();
        using ServiceProvider services = new ServiceCollection().AddPrivacyPolicy(configuration.GetSection("PrivacyPolicy")).BuildServiceProvider();
        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("PrivacyPolicyOptions.Controller.StatementVersion", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ValidKey, exception.Message, StringComparison.Ordinal);
    }

    private static void Complete(PrivacyPolicyOptions options)
    {
        options.Controller.Name = "Telecom BV";
        options.Controller.PostalAddress = "Postbus 1, 1000 AA Amsterdam";
        options.Controller.DataProtectionOfficer = "dpo@telecom.example";
        options.Controller.Representative = ControllerOptions.None;
        options.Controller.StatementVersion = "2026.11";
        options.Controller.StatementDate = new LocalDate(2026, 11, 30);
    }

    private static void Start(Action<PrivacyPolicyOptions> change)
    {
        using ServiceProvider services = Build(change);
        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.NotNull(services.GetRequiredService<IPrivacyPolicy>());
    }

    private static string FailsAtStart(Action<PrivacyPolicyOptions> change)
    {
        using ServiceProvider services = Build(change);
        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Single(exception.Failures);
        Assert.DoesNotContain(ValidKey, exception.Message, StringComparison.Ordinal);
        return exception.Message;
    }

    private static ServiceProvider Build(Action<PrivacyPolicyOptions> change)
        => new ServiceCollection()
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = TestRedactors.KeyId;
                options.Pseudonymization.Key = ValidKey;
                change(options);
            })
            .BuildServiceProvider();
}
