using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NodaTime;
using Privacy.Policy.Logging;
using Privacy.Policy.Redaction;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>
/// A value logged through its base type is tagged by its own type's generated code: a stored <c>override</c> with the
/// derived type's classification (the base masks the e-mail, the business account pseudonymises it) and the derived
/// type's own members, never only the base's.
/// </summary>
public sealed partial class RuntimeTypeLoggingTests
{
    private const string Email = "jan.devries@example.nl";
    private const string Iban = "NL91ABNA0417164300";
    private const string Phone = "0611223344";

    private static DispatchBusinessAccount Business() => new() { ContractEnded = Instant.FromUtc(2026, 10, 29, 11, 0), Email = Email, Iban = Iban, Phone = Phone };

    [Fact]
    public void A_derived_value_logged_as_its_base_type_is_redacted_as_its_own_type()
    {
        using ServiceProvider services = Services();
        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Accounts");

        AccountChanged(logger, Business());

        var state = services.GetFakeLogCollector().LatestRecord.StructuredState!.ToDictionary(pair => pair.Key, pair => pair.Value);

        // The business account pseudonymises the e-mail (the base would mask it, keeping its domain in the log).
        Assert.StartsWith("ps:2026-11:", state["account.Email"], StringComparison.Ordinal);
        Assert.Equal(TestRedactors.Keyed.Redact(Email, DataFormat.EmailAddress, RedactionKind.Pseudonymize), state["account.Email"]);

        // Its own member is logged, classified, and masked.
        Assert.True(state.TryGetValue("account.Phone", out string? phone));
        Assert.DoesNotContain(Phone, phone, StringComparison.Ordinal);
        Assert.Equal(1, state.Keys.Count(key => key == "account.Email"));
        foreach (string? value in state.Values)
        {
            Assert.DoesNotContain(Email, value ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(Iban, value ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_base_type_s_generated_tag_provider_tags_a_derived_value_as_its_own_type()
    {
        var collector = new RecordingTagCollector();

        DispatchAccount.RecordPersonalDataTags(collector, Business());

        Assert.Equal(["ContractEnded", "Email", "Iban", "Phone"], collector.Tags.Keys.Order());
        Assert.Equal(RedactionClassifications.GetSet(Category.Contact, DataFormat.EmailAddress, RedactionKind.Pseudonymize), collector.Tags["Email"].Classification);
        Assert.Equal(RedactionClassifications.GetSet(Category.Contact, DataFormat.PhoneNumber, RedactionKind.Mask), collector.Tags["Phone"].Classification);

        // A value of the base type itself keeps the base's classification.
        var ofBase = new RecordingTagCollector();
        PersonalDataTagProvider<DispatchAccount>.RecordTags(ofBase, new DispatchAccount { Email = Email, Iban = Iban });
        Assert.Equal(["ContractEnded", "Email", "Iban"], ofBase.Tags.Keys.Order());
        Assert.Equal(RedactionClassifications.GetSet(Category.Contact, DataFormat.EmailAddress, RedactionKind.Mask), ofBase.Tags["Email"].Classification);

        // So does a value of a type derived from it without generated code of its own: dispatch ends at the base.
        var ofPlain = new RecordingTagCollector();
        DispatchAccount.RecordPersonalDataTags(ofPlain, new PlainDispatchAccount { Email = Email, Iban = Iban });
        Assert.Equal(["ContractEnded", "Email", "Iban"], ofPlain.Tags.Keys.Order());
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Account changed")]
    private static partial void AccountChanged(ILogger logger, [TagProvider(typeof(PersonalDataTagProvider<DispatchAccount>), nameof(PersonalDataTagProvider<DispatchAccount>.RecordTags))] DispatchAccount account);

    private static ServiceProvider Services()
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
            builder.EnableRedaction(options => options.ApplyDiscriminator = false);
            builder.AddFakeLogging();
        });
        return services.BuildServiceProvider();
    }

    /// <summary>Keeps each tag with its classification, as the logging pipeline receives them.</summary>
    private sealed class RecordingTagCollector : ITagCollector
    {
        public Dictionary<string, (object? Value, DataClassificationSet? Classification)> Tags { get; } = [];

        public void Add(string tagName, object? tagValue) => Tags.Add(tagName, (tagValue, null));

        public void Add(string tagName, object? tagValue, DataClassificationSet classifications) => Tags.Add(tagName, (tagValue, classifications));
    }
}
