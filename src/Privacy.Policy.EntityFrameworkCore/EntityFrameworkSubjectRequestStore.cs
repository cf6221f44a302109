using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>
/// Keeps data subjects' requests in the tables <see cref="SubjectRequestModelBuilderExtensions.AddSubjectRequests"/>
/// maps, so requests and their GDPR art. 12(3) deadlines survive restarts. Each call uses a context of its own from the
/// factory, so one store serves <see cref="SubjectRequests"/> (a singleton) from any thread.
/// </summary>
/// <remarks>
/// <see cref="UpdateAsync"/> runs <c>UPDATE ... WHERE Id = @id AND Version = @expected</c> and inserts the new audit rows
/// in one transaction: when another writer moved the request first, nothing is written and
/// <see cref="SubjectRequestConcurrencyException"/> is thrown; when the audit insert fails, the request row is not
/// changed either. Audit rows are only ever inserted.
/// </remarks>
/// <typeparam name="TContext">A context whose model calls <see cref="SubjectRequestModelBuilderExtensions.AddSubjectRequests"/>.</typeparam>
public sealed class EntityFrameworkSubjectRequestStore<TContext> : ISubjectRequestStore
    where TContext : DbContext
{
    private readonly IDbContextFactory<TContext> _contexts;

    /// <summary>Creates the store.</summary>
    /// <param name="contexts">Makes the context each call uses (<c>services.AddDbContextFactory&lt;TContext&gt;()</c>).</param>
    public EntityFrameworkSubjectRequestStore(IDbContextFactory<TContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        _contexts = contexts;
    }

    /// <inheritdoc/>
    public async ValueTask AddAsync(SubjectRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using TContext context = await CreateAsync(cancellationToken).ConfigureAwait(false);
        context.Entry(request).State = EntityState.Added;
        TrackAudit(context, request, from: 0);
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException failed)
        {
            // The key's uniqueness decides, also between two writers at once; which error a provider reports for it
            // differs, so look again. The save is one transaction: nothing of this request was written.
            Guid id = request.Id;
            context.ChangeTracker.Clear();
            if (await context.Set<SubjectRequest>().AnyAsync(row => row.Id == id, cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"Subject request {id} is stored already.", failed);
            }

            throw;
        }
    }

    /// <inheritdoc/>
    public async ValueTask<SubjectRequest?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using TContext context = await CreateAsync(cancellationToken).ConfigureAwait(false);
        return await WithAudit(context).SingleOrDefaultAsync(row => row.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask UpdateAsync(SubjectRequest request, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Every step adds one audit entry and one version, so the stored snapshot has as many entries as its version.
        if (request.Version != expectedVersion + 1 || request.Audit.Count != request.Version)
        {
            throw new ArgumentException($"Subject request {request.Id} version {request.Version} is not the next snapshot of version {expectedVersion}.", nameof(request));
        }

        await using TContext context = await CreateAsync(cancellationToken).ConfigureAwait(false);
        IExecutionStrategy strategy = context.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            (context, request, expectedVersion),
            static async (_, state, cancellationToken) =>
            {
                (TContext context, SubjectRequest request, long expectedVersion) = state;
                context.ChangeTracker.Clear();
                await using IDbContextTransaction transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                Guid id = request.Id;
                int changed = await context.Set<SubjectRequest>()
                    .Where(row => row.Id == id && row.Version == expectedVersion)
                    .ExecuteUpdateAsync(
                        setters => setters
                            .SetProperty(row => row.State, request.State)
                            .SetProperty(row => row.Deadline, request.Deadline)
                            .SetProperty(row => row.ExtensionMonths, request.ExtensionMonths)
                            .SetProperty(row => row.ExtensionReason, request.ExtensionReason)
                            .SetProperty(row => row.IdentityVerification, request.IdentityVerification)
                            .SetProperty(row => row.RefusalReason, request.RefusalReason)
                            .SetProperty(row => row.ClosedAt, request.ClosedAt)
                            .SetProperty(row => row.Version, request.Version),
                        cancellationToken)
                    .ConfigureAwait(false);
                if (changed != 1)
                {
                    long? actual = await context.Set<SubjectRequest>()
                        .Where(row => row.Id == id)
                        .Select(row => (long?)row.Version)
                        .SingleOrDefaultAsync(cancellationToken)
                        .ConfigureAwait(false);
                    throw new SubjectRequestConcurrencyException(id, expectedVersion, actual);
                }

                TrackAudit(context, request, from: (int)expectedVersion);
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            },
            null,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<SubjectRequest>> ListOpenDueByAsync(Instant until, CancellationToken cancellationToken = default)
    {
        await using TContext context = await CreateAsync(cancellationToken).ConfigureAwait(false);

        // The open states spelled out, so the filter is SQL on the (State, Deadline) index; a new state is not listed until added here.
        return await WithAudit(context)
            .Where(row => (row.State == SubjectRequestState.Received || row.State == SubjectRequestState.IdentityVerified || row.State == SubjectRequestState.InProgress)
                && row.Deadline <= until)
            .OrderBy(row => row.Deadline)
            .ThenBy(row => row.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private ValueTask<TContext> CreateAsync(CancellationToken cancellationToken)
        => StoreContexts.CreateAsync(_contexts, typeof(SubjectRequest), "subject requests table", nameof(SubjectRequestModelBuilderExtensions.AddSubjectRequests), cancellationToken);

    private static IQueryable<SubjectRequest> WithAudit(TContext context)
        => context.Set<SubjectRequest>()
            .AsNoTracking()
            .Include(row => row.Audit.OrderBy(entry => EF.Property<int>(entry, SubjectRequestModelBuilderExtensions.AuditSequence)));

    // Inserts the entries from index `from` on, numbered from 1 as the request's versions are.
    private static void TrackAudit(TContext context, SubjectRequest request, int from)
    {
        for (int i = from; i < request.Audit.Count; i++)
        {
            EntityEntry<SubjectRequestAuditEntry> entry = context.Entry(request.Audit[i]);
            entry.Property<Guid>(SubjectRequestModelBuilderExtensions.AuditRequestId).CurrentValue = request.Id;
            entry.Property<int>(SubjectRequestModelBuilderExtensions.AuditSequence).CurrentValue = i + 1;
            entry.State = EntityState.Added;
        }
    }
}
