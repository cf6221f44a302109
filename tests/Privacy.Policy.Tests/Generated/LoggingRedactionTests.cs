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

    [Fact]
    public void A_logged_scrubbed_ticket_keeps_its_words_and_loses_the_identifiers()
    {
        using ServiceProvider services = Services(applyDiscriminator: false);
        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Tickets");
        const string Text = "Klant plakte BSN 111.222.333 in de chat, terugbellen op 06-12345678 over de storing.";

        TicketLogged(logger, new ScrubbedTicket { Text = Text, InternalNote = Text, TicketNumber = 9 });

        var state = services.GetFakeLogCollector().LatestRecord.StructuredState!.ToDictionary(pair => pair.Key, pair => pair.Value);
        Assert.Equal("Klant plakte BSN  in de chat, terugbellen op +31*******78 over de storing.", state["ticket.Text"]);
        Assert.Equal(string.Empty, state["ticket.InternalNote"]); // FreeText without Scrub: erased, as before
    }

    [Theory]
    [InlineData("Klant plakte BSN 111.222.333, bel terug.", "Klant plakte BSN , bel terug.:ticket.Text")]
    [InlineData("Geen nummers, alleen een storing.", "Geen nummers, alleen een storing.:ticket.Text")]
    [InlineData("Bel terug op 06-12345678", "Bel terug op +31*******78:ticket.Text")]
    [InlineData("Router 2001:db8:abcd:12::1", "Router 2001:db8:abcd::/48:ticket.Text")]
    public void With_the_discriminator_a_scrubbed_text_keeps_its_words(string text, string logged)
    {
        using ServiceProvider services = Services(applyDiscriminator: true);
        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Tickets");

        TicketLogged(logger, new ScrubbedTicket { Text = text });

        var state = services.GetFakeLogCollector().LatestRecord.StructuredState!.ToDictionary(pair => pair.Key, pair => pair.Value);
        Assert.Equal(logged, state["ticket.Text"]);
    }

    [Theory]
    [InlineData("Router 2001:db8:abcd:12::1:cafe.Notes", true)]   // the tag name's hex letters run on into the address
    [InlineData("Router 00:1A:2B:3C:4D:5E", true)]                // the last group would be cut off by the discriminator
    [InlineData("Bel terug op 06-12345678:ticket.Text", false)]
    [InlineData("Router 2001:db8:abcd:12::1:ticket.Text", false)]
    [InlineData("Geen dubbele punt", false)]
    [InlineData("Tijd: 14:30 en daarna niets", false)]
    public void A_discriminator_that_changes_the_findings_is_noticed(string logged, bool changes)
        => Assert.Equal(changes, Privacy.Policy.Text.TextScrubber.SuffixMayHideFinding(logged));

    [Fact]
    public void A_logged_text_whose_findings_the_discriminator_changes_is_erased_whole()
    {
        var redactor = new PrivacyPolicyRedactor(TestRedactors.Keyed, DataFormat.FreeText, RedactionKind.Scrub);

        Assert.Equal(string.Empty, redactor.Redact("Router 2001:db8:abcd:12::1:cafe.Notes"));
        Assert.Equal("bel +31*******78:ticket.Text", redactor.Redact("bel 06-12345678:ticket.Text"));
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Ticket logged")]
    private static partial void TicketLogged(ILogger logger, [TagProvider(typeof(PersonalDataTagProvider<ScrubbedTicket>), nameof(PersonalDataTagProvider<ScrubbedTicket>.RecordTags))] ScrubbedTicket ticket);

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
