using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>The policy the database suites sweep and erase with: the defaults, with a clock stopped at their instant.</summary>
internal static class TestPolicies
{
    public static IPrivacyPolicy At(Instant now)
        => new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(now))
            .AddPrivacyPolicy()
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();
}
