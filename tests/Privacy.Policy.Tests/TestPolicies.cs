using System;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Tests.Redaction;

namespace Privacy.Policy.Tests;

/// <summary>Policies as services build them: registered with the test key, optionally at a fixed instant.</summary>
internal static class TestPolicies
{
    /// <summary>A policy with the test key, on the system clock or at <paramref name="now"/>.</summary>
    public static IPrivacyPolicy Create(Instant? now = null, Action<PrivacyPolicyOptions>? configure = null)
        => Services(now, configure).GetRequiredService<IPrivacyPolicy>();

    /// <summary>The service provider behind <see cref="Create"/>.</summary>
    public static ServiceProvider Services(Instant? now = null, Action<PrivacyPolicyOptions>? configure = null)
    {
        var services = new ServiceCollection();
        if (now is { } instant)
        {
            services.AddSingleton<IClock>(new FakeClock(instant));
        }

        return services
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = TestRedactors.KeyId;
                options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
                configure?.Invoke(options);
            })
            .BuildServiceProvider();
    }
}
