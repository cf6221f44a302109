using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>Registers the database store for the consent ledger.</summary>
public static class ConsentLedgerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EntityFrameworkConsentLedgerStore{TContext}"/> as the <see cref="IConsentLedgerStore"/>
    /// (a singleton) that <see cref="ConsentLedger"/> uses. It needs <c>IDbContextFactory&lt;TContext&gt;</c>, from
    /// <c>AddDbContextFactory</c> or <c>AddPooledDbContextFactory</c>, and <typeparamref name="TContext"/>'s model must call
    /// <see cref="ConsentLedgerModelBuilderExtensions.AddConsentLedger"/>.
    /// </summary>
    /// <typeparam name="TContext">The context whose table holds the ledger.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddEntityFrameworkConsentLedger<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IConsentLedgerStore>(provider => new EntityFrameworkConsentLedgerStore<TContext>(
            provider.GetService<IDbContextFactory<TContext>>()
                ?? throw new InvalidOperationException($"The consent ledger store needs IDbContextFactory<{typeof(TContext).Name}>: register it with AddDbContextFactory.")));
        return services;
    }
}
