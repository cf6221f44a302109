using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Privacy.Policy.EntityFrameworkCore;

// The retention sweep of every personal-data entity type of a context, one type after the other.
public static partial class PrivacyPolicyDbContextExtensions
{
    /// <summary>
    /// Sweeps every entity type of the context's model that holds personal data, as
    /// <see cref="SweepRetentionAsync{T}"/> sweeps one: each type the source generator described (the types of
    /// <see cref="PersonalDataCatalog.Loaded"/>, with <see cref="IPersonalData{TSelf}"/>) that the model maps, a
    /// table-per-hierarchy hierarchy through its topmost described type, one type after the other in the order of
    /// their names. Each type's sweep runs in its own primary-key batches, each batch its own transaction. A type
    /// without a <c>[RetentionAnchor]</c> is left alone, as <see cref="IPrivacyPolicy.EvaluateRetention{T}"/> keeps
    /// its records (PRIV011); owned types are part of their owner's rows.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="policy">The policy: time zone, retention defaults and clock.</param>
    /// <param name="batchSize">How many rows (keys that exist, in key order) each batch of each type covers.</param>
    /// <param name="cancellationToken">Stops the sweep between batches; finished batches stay done.</param>
    /// <returns>
    /// One report: <see cref="RetentionSweepReport.ConcreteTypes"/> has one report per concrete type swept (every
    /// type's own, and the concrete types of a hierarchy), and the report's counts add them up; its
    /// <see cref="RetentionSweepReport.MembersErased"/> names each member with its type (<c>Telecom.CallRow.Imsi</c>),
    /// as members of different types may share a name, and its <see cref="RetentionSweepReport.Type"/> is the
    /// context's type.
    /// </returns>
    /// <exception cref="NotSupportedException">A type is part of a hierarchy mapped to several tables; nothing was changed.</exception>
    /// <exception cref="InvalidOperationException">A type cannot be swept (its anchor or a member with a retention is not mapped, it has no primary key the database orders); nothing was changed.</exception>
    [RequiresUnreferencedCode("Entity Framework Core builds queries with reflection.")]
    [RequiresDynamicCode("Entity Framework Core builds queries with reflection.")]
    public static async Task<RetentionSweepReport> SweepRetentionAsync(this DbContext context, IPrivacyPolicy policy, int batchSize = 10_000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        var stopwatch = Stopwatch.StartNew();

        // Every type is planned before any is swept: a type the sweep cannot reach fails the call unchanged, rather
        // than after the types before it were swept.
        var swept = new List<(IEntityType Entity, PersonalDataDescriptor Descriptor, List<TypeSweep> Sweeps)>();
        foreach (IEntityType entity in context.Model.GetEntityTypes().Where(type => !type.IsOwned()).OrderBy(type => type.Name, StringComparer.Ordinal))
        {
            if (DescriptorOf(entity.ClrType) is not { } descriptor || HasDescribedBase(entity) || descriptor.RetentionAnchorMember is null)
            {
                continue;
            }

            swept.Add((entity, descriptor, PlanSweeps(context, policy, entity, descriptor)));
        }

        var reports = new List<RetentionSweepReport>();
        foreach ((IEntityType entity, PersonalDataDescriptor descriptor, List<TypeSweep> sweeps) in swept)
        {
            // Each type as planned above, at the same instant: planned once, not again.
            var sweep = SweepPlannedMethod.MakeGenericMethod(entity.ClrType).CreateDelegate<Func<DbContext, IEntityType, PersonalDataDescriptor, List<TypeSweep>, int, Stopwatch, CancellationToken, Task<RetentionSweepReport>>>();
            reports.Add(await sweep(context, entity, descriptor, sweeps, batchSize, Stopwatch.StartNew(), cancellationToken).ConfigureAwait(false));
        }

        List<RetentionSweepReport> concrete = reports.SelectMany(report => report.ConcreteTypes).ToList();
        var erased = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (RetentionSweepReport type in concrete)
        {
            foreach ((string member, long count) in type.MembersErased)
            {
                erased[type.Type + "." + member] = count;
            }
        }

        return new RetentionSweepReport(context.GetType().FullName ?? context.GetType().Name, concrete.Sum(type => type.RowsDeleted), erased, reports.Sum(report => report.Batches), stopwatch.Elapsed, concrete)
        {
            RowsHeld = concrete.Sum(type => type.RowsHeld),
            PartitionsDropped = reports.SelectMany(report => report.PartitionsDropped).ToList(),
        };
    }

    /// <summary>Whether a base type of <paramref name="entity"/> in the model was described too: then the hierarchy is swept through it.</summary>
    internal static bool HasDescribedBase(IEntityType entity)
    {
        for (IEntityType? type = entity.BaseType; type is not null; type = type.BaseType)
        {
            if (DescriptorOf(type.ClrType) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly MethodInfo SweepPlannedMethod = typeof(PrivacyPolicyDbContextExtensions).GetMethod(nameof(SweepPlannedAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
}
