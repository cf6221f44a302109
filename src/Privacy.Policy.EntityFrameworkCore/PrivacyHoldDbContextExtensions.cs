using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>
/// Places and lifts holds (<see cref="PrivacyHold"/>) in the holds table that
/// <see cref="PrivacyHoldModelBuilderExtensions.AddPrivacyHolds"/> maps. A hold is never deleted: lifting records when
/// and by whom, so the table is the history of what was kept and why. Each change is logged too, without personal data
/// (the hold's id, kind, record type, legal ground and dates; never the subject id, the record key, the reason or who).
/// </summary>
public static class PrivacyHoldDbContextExtensions
{
    private static readonly Action<ILogger, Guid, string, string?, string, string, Exception?> Placed = LoggerMessage.Define<Guid, string, string?, string, string>(
        LogLevel.Information,
        new EventId(1401, "PrivacyHoldPlaced"),
        "Privacy hold {HoldId} placed on {HoldTarget} {RecordType} under {LegalGround}, until {Until}");

    private static readonly Action<ILogger, Guid, string, Exception?> Lifted = LoggerMessage.Define<Guid, string>(
        LogLevel.Information,
        new EventId(1402, "PrivacyHoldLifted"),
        "Privacy hold {HoldId} lifted at {LiftedAt}");

    /// <summary>
    /// Stores a new hold and logs it. From then on, sweeps and subject erasure leave the rows it holds alone until it
    /// ends or is lifted. Saves the context's pending changes with it.
    /// </summary>
    /// <param name="context">A context whose model has <see cref="PrivacyHoldModelBuilderExtensions.AddPrivacyHolds"/>.</param>
    /// <param name="hold">The hold, from <see cref="PrivacyHold.ForSubject"/> or <see cref="PrivacyHold.ForRecord{T}"/>.</param>
    /// <param name="logger">Where the placement is logged, as evidence.</param>
    /// <param name="cancellationToken">Stops the save.</param>
    /// <returns>A task that completes when the hold is stored.</returns>
    /// <exception cref="InvalidOperationException">The context's model has no holds table, or the hold was lifted already.</exception>
    public static async Task PlaceHoldAsync(this DbContext context, PrivacyHold hold, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(hold);
        ArgumentNullException.ThrowIfNull(logger);
        RequireHolds(context);
        if (hold.LiftedAt is not null)
        {
            throw new InvalidOperationException($"Hold {hold.Id} was lifted already; place a new one.");
        }

        context.Set<PrivacyHold>().Add(hold);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Placed(logger, hold.Id, hold.IsOnSubject ? "a data subject" : "one record of", hold.RecordType, hold.LegalGround, hold.Until is { } until ? until.ToString() : "lifted", null);
    }

    /// <summary>
    /// Lifts a hold: records when and by whom, in one statement that changes only a hold not lifted yet, and logs it.
    /// The hold stays in the table.
    /// </summary>
    /// <param name="context">A context whose model has <see cref="PrivacyHoldModelBuilderExtensions.AddPrivacyHolds"/>.</param>
    /// <param name="holdId">The hold's <see cref="PrivacyHold.Id"/>.</param>
    /// <param name="liftedBy">Who lifts it.</param>
    /// <param name="liftedAt">When (from the clock).</param>
    /// <param name="logger">Where the lifting is logged, as evidence.</param>
    /// <param name="cancellationToken">Stops the statement.</param>
    /// <returns><see langword="true"/> when the hold was lifted; <see langword="false"/> when there is no such hold or it was lifted already.</returns>
    /// <exception cref="InvalidOperationException">The context's model has no holds table.</exception>
    public static async Task<bool> LiftHoldAsync(this DbContext context, Guid holdId, string liftedBy, Instant liftedAt, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(liftedBy);
        ArgumentNullException.ThrowIfNull(logger);
        RequireHolds(context);
        Instant? at = liftedAt;
        int changed = await context.Set<PrivacyHold>()
            .Where(hold => hold.Id == holdId && hold.LiftedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(hold => hold.LiftedAt, at).SetProperty(hold => hold.LiftedBy, liftedBy), cancellationToken)
            .ConfigureAwait(false);
        if (changed > 0)
        {
            Lifted(logger, holdId, liftedAt.ToString(), null);
        }

        return changed > 0;
    }

    private static void RequireHolds(DbContext context)
    {
        if (context.Model.FindEntityType(typeof(PrivacyHold)) is null)
        {
            throw new InvalidOperationException("This context's model has no holds table; call modelBuilder.AddPrivacyHolds() in OnModelCreating.");
        }
    }
}
