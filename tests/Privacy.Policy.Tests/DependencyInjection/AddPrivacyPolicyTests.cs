using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.DependencyInjection;
using Privacy.Policy.Redaction;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.DependencyInjection;

public sealed class AddPrivacyPolicyTests
{
    private static readonly string ValidKey = Convert.ToBase64String(TestRedactors.Key);

    [Fact]
    public void Registers_the_policy_and_the_redactor_with_the_configured_key()
    {
        using ServiceProvider services = Build(options => { });

        var policy = services.GetRequiredService<IPrivacyPolicy>();
        var redactor = services.GetRequiredService<PersonalDataRedactor>();

        Assert.True(redactor.CanPseudonymize);
        Assert.Equal("2026-11", redactor.KeyId);
        Assert.Equal(
            TestRedactors.Keyed.Redact("0612345678", DataFormat.PhoneNumber, RedactionKind.Pseudonymize),
            redactor.Redact("06 12345678", DataFormat.PhoneNumber, RedactionKind.Pseudonymize));
        Assert.NotNull(policy);
    }

    [Fact]
    public void Uses_the_containers_clock_or_the_system_clock()
    {
        var fake = new FakeClock(Instant.FromUtc(2026, 11, 29, 12, 0));
        using ServiceProvider withClock = Build(options => { }, services => services.AddSingleton<IClock>(fake));
        using ServiceProvider withoutClock = Build(options => { });

        Assert.Same(fake, ((PrivacyPolicy)withClock.GetRequiredService<IPrivacyPolicy>()).Clock);
        Assert.Same(SystemClock.Instance, ((PrivacyPolicy)withoutClock.GetRequiredService<IPrivacyPolicy>()).Clock);
    }

    [Theory]
    [InlineData("Mars/Olympus", "PrivacyPolicyOptions.TimeZone")]
    [InlineData("", "PrivacyPolicyOptions.TimeZone")]
    public void An_unknown_time_zone_fails_naming_the_setting(string zone, string setting)
        => AssertFailsAtStart(options => options.TimeZone = zone, setting);

    [Theory]
    [InlineData("12/31")]
    [InlineData("13-01")]
    [InlineData("02-30")]
    [InlineData("6-30")]
    [InlineData("00-10")]
    [InlineData("")]
    public void A_book_year_end_that_is_not_a_day_of_the_year_fails_naming_the_setting(string end)
        => AssertFailsAtStart(options => options.BookYearEnd = end, "PrivacyPolicyOptions.BookYearEnd must be the last day of the book year as MM-dd");

    [Theory]
    [InlineData("P0D")]
    [InlineData("-P1Y")]
    [InlineData("2Y")]
    [InlineData("")]
    public void A_bill_dispute_window_that_is_not_a_positive_period_fails_naming_the_setting(string window)
        => AssertFailsAtStart(options => options.BillDisputeWindow = window, "PrivacyPolicyOptions.BillDisputeWindow must be a positive ISO-8601 period");

    [Theory]
    [InlineData("02-29", "P1M")]
    [InlineData("06-30", "P2Y")]
    [InlineData("12-31", "P13M")]
    public void A_book_year_end_and_a_bill_dispute_window_that_are_valid_start(string end, string window)
    {
        using ServiceProvider services = Build(options =>
        {
            options.BookYearEnd = end;
            options.BillDisputeWindow = window;
        });
        services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void A_short_key_fails_naming_the_setting_and_not_the_key()
    {
        string shortKey = Convert.ToBase64String(new byte[16] { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6 });
        string message = AssertFailsAtStart(options => options.Pseudonymization.Key = shortKey, "PrivacyPolicyOptions.Pseudonymization.Key");
        Assert.Contains("at least 32 bytes", message, StringComparison.Ordinal);
        Assert.DoesNotContain(shortKey, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x00, 1, 32)] // 32 zero bytes: HMAC pads a key with zeros, so this is the empty key
    [InlineData(0x41, 1, 64)] // one byte repeated
    [InlineData(0x10, 4, 32)] // a short pattern
    [InlineData(0x10, 7, 48)] // seven distinct values: still not drawn at random
    public void A_key_with_too_little_variety_fails_naming_the_setting_and_not_the_key(int first, int distinct, int length)
    {
        byte[] key = new byte[length];
        for (int i = 0; i < key.Length; i++)
        {
            key[i] = (byte)(first + (i % distinct));
        }

        string weak = Convert.ToBase64String(key);
        string message = AssertFailsAtStart(options => options.Pseudonymization.Key = weak, "PrivacyPolicyOptions.Pseudonymization.Key is not random");
        Assert.DoesNotContain(weak, message, StringComparison.Ordinal);
        Assert.Contains("art. 4(5)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_of_eight_distinct_byte_values_and_a_random_key_start()
    {
        byte[] eight = new byte[32];
        for (int i = 0; i < eight.Length; i++)
        {
            eight[i] = (byte)(i % 8);
        }

        foreach (byte[] key in new[] { eight, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32) })
        {
            var options = TestRedactors.Options(o => o.Pseudonymization.Key = Convert.ToBase64String(key));
            Assert.Null(PrivacyPolicyOptionsValidator.FirstFailure(options, requirePseudonymization: true));
        }
    }

    [Fact]
    public void A_key_that_is_not_base64_fails_naming_the_setting_and_not_the_key()
    {
        const string NotBase64 = "this is not base64, it is a passphrase!!";
        string message = AssertFailsAtStart(options => options.Pseudonymization.Key = NotBase64, "PrivacyPolicyOptions.Pseudonymization.Key");
        Assert.DoesNotContain(NotBase64, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_fails_when_members_are_pseudonymised()
    {
        // This assembly's domain pseudonymises (CallRecord.CalledNumber), and its catalog registration says so.
        Assert.Contains(PersonalDataCatalog.Loaded.SelectMany(catalog => catalog.Descriptors), descriptor => descriptor.Members.Any(member => member.Redaction == RedactionKind.Pseudonymize));
        AssertFailsAtStart(options => options.Pseudonymization.Key = null, "PrivacyPolicyOptions.Pseudonymization.Key is required");
    }

    [Theory]
    [InlineData("2026:11")]
    [InlineData("")]
    [InlineData("a-key-id-that-is-far-too-long-to-be-useful")]
    public void An_invalid_key_id_fails_naming_the_setting(string keyId)
        => AssertFailsAtStart(options => options.Pseudonymization.KeyId = keyId, "PrivacyPolicyOptions.Pseudonymization.KeyId");

    [Fact]
    public void A_key_without_an_id_fails()
        => AssertFailsAtStart(options => options.Pseudonymization.KeyId = null, "PrivacyPolicyOptions.Pseudonymization.KeyId is required");

    [Theory]
    [InlineData("two years")]
    [InlineData("P0D")]
    [InlineData("P-1Y")]
    public void An_invalid_default_retention_fails_naming_the_category(string retention)
        => AssertFailsAtStart(options => options.RetentionDefaults[Category.Marketing] = retention, "PrivacyPolicyOptions.RetentionDefaults[Marketing]");

    [Theory]
    [InlineData("031")]
    [InlineData("3141")]
    [InlineData("+31")]
    public void An_invalid_country_calling_code_fails_naming_the_setting(string code)
        => AssertFailsAtStart(options => options.DefaultCountryCallingCode = code, "PrivacyPolicyOptions.DefaultCountryCallingCode");

    [Fact]
    public void Every_failure_is_reported_at_once()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Build(options =>
        {
            options.TimeZone = "Nowhere";
            options.RetentionDefaults[Category.Usage] = "forever";
        }).GetRequiredService<IOptions<PrivacyPolicyOptions>>().Value);
        Assert.Equal(2, exception.Failures.Count());
    }

    [Fact]
    public void Validation_runs_at_start_up()
    {
        using ServiceProvider services = Build(options => options.TimeZone = "Nowhere");
        var validator = services.GetRequiredService<IStartupValidator>();
        Assert.Throws<OptionsValidationException>(validator.Validate);
    }

    private static string AssertFailsAtStart(Action<PrivacyPolicyOptions> change, string expected)
    {
        using ServiceProvider services = Build(change);
        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ValidKey, exception.Message, StringComparison.Ordinal);
        return exception.Message;
    }

    private static ServiceProvider Build(Action<PrivacyPolicyOptions> change, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        more?.Invoke(services);
        services.AddPrivacyPolicy(options =>
        {
            options.Pseudonymization.KeyId = TestRedactors.KeyId;
            options.Pseudonymization.Key = ValidKey;
            change(options);
        });
        return services.BuildServiceProvider();
    }
}
