using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>Registers the database store for data subjects' requests.</summary>
public static class SubjectRequestServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EntityFrameworkSubjectRequestStore{TContext}"/> as the <see cref="ISubjectRequestStore"/>
    /// (a singleton) that <see cref="SubjectRequests"/> uses. It needs <c>IDbContextFactory&lt;TContext&gt;</c>, from
    /// <c>AddDbContextFactory</c> or <c>AddPooledDbContextFactory</c>, and <typeparamref name="TContext"/>'s model must call
    /// <see cref="SubjectRequestModelBuilderExtensions.AddSubjectRequests"/>.
    /// </summary>
    /// <typeparam name="TContext">The context whose tables hold the requests.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddEntityFrameworkSubjectRequests<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ISubjectRequestStore>(provider => new EntityFrameworkSubjectRequestStore<TContext>(
            provider.GetService<IDbContextFactory<TContext>>()
                ?? throw new InvalidOperationException($"The subject requests store needs IDbContextFactory<{typeof(TContext).Name}>: register it with AddDbContextFactory.")));
        return services;
    }
}
