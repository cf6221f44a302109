using System;
using System.Linq;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Privacy.Policy.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Privacy.Policy.Redaction;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>
/// A call record logged through a real <c>[LoggerMessage]</c> with the generated tag provider, Microsoft's
/// redaction enabled and this package's redactors registered: no canary reaches the log.
/// </summary>
public sealed partial class LoggingRedactionTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_logged_call_record_holds_no_canary(bool applyDiscriminator)
    {
        using ServiceProvider services = Services(applyDiscriminator);
        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Calls");

        CallEnded(logger, CanaryTests.CanaryCall());
        SessionOpened(logger, CanaryTests.CanaryTicket());

        FakeLogCollector collector = services.GetFakeLogCollector();
        Assert.Equal(2, collector.Count);
        foreach (FakeLogRecord record in collector.GetSnapshot())
        {
            string logged = record.Message + "\n" + string.Join("\n", record.StructuredState!.Select(pair => $"{pair.Key}={pair.Value}"));
            Canary.AssertNoneIn(logged, CanaryTests.All, $"log record (discriminator {applyDiscriminator})");
        }
    }

    [Fact]
    public void Without_a_discriminator_the_format_masks_show_in_the_log()
    {
        using ServiceProvider services = Services(applyDiscriminator: false);
        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Calls");

        CallEnded(logger, CanaryTests.CanaryCall());

        var state = services.GetFakeLogCollector().LatestRecord.StructuredState!.ToDictionary(pair => pair.Key, pair => pair.Value);
        Assert.Equal("+31*******23", state["call.CallingNumber"]);
        Assert.StartsWith("ps:2026-11:", state["call.CalledNumber"], StringComparison.Ordinal);
        Assert.Equal("20416**********", state["call.Imsi"]);
        Assert.Equal("2026-11-29T**:**:**Z", state["call.CallStart"]); // the text rule: a logged timestamp is text
        Assert.Equal("0", state["call.TariffPlanId"]);
    }

    [Fact]
    public void With_the_discriminator_values_the_rules_cannot_read_are_erased()
    {
        using ServiceProvider services = Services(applyDiscriminator: true);
        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Calls");

        CallEnded(logger, CanaryTests.CanaryCall());

        var state = services.GetFakeLogCollector().LatestRecord.StructuredState!.ToDictionary(pair => pair.Key, pair => pair.Value);
        // The pipeline appends ":<tag name>" before redacting: no format rule reads that, so the value is erased.
        Assert.Equal(string.Empty, state["call.CallingNumber"]);
        Assert.Equal(string.Empty, state["call.CalledNumber"]);
        Assert.Equal(string.Empty, state["call.Imsi"]);
        Assert.Equal(string.Empty, state["call.CallStart"]);

        // Unspecified text has no rule to fail: it is pseudonymised with the discriminator, still keyed.
        Assert.StartsWith("ps:2026-11:", state["call.CustomerId"], StringComparison.Ordinal);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Call ended")]
    private static partial void CallEnded(ILogger logger, [TagProvider(typeof(PersonalDataTagProvider<CallRecord>), nameof(PersonalDataTagProvider<CallRecord>.RecordTags))] CallRecord call);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Ticket opened")]
    private static partial void SessionOpened(ILogger logger, [TagProvider(typeof(PersonalDataTagProvider<SupportTicket>), nameof(PersonalDataTagProvider<SupportTicket>.RecordTags))] SupportTicket ticket);

    private static ServiceProvider Services(bool applyDiscriminator)
    {
        var services = new ServiceCollection();
        services.AddPrivacyPolicy(options =>
        {
            options.Pseudonymization.KeyId = TestRedactors.KeyId;
            options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
        });
        services.AddRedaction(builder => builder.SetPrivacyPolicyRedactors());
        services.AddLogging(builder =>
        {
            builder.EnableRedaction(options => options.ApplyDiscriminator = applyDiscriminator);
            builder.AddFakeLogging();
        });
        return services.BuildServiceProvider();
    }
}
