using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>
/// The context each call of a database store works in: one of its own from the factory, refused at once, naming the
/// model-builder call that maps them, when the store's tables are not in its model (rather than a provider's error
/// about a missing table on the first query).
/// </summary>
internal static class StoreContexts
{
    /// <summary>A new context from <paramref name="contexts"/> whose model maps <paramref name="mapped"/>.</summary>
    /// <param name="contexts">The store's factory.</param>
    /// <param name="mapped">An entity type the store's model-builder call maps.</param>
    /// <param name="tables">What the tables hold, for the message: "consent ledger table".</param>
    /// <param name="call">The call that maps them: "AddConsentLedger".</param>
    /// <param name="cancellationToken">Cancels creating the context.</param>
    public static async ValueTask<TContext> CreateAsync<TContext>(IDbContextFactory<TContext> contexts, Type mapped, string tables, string call, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        TContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (context.Model.FindEntityType(mapped) is null)
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"The context {typeof(TContext).Name} has no {tables}; call modelBuilder.{call}() in OnModelCreating.");
        }

        return context;
    }
}
