using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Holds;

/// <summary>
/// The examples of docs/holds.md, as code that compiles and runs: each block between <c>// holds: name</c> and
/// <c>// end holds</c> is on the page word for word (<see cref="DocumentedHoldsTests"/>).
/// </summary>
public static class DocumentedHolds
{
    public static async Task<(RetentionSweepReport Sweep, SubjectErasureReport Erasure, bool Lifted)> PlaceSweepEraseAndLiftAsync(
        DbContext context, IPrivacyPolicy policy, IClock clock, ILogger logger, long callId, string customerId)
    {
        // holds: place
        Instant now = clock.GetCurrentInstant();

        // A customer disputes a bill: the call record behind it is kept while the dispute can run (Tw art. 11.5(3)).
        PrivacyHold dispute = PrivacyHold.ForRecord<CallRow>(callId, "Bill 2026-0042 disputed", "Telecommunicatiewet art. 11.5(3)",
            placedBy: "billing-desk", placedAt: now, until: now + Duration.FromDays(60));
        await context.PlaceHoldAsync(dispute, logger);

        // A lawyer's letter: everything of this customer is kept until the hold is lifted (AVG art. 17(3)(e)).
        PrivacyHold claim = PrivacyHold.ForSubject(customerId, "Claim letter 2026-17", "AVG art. 17(3)(e)",
            placedBy: "legal", placedAt: now);
        await context.PlaceHoldAsync(claim, logger);

        RetentionSweepReport sweep = await context.SweepRetentionAsync<CallRow>(policy);              // sweep.RowsHeld
        SubjectErasureReport erasure = await context.EraseSubjectAsync<CallRow>(policy, customerId);  // erasure.RowsHeld

        bool lifted = await context.LiftHoldAsync(claim.Id, liftedBy: "legal", liftedAt: clock.GetCurrentInstant(), logger);
        // end holds
        return (sweep, erasure, lifted);
    }
}

// holds: service
/// <summary>The active holds, in memory, for EvaluateRetention and Erase: refreshed from the holds table.</summary>
public sealed class ActiveHolds : IPrivacyHolds
{
    private volatile IReadOnlyList<PrivacyHold> _holds = [];

    public async Task RefreshAsync(DbContext context, CancellationToken cancellationToken = default)
        => _holds = await context.Set<PrivacyHold>().AsNoTracking().Where(hold => hold.LiftedAt == null).ToListAsync(cancellationToken);

    public PrivacyHold? FindHold<T>(T value, string? dataSubject, Instant at)
        where T : IPersonalData<T>
    {
        // A record hold needs the record's key, which only the service knows: here, a call's Id.
        string? key = value is CallRow call ? PrivacyHold.RecordKeyOf(call.Id) : null;
        return _holds.FirstOrDefault(hold => hold.IsActiveAt(at)
            && ((dataSubject is not null && hold.SubjectId == dataSubject)
                || (key is not null && hold.RecordType == typeof(T).FullName && hold.RecordKey == key)));
    }
}
// end holds
