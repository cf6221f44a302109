using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>
/// Keeps the consent ledger in the table <see cref="ConsentLedgerModelBuilderExtensions.AddConsentLedger"/> maps, so the
/// evidence of consent (GDPR art. 7(1)) survives restarts and is shared by every process of the service. Each call uses
/// a context of its own from the factory, so one store serves <see cref="ConsentLedger"/> (a singleton) from any thread.
/// </summary>
/// <remarks>
/// <see cref="AppendAsync"/> only ever inserts. It refuses an entry whose sequence does not follow the latest stored one
/// for its subject and purpose, as <see cref="InMemoryConsentLedgerStore"/> does; and when two writers read the same
/// latest entry and both insert the next, the table's key (subject, purpose, sequence) lets exactly one in, and the
/// other gets <see cref="ConsentConcurrencyException"/>, whichever provider reports the conflict and however. Rows are
/// deleted only by <see cref="RemoveAsync"/>, which <see cref="ConsentLedger.EraseSubjectAsync"/> calls.
/// </remarks>
/// <typeparam name="TContext">A context whose model calls <see cref="ConsentLedgerModelBuilderExtensions.AddConsentLedger"/>.</typeparam>
public sealed class EntityFrameworkConsentLedgerStore<TContext> : IConsentLedgerStore
    where TContext : DbContext
{
    private readonly IDbContextFactory<TContext> _contexts;

    /// <summary>Creates the store.</summary>
    /// <param name="contexts">Makes the context each call uses (<c>services.AddDbContextFactory&lt;TContext&gt;()</c>).</param>
    public EntityFrameworkConsentLedgerStore(IDbContextFactory<TContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        _contexts = contexts;
    }

    /// <inheritdoc/>
    public async ValueTask AppendAsync(ConsentEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using TContext context = await CreateAsync(cancellationToken).ConfigureAwait(false);
        long latest = await LatestAsync(context, entry.SubjectId, entry.Purpose, cancellationToken).ConfigureAwait(false);
        if (entry.Sequence != latest + 1)
        {
            throw new ConsentConcurrencyException(entry.Purpose, entry.Sequence, latest);
        }

        context.Entry(entry).State = EntityState.Added;
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another writer inserted this sequence between our read and our insert: the key refused ours. Providers
            // report a key conflict differently, so look again rather than read the error. The insert was one
            // statement in its own transaction: nothing of this entry was written.
            context.ChangeTracker.Clear();
            long now = await LatestAsync(context, entry.SubjectId, entry.Purpose, cancellationToken).ConfigureAwait(false);
            if (now >= entry.Sequence)
            {
                throw new ConsentConcurrencyException(entry.Purpose, entry.Sequence, now);
            }

            throw;
        }
    }

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<ConsentEntry>> ListAsync(string subjectId, Purpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        await using TContext context = await CreateAsync(cancellationToken).ConfigureAwait(false);
        return await context.Set<ConsentEntry>()
            .AsNoTracking()
            .Where(row => row.SubjectId == subjectId && row.Purpose == purpose)
            .OrderBy(row => row.Sequence)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<ConsentEntry>> ListSubjectAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        await using TContext context = await CreateAsync(cancellationToken).ConfigureAwait(false);
        return await context.Set<ConsentEntry>()
            .AsNoTracking()
            .Where(row => row.SubjectId == subjectId)
            .OrderBy(row => row.Purpose)
            .ThenBy(row => row.Sequence)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask RemoveAsync(string subjectId, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        ArgumentNullException.ThrowIfNull(entryIds);
        if (entryIds.Count == 0)
        {
            return;
        }

        Guid[] ids = entryIds.ToArray();
        await using TContext context = await CreateAsync(cancellationToken).ConfigureAwait(false);
        await context.Set<ConsentEntry>()
            .Where(row => row.SubjectId == subjectId && ids.Contains(row.Id))
            .ExecuteDeleteAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task<long> LatestAsync(TContext context, string subjectId, Purpose purpose, CancellationToken cancellationToken)
        => await context.Set<ConsentEntry>()
            .Where(row => row.SubjectId == subjectId && row.Purpose == purpose)
            .MaxAsync(row => (long?)row.Sequence, cancellationToken)
            .ConfigureAwait(false) ?? 0;

    private ValueTask<TContext> CreateAsync(CancellationToken cancellationToken)
        => StoreContexts.CreateAsync(_contexts, typeof(ConsentEntry), "consent ledger table", nameof(ConsentLedgerModelBuilderExtensions.AddConsentLedger), cancellationToken);
}
