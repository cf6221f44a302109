using System;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>
/// The register of restrictions (GDPR art. 18) and objections (art. 21) kept in the tables
/// <see cref="SubjectProcessingLimitsModelBuilderExtensions.AddSubjectProcessingLimits"/> maps, so a limit outlives the
/// process that recorded it. <c>Disclose</c> asks it synchronously on every disclosure, so it answers from a snapshot in
/// memory: <see cref="ReloadAsync"/> reads the tables into it, and every write goes to the database first and then to
/// the snapshot.
/// </summary>
/// <remarks>
/// <para>
/// <b>Loading is explicit, and the register fails closed until it is done.</b> Before the first
/// <see cref="ReloadAsync"/> has completed, <see cref="IsRestricted"/>, <see cref="HasObjected"/>,
/// <see cref="CompellingGroundsFor"/> and the writes throw <see cref="InvalidOperationException"/> naming
/// <see cref="ReloadAsync"/>, so <c>Disclose</c> refuses by throwing instead of answering "not restricted" from an empty
/// register. It does not load on first use by blocking on the database: that would hold a thread inside a synchronous
/// <c>Disclose</c> (on every thread that asks at once), can deadlock where a synchronisation context is in use, and
/// would hide a service that never loads it. Await <see cref="ReloadAsync"/> at start-up, after the container is built
/// and before the service takes requests.
/// </para>
/// <para>
/// <b>Other processes.</b> A limit recorded through this instance is in its snapshot at once. One recorded by another
/// process (another instance of the service, a back-office tool) is in the database, and reaches this snapshot at the
/// next <see cref="ReloadAsync"/>: call it on a timer in every process that discloses, at an interval no longer than the
/// delay you accept between recording a restriction or objection and honouring it everywhere (a minute is a sound
/// default; the answer to the request itself is due within a month, art. 12(3)). A failed reload throws and keeps the
/// previous snapshot; <see cref="LoadedAt"/> tells a health check how old it is.
/// </para>
/// <para>
/// A subject id that is a <see cref="Guid"/> is kept in the form generated code writes a <c>[DataSubject]</c> Guid
/// (lower case, hyphens), and is matched in any form <see cref="Guid.TryParse(string, out Guid)"/> reads.
/// </para>
/// </remarks>
/// <typeparam name="TContext">A context whose model calls <see cref="SubjectProcessingLimitsModelBuilderExtensions.AddSubjectProcessingLimits"/>.</typeparam>
public sealed class EntityFrameworkSubjectProcessingLimits<TContext> : ISubjectProcessingLimits
    where TContext : DbContext
{
    private readonly IDbContextFactory<TContext> _contexts;
    private readonly IClock _clock;
    private readonly Purpose _directMarketing;

    // One writer at a time, reloads included, so a reload never puts back a state older than a write it overlapped.
    private readonly SemaphoreSlim _writes = new(1, 1);

    // Replaced whole, never changed: readers take no lock.
    private volatile Snapshot? _snapshot;

    /// <summary>Creates the register, not yet loaded: await <see cref="ReloadAsync"/> before it is asked.</summary>
    /// <param name="contexts">Makes the context each database call uses (<c>services.AddDbContextFactory&lt;TContext&gt;()</c>).</param>
    /// <param name="clock">Gives the instants recorded with each limit.</param>
    /// <param name="directMarketing">
    /// The company purposes that are direct marketing, beside <see cref="Purpose.Marketing"/> (GDPR art. 21(2) and (3)).
    /// </param>
    public EntityFrameworkSubjectProcessingLimits(IDbContextFactory<TContext> contexts, IClock clock, Purpose directMarketing = Purpose.None)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(clock);
        _contexts = contexts;
        _clock = clock;
        _directMarketing = directMarketing | Purpose.Marketing;
    }

    /// <summary>When the snapshot was last read from the database; <see langword="null"/> until <see cref="ReloadAsync"/> has completed once.</summary>
    public Instant? LoadedAt => _snapshot?.LoadedAt;

    /// <summary>
    /// Reads every restriction and objection from the database into a new snapshot and answers from it: at start-up,
    /// before the first disclosure, and then on a timer so that limits other processes recorded are honoured here too.
    /// When the read fails, the previous snapshot (if any) stays.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when the new snapshot is in use.</returns>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using TContext context = await CreateAsync(cancellationToken).ConfigureAwait(false);
            string[] restricted = await context.Set<SubjectRestrictionRow>().AsNoTracking()
                .Select(row => row.SubjectId)
                .ToArrayAsync(cancellationToken).ConfigureAwait(false);
            var objections = await context.Set<SubjectObjectionRow>().AsNoTracking()
                .Select(row => new { row.SubjectId, row.Purpose, row.CompellingGrounds })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            _snapshot = new Snapshot(
                restricted.ToImmutableHashSet(StringComparer.Ordinal),
                objections.ToImmutableDictionary(row => (row.SubjectId, row.Purpose), row => row.CompellingGrounds),
                _clock.GetCurrentInstant());
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Restricts the processing of the subject's data (GDPR art. 18(1)); restricting twice is one restriction.</summary>
    /// <param name="subjectId">The data subject's id, as the records' <c>[DataSubject]</c> members hold it.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the restriction is stored and in force here.</returns>
    /// <exception cref="InvalidOperationException">The register is not loaded yet: await <see cref="ReloadAsync"/> first.</exception>
    public Task RestrictAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        string subject = Subject(subjectId);
        return WriteAsync(
            async (context, cancellationToken) =>
            {
                if (!await context.Set<SubjectRestrictionRow>().AnyAsync(row => row.SubjectId == subject, cancellationToken).ConfigureAwait(false))
                {
                    context.Add(new SubjectRestrictionRow { SubjectId = subject, RestrictedAt = _clock.GetCurrentInstant() });
                    try
                    {
                        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch (DbUpdateException)
                    {
                        // Another process restricted the subject between our look and our insert: one restriction.
                        if (!await RestrictedAsync(context, subject, cancellationToken).ConfigureAwait(false))
                        {
                            throw;
                        }
                    }
                }

                return true;
            },
            (snapshot, _) => snapshot with { Restricted = snapshot.Restricted.Add(subject) },
            cancellationToken);
    }

    /// <summary>Lifts the restriction (GDPR art. 18(3): the subject is told before it is lifted).</summary>
    /// <param name="subjectId">The data subject's id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether a restriction was stored.</returns>
    /// <exception cref="InvalidOperationException">The register is not loaded yet: await <see cref="ReloadAsync"/> first.</exception>
    public Task<bool> LiftRestrictionAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        string subject = Subject(subjectId);
        return WriteAsync(
            async (context, cancellationToken) => await context.Set<SubjectRestrictionRow>()
                .Where(row => row.SubjectId == subject)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0,
            (snapshot, _) => snapshot with { Restricted = snapshot.Restricted.Remove(subject) },
            cancellationToken);
    }

    /// <summary>
    /// Records the subject's objection to processing for <paramref name="purpose"/> (GDPR art. 21(1) and (2)); objecting
    /// twice is one objection. Grounds recorded earlier for the purpose no longer count: a new objection is weighed anew.
    /// </summary>
    /// <param name="subjectId">The data subject's id, as the records' <c>[DataSubject]</c> members hold it.</param>
    /// <param name="purpose">One purpose flag.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the objection is stored and in force here.</returns>
    /// <exception cref="InvalidOperationException">The register is not loaded yet: await <see cref="ReloadAsync"/> first.</exception>
    public Task ObjectAsync(string subjectId, Purpose purpose, CancellationToken cancellationToken = default)
    {
        string subject = Subject(subjectId);
        ThrowIfNotOnePurpose(purpose);
        return WriteAsync(
            async (context, cancellationToken) =>
            {
                Instant now = _clock.GetCurrentInstant();
                if (await ObjectAgainAsync(context, subject, purpose, now, cancellationToken).ConfigureAwait(false))
                {
                    return true;
                }

                context.Add(new SubjectObjectionRow { SubjectId = subject, Purpose = purpose, ObjectedAt = now });
                try
                {
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DbUpdateException)
                {
                    // Another process recorded the objection between our update and our insert: it is weighed anew.
                    if (!await ObjectAgainAsync(context, subject, purpose, now, cancellationToken).ConfigureAwait(false))
                    {
                        throw;
                    }
                }

                return true;
            },
            (snapshot, _) => snapshot with { Objections = snapshot.Objections.SetItem((subject, purpose), null) },
            cancellationToken);
    }

    /// <summary>
    /// Records the compelling legitimate grounds that override the subject's objection to <paramref name="purpose"/>
    /// (GDPR art. 21(1)). Write them without names, addresses or numbers.
    /// </summary>
    /// <param name="subjectId">The data subject's id.</param>
    /// <param name="purpose">One purpose flag the subject objected to.</param>
    /// <param name="grounds">The grounds, as the controller demonstrates them.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the grounds are stored and in force here.</returns>
    /// <exception cref="InvalidOperationException">
    /// The purpose is direct marketing, which no grounds override (art. 21(3)); the database holds no objection of the
    /// subject to it; or the register is not loaded yet.
    /// </exception>
    public Task RecordCompellingGroundsAsync(string subjectId, Purpose purpose, string grounds, CancellationToken cancellationToken = default)
    {
        string subject = Subject(subjectId);
        ThrowIfNotOnePurpose(purpose);
        ArgumentException.ThrowIfNullOrWhiteSpace(grounds);
        if (IsDirectMarketing(purpose))
        {
            throw new InvalidOperationException($"No grounds override an objection to direct marketing ({purpose}): processing for it stops (GDPR art. 21(3)).");
        }

        return WriteAsync(
            async (context, cancellationToken) =>
            {
                Instant now = _clock.GetCurrentInstant();
                int recorded = await context.Set<SubjectObjectionRow>()
                    .Where(row => row.SubjectId == subject && row.Purpose == purpose)
                    .ExecuteUpdateAsync(
                        setters => setters
                            .SetProperty(row => row.CompellingGrounds, grounds)
                            .SetProperty(row => row.GroundsRecordedAt, now),
                        cancellationToken)
                    .ConfigureAwait(false);
                return recorded == 1
                    ? true
                    : throw new InvalidOperationException($"The data subject has not objected to {purpose}; grounds are recorded against an objection (GDPR art. 21(1)).");
            },
            (snapshot, _) => snapshot with { Objections = snapshot.Objections.SetItem((subject, purpose), grounds) },
            cancellationToken);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The register is not loaded yet: await <see cref="ReloadAsync"/> first.</exception>
    public bool IsRestricted(string subjectId) => Loaded().Restricted.Contains(Subject(subjectId));

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The register is not loaded yet: await <see cref="ReloadAsync"/> first.</exception>
    public bool HasObjected(string subjectId, Purpose purpose) => Loaded().Objections.ContainsKey((Subject(subjectId), purpose));

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The register is not loaded yet: await <see cref="ReloadAsync"/> first.</exception>
    public string? CompellingGroundsFor(string subjectId, Purpose purpose) => Loaded().Objections.GetValueOrDefault((Subject(subjectId), purpose));

    /// <inheritdoc/>
    public bool IsDirectMarketing(Purpose purpose) => purpose != Purpose.None && (_directMarketing & purpose) == purpose && BitOperations.IsPow2((uint)purpose);

    private static string Subject(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        return SubjectProcessingLimitIds.Canonical(subjectId);
    }

    private static void ThrowIfNotOnePurpose(Purpose purpose)
    {
        if (!BitOperations.IsPow2((uint)purpose))
        {
            throw new ArgumentException($"An objection is to exactly one purpose flag; {(int)purpose} is not one.", nameof(purpose));
        }
    }

    private static Task<bool> RestrictedAsync(TContext context, string subject, CancellationToken cancellationToken)
    {
        context.ChangeTracker.Clear();
        return context.Set<SubjectRestrictionRow>().AnyAsync(row => row.SubjectId == subject, cancellationToken);
    }

    // The objection stands anew from now: its grounds are dropped. False when there is no row to update.
    private static async Task<bool> ObjectAgainAsync(TContext context, string subject, Purpose purpose, Instant now, CancellationToken cancellationToken)
    {
        context.ChangeTracker.Clear();
        int updated = await context.Set<SubjectObjectionRow>()
            .Where(row => row.SubjectId == subject && row.Purpose == purpose)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(row => row.ObjectedAt, now)
                    .SetProperty(row => row.CompellingGrounds, (string?)null)
                    .SetProperty(row => row.GroundsRecordedAt, (Instant?)null),
                cancellationToken)
            .ConfigureAwait(false);
        return updated > 0;
    }

    private Snapshot Loaded()
        => _snapshot ?? throw new InvalidOperationException(
            $"The register of restrictions and objections (EntityFrameworkSubjectProcessingLimits<{typeof(TContext).Name}>) is not loaded, so it cannot say that a subject is not restricted: await its ReloadAsync() at start-up, before the first disclosure.");

    // The database first: only a limit that is stored is put in the snapshot, so a failed write leaves both as they were.
    private async Task<T> WriteAsync<T>(Func<TContext, CancellationToken, Task<T>> store, Func<Snapshot, T, Snapshot> apply, CancellationToken cancellationToken)
    {
        Loaded();
        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            T result;
            await using (TContext context = await CreateAsync(cancellationToken).ConfigureAwait(false))
            {
                result = await store(context, cancellationToken).ConfigureAwait(false);
            }

            _snapshot = apply(Loaded(), result);
            return result;
        }
        finally
        {
            _writes.Release();
        }
    }

    private ValueTask<TContext> CreateAsync(CancellationToken cancellationToken)
        => StoreContexts.CreateAsync(_contexts, typeof(SubjectRestrictionRow), "restrictions and objections tables", nameof(SubjectProcessingLimitsModelBuilderExtensions.AddSubjectProcessingLimits), cancellationToken);

    /// <summary>The register as last read or written: restricted subjects, and objections with their grounds (null: none).</summary>
    private sealed record Snapshot(ImmutableHashSet<string> Restricted, ImmutableDictionary<(string Subject, Purpose Purpose), string?> Objections, Instant LoadedAt);
}
