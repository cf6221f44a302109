using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Privacy.Policy.DependencyInjection;
using Privacy.Policy.Disclosure;
using Privacy.Policy.Redaction;
using Privacy.Policy;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Privacy.Policy with a service collection.</summary>
public static class PrivacyPolicyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPrivacyPolicy"/>, the <see cref="PersonalDataRedactor"/> it uses and, unless one is
    /// registered already, an <see cref="IDisclosureAuditSink"/> that logs every disclosure, with options validated at
    /// start-up, and <see cref="SubjectRequests"/>, which needs an <see cref="ISubjectRequestStore"/> registered by the
    /// service: no store is chosen for it, because one that forgets requests on restart would miss their deadlines; and
    /// <see cref="ConsentLedger"/>, which needs an <see cref="IConsentLedgerStore"/> registered by the service for the same
    /// reason (the ledger is the evidence of consent, GDPR art. 7(1)). Holds come from the container's <see cref="IPrivacyHolds"/>, when it has one. The clock is the container's <see cref="IClock"/>, or <see cref="SystemClock.Instance"/>
    /// when it has none.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options: time zone, pseudonymisation key, retention defaults.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddPrivacyPolicy(this IServiceCollection services, Action<PrivacyPolicyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        OptionsBuilder<PrivacyPolicyOptions> options = services.AddOptions<PrivacyPolicyOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PrivacyPolicyOptions>, PrivacyPolicyOptionsValidator>());
        services.TryAddSingleton(static provider => PersonalDataRedactor.Create(provider.GetRequiredService<IOptions<PrivacyPolicyOptions>>().Value));
        services.TryAddSingleton<IDisclosureAuditSink>(static provider => new LoggingDisclosureAuditSink(
            provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        services.TryAddSingleton<IPrivacyPolicy>(static provider => new PrivacyPolicy(
            provider.GetRequiredService<IOptions<PrivacyPolicyOptions>>(),
            provider.GetRequiredService<PersonalDataRedactor>(),
            provider.GetService<IClock>() ?? SystemClock.Instance,
            provider.GetRequiredService<IDisclosureAuditSink>(),
            provider.GetService<IPrivacyHolds>(),
            provider.GetService<ISubjectProcessingLimits>()));

        // Subject requests: in memory unless a store is registered first, dated and counted as the policy is.
        services.TryAddSingleton(static provider =>
        {
            IPrivacyPolicy policy = provider.GetRequiredService<IPrivacyPolicy>();
            ISubjectRequestStore store = provider.GetService<ISubjectRequestStore>()
                ?? throw new InvalidOperationException(
                    "SubjectRequests needs an ISubjectRequestStore: register a store that keeps requests across restarts (InMemorySubjectRequestStore only in tests), so no deadline of GDPR art. 12(3) is lost.");
            return new SubjectRequests(store, policy.Clock, policy.TimeZone);
        });

        // Art. 19 notifications: read from the disclosure audit with the policy's key; nothing to store.
        services.TryAddSingleton(static provider => new RecipientNotifications(provider.GetRequiredService<PersonalDataRedactor>()));

        // The consent ledger: evidence of consent (GDPR art. 7(1)) must outlive the process, so no store is chosen for it.
        services.TryAddSingleton(static provider =>
        {
            IPrivacyPolicy policy = provider.GetRequiredService<IPrivacyPolicy>();
            IConsentLedgerStore store = provider.GetService<IConsentLedgerStore>()
                ?? throw new InvalidOperationException(
                    "ConsentLedger needs an IConsentLedgerStore: register a store that keeps the ledger across restarts (InMemoryConsentLedgerStore only in tests), so the consent relied on can be shown (GDPR art. 7(1)).");
            return new ConsentLedger(store, policy.Clock);
        });
        return services;
    }

    /// <summary>
    /// Registers <see cref="IPrivacyPolicy"/> as <see cref="AddPrivacyPolicy(IServiceCollection, Action{PrivacyPolicyOptions}?)"/>
    /// does, with its options bound from a configuration section (<c>appsettings.json</c>, environment variables, a
    /// secret store) and then set by <paramref name="configure"/>. Binding is strict and needs no reflection: a key
    /// that is not a setting (a misspelt <c>Pseudonymisation</c>, a category <c>Usagee</c>) and a value that cannot be
    /// read (a date not written <c>yyyy-MM-dd</c>, a role or purpose that is not one) each fail start-up with a message
    /// naming the configuration key, such as <c>Privacy:Recipients:0:ProcessingAgreementUntil</c>, not its value.
    /// A section that does not exist fails too.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The options' section: <c>builder.Configuration.GetSection("Privacy")</c>.</param>
    /// <param name="configure">Sets options after binding, overriding what configuration says.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddPrivacyPolicy(this IServiceCollection services, IConfiguration configuration, Action<PrivacyPolicyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // Registered before the caller's configure, so code overrides configuration, as with Bind followed by Configure.
        services.AddOptions<PrivacyPolicyOptions>().Configure(options =>
            PrivacyPolicyConfigurationBinder.Bind(configuration, options, options.ConfigurationFailures));
        return services.AddPrivacyPolicy(configure);
    }
}
