using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Privacy.Policy;
using Privacy.Policy.Redaction;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Privacy.Policy with a service collection.</summary>
public static class PrivacyPolicyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPrivacyPolicy"/>, the <see cref="PersonalDataRedactor"/> it uses and, unless one is
    /// registered already, an <see cref="IDisclosureAuditSink"/> that logs every disclosure, with options validated at
    /// start-up. The clock is the container's <see cref="IClock"/>, or <see cref="SystemClock.Instance"/>
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
            provider.GetRequiredService<IDisclosureAuditSink>()));
        return services;
    }
}
