using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>Registers the database register of restrictions and objections.</summary>
public static class SubjectProcessingLimitsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EntityFrameworkSubjectProcessingLimits{TContext}"/> (a singleton) as itself and as the
    /// <see cref="ISubjectProcessingLimits"/> that <c>Disclose</c> reads, with the container's <see cref="IClock"/> (or
    /// <see cref="SystemClock.Instance"/>). It needs <c>IDbContextFactory&lt;TContext&gt;</c>, and
    /// <typeparamref name="TContext"/>'s model must call
    /// <see cref="SubjectProcessingLimitsModelBuilderExtensions.AddSubjectProcessingLimits"/>. The register is not loaded
    /// by registering it: resolve it and await <see cref="EntityFrameworkSubjectProcessingLimits{TContext}.ReloadAsync"/>
    /// at start-up, and on a timer; until then it refuses to answer (it fails closed).
    /// </summary>
    /// <typeparam name="TContext">The context whose tables hold the register.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="directMarketing">The company purposes that are direct marketing, beside <see cref="Purpose.Marketing"/> (GDPR art. 21(3)).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddEntityFrameworkSubjectProcessingLimits<TContext>(this IServiceCollection services, Purpose directMarketing = Purpose.None)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider => new EntityFrameworkSubjectProcessingLimits<TContext>(
            provider.GetService<IDbContextFactory<TContext>>()
                ?? throw new InvalidOperationException($"The register of restrictions and objections needs IDbContextFactory<{typeof(TContext).Name}>: register it with AddDbContextFactory."),
            provider.GetService<IClock>() ?? SystemClock.Instance,
            directMarketing));
        services.AddSingleton<ISubjectProcessingLimits>(provider => provider.GetRequiredService<EntityFrameworkSubjectProcessingLimits<TContext>>());
        return services;
    }
}
