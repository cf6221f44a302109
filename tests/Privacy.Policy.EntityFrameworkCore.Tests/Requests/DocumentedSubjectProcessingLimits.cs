using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>The database register of restrictions and objections as docs/requests.md shows it, word for word between the markers.</summary>
public static class DocumentedSubjectProcessingLimits
{
    public static IServiceCollection Register(IServiceCollection services, string connectionString, Action<PrivacyPolicyOptions>? configure = null)
    {
        // requests: ef-limits-register
        services.AddDbContextFactory<ServiceContext>(options => options.UseNpgsql(connectionString));
        services.AddEntityFrameworkSubjectProcessingLimits<ServiceContext>();   // the ISubjectProcessingLimits Disclose reads
        services.AddPrivacyPolicy(configure);
        // end requests
        return services;
    }

    public static async Task<EntityFrameworkSubjectProcessingLimits<ServiceContext>> StartAsync(IServiceProvider provider, string customerId, CancellationToken cancellationToken)
    {
        // requests: ef-limits-load
        // At start-up, before the first disclosure: until it is loaded the register throws rather than answer "not restricted".
        var limits = provider.GetRequiredService<EntityFrameworkSubjectProcessingLimits<ServiceContext>>();
        await limits.ReloadAsync(cancellationToken);

        // Each write goes to the database first, then to the snapshot Disclose reads.
        await limits.RestrictAsync(customerId, cancellationToken);                    // art. 18(1)
        await limits.ObjectAsync(customerId, Purpose.Marketing, cancellationToken);   // art. 21(3)
        // end requests
        return limits;
    }

    public static async Task RefreshAsync(EntityFrameworkSubjectProcessingLimits<ServiceContext> limits, CancellationToken stoppingToken)
    {
        // requests: ef-limits-refresh
        // In every process that discloses: limits recorded by another process apply here within a minute.
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await limits.ReloadAsync(stoppingToken);
        }
        // end requests
    }
}
