using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

// The set-based retention sweep: planned per concrete type, run in primary-key batches.
public static partial class PrivacyPolicyDbContextExtensions
{
    /// <summary>
    /// Deletes the rows of <typeparamref name="T"/> whose every personal-data member has expired, and erases the
    /// expired members of the others, as <paramref name="policy"/> decides for each record at its clock's instant: a
    /// subject id or anchor without a retention follows the longest-lived member and goes with the row. Rows with no
    /// anchor value are left alone (retention cannot be counted for them). An entity type with derived types in the
    /// same table (table per hierarchy) is swept per concrete type, each row by its own type's classification, in the
    /// same batches, and reported per type in <see cref="RetentionSweepReport.ConcreteTypes"/>.
    /// </summary>
    /// <typeparam name="T">An entity type the source generator implemented <see cref="IPersonalData{TSelf}"/> for, with a primary key of any orderable type or several columns.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="policy">The policy: time zone, retention defaults and clock.</param>
    /// <param name="batchSize">How many rows (keys that exist, in key order) each batch covers.</param>
    /// <param name="cancellationToken">Stops the sweep between batches; finished batches stay done.</param>
    /// <returns>What the sweep did, in all and per concrete type.</returns>
    /// <exception cref="NotSupportedException">The entity type is part of a hierarchy mapped to several tables (table per type, table per concrete type), which a set-based sweep cannot reach; nothing was changed.</exception>
    [RequiresUnreferencedCode("Entity Framework Core builds queries with reflection.")]
    [RequiresDynamicCode("Entity Framework Core builds queries with reflection.")]
    public static async Task<RetentionSweepReport> SweepRetentionAsync<T>(this DbContext context, IPrivacyPolicy policy, int batchSize = 10_000, CancellationToken cancellationToken = default)
        where T : class, IPersonalData<T>
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        var stopwatch = Stopwatch.StartNew();
        PersonalDataDescriptor descriptor = T.Descriptor;
        IEntityType entity = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of this context.");
        return await SweepPlannedAsync<T>(context, entity, descriptor, PlanSweeps(context, policy, entity, descriptor), batchSize, stopwatch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a sweep <see cref="PlanSweeps"/> planned: the partitions first, then the batches.</summary>
    private static async Task<RetentionSweepReport> SweepPlannedAsync<T>(DbContext context, IEntityType entity, PersonalDataDescriptor descriptor, List<TypeSweep> sweeps, int batchSize, Stopwatch stopwatch, CancellationToken cancellationToken)
        where T : class
    {
        // One connection for the whole sweep: otherwise EF Core opens and closes it around each batch (on SQLite each
        // open runs a PRAGMA of its own), and a keyset boundary outside the batch's transaction opens it once more.
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> dropped;
        int batches = 0;
        try
        {
            // On PostgreSQL, whole expired partitions of the anchor go first, O(1) in rows (Partitions.cs).
            dropped = await DropExpiredPartitionsAsync<T>(context, entity, sweeps, cancellationToken).ConfigureAwait(false);

            // Keyset batches over the keys that exist (KeyBatches): each ends at the batchSize-th key after the last one.
            var keys = new KeyBatches(KeyBatches.KeyOf(entity));
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!await keys.MoveNextAsync<T>(context, batchSize, cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await EnterSweepLockAsync(context, entity, cancellationToken).ConfigureAwait(false);
                foreach (TypeSweep sweep in sweeps)
                {
                    await sweep.Batch(context, sweep, keys, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                batches++;
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        List<RetentionSweepReport> reports = sweeps.Select(sweep => new RetentionSweepReport(sweep.TypeName, sweep.Deleted, sweep.Erased, batches, sweep.Elapsed, []) { RowsHeld = sweep.RowsHeld }).ToList();
        return new RetentionSweepReport(descriptor.TypeName, reports.Sum(report => report.RowsDeleted), Sum(reports.Select(report => report.MembersErased)), batches, stopwatch.Elapsed, reports) { RowsHeld = reports.Sum(report => report.RowsHeld), PartitionsDropped = dropped };
    }

    /// <summary>
    /// Plans the sweep of <paramref name="entity"/>'s rows, one plan per concrete type in its hierarchy, or fails
    /// before anything is written: a model the sweep cannot reach (several tables, no anchor, no orderable key) fails
    /// here, unchanged. Each concrete type in the hierarchy is planned by its own descriptor (a derived type's own
    /// members, and its classification of an overridden member), so no row's member is kept, erased or deleted by
    /// another type's periods (art. 5(1)(e) and a legal obligation's period, art. 17(3)(b), decided per member of each row).
    /// </summary>
    private static List<TypeSweep> PlanSweeps(DbContext context, IPrivacyPolicy policy, IEntityType entity, PersonalDataDescriptor descriptor)
    {
        RefuseSeveralTables(entity, descriptor);
        var sweeps = new List<TypeSweep>();
        foreach (IEntityType concrete in entity.GetDerivedTypesInclusive().Where(type => !type.IsAbstract()))
        {
            (PersonalDataDescriptor own, Type ownType) = ConcreteDescriptor(concrete, entity, descriptor);
            sweeps.Add(PlanSweep(policy, concrete, own, ownType, ownType == concrete.ClrType ? own.TypeName : concrete.ClrType.FullName ?? concrete.ClrType.Name));
            sweeps[^1].Held = HeldRows.Lambda(context, concrete, own.DataSubjectMember, policy.Clock.GetCurrentInstant());
            sweeps[^1].Consent = PlanConsentSweep(concrete, own, ownType, sweeps[^1].Erasable);
        }

        KeyBatches.KeyOf(entity);
        return sweeps;
    }

    /// <summary>
    /// What the sweep does to one concrete type's rows, by <paramref name="descriptor"/> (its own, or its nearest
    /// generated base's): the threshold at which a row goes whole, and each member's at which it is erased.
    /// </summary>
    private static TypeSweep PlanSweep(IPrivacyPolicy policy, IEntityType concrete, PersonalDataDescriptor descriptor, Type described, string typeName)
    {
        IProperty anchor = AnchorColumn.Of(concrete, descriptor);
        DateTimeZone zone = policy.TimeZone;

        // Thresholds once per sweep, in the anchor column's own type.
        // A threshold before the column type's first value (a period of thousands of years, with a DateTime column)
        // has no row expired: the member is left alone, as one without a threshold, rather than fail the sweep.
        // A member counted from a member of its own (RetentionFrom: the invoice date, the last collection) is compared
        // with that member's column, in that column's type; a row whose column is NULL is still in use, and no
        // comparison with NULL is true in SQL, so the sweep never touches it nor deletes its row.
        var members = new List<(IProperty Property, IProperty Column, object Threshold)>();
        var thresholds = new List<RetentionThreshold>();
        foreach (RetentionThreshold threshold in (IReadOnlyList<RetentionThreshold>)ThresholdsMethod.MakeGenericMethod(described).Invoke(null, [policy])!)
        {
            IProperty column = descriptor.FindMember(threshold.Member)?.RetentionFrom is { } from
                ? concrete.FindProperty(from) ?? throw new InvalidOperationException($"{descriptor.TypeName}.{threshold.Member} counts its retention from {from}, which is not mapped to a column.")
                : anchor;
            if (AnchorColumn.IsBeforeRange(threshold.ExpiredUpTo, column.ClrType, zone))
            {
                continue;
            }

            IProperty property = concrete.FindProperty(threshold.Member)
                ?? throw new InvalidOperationException($"{descriptor.TypeName}.{threshold.Member} is personal data with a retention but is not mapped to a column.");
            thresholds.Add(threshold);
            members.Add((property, column, AnchorColumn.ToValue(threshold.ExpiredUpTo, column.ClrType, zone)));
        }

        // A record is deleted when all its members' retentions have run out: at or before each member's threshold, in
        // its own column (for the members counted from the anchor, the earliest threshold, the longest-lived member's).
        // A subject id or anchor without a period follows the record; any other member without one keeps it for ever
        // (EvaluateRetention's rule).
        List<(IProperty Column, object Threshold)>? delete = members.Count > 0 && descriptor.Members.All(member => thresholds.Any(threshold => threshold.Member == member.Name)
                                                                                                           || member.Name == descriptor.DataSubjectMember
                                                                                                           || member.Name == descriptor.RetentionAnchorMember
                                                                                                           || descriptor.Members.Any(other => other.RetentionFrom == member.Name))
            ? members.GroupBy(member => member.Column.Name, StringComparer.Ordinal).Select(column => (column.First().Column, column.Select(member => member.Threshold).Min()!)).ToList()
            : null;

        // The anchor is what the other members are counted from, and the subject id is how access and erasure requests
        // find the row: neither is erased on its own, only deleted with its row, as EvaluateRetention decides.
        // So is a member other members count their retention from (RetentionFrom): erased, they would look in use for ever.
        var erasable = members.Where(member => member.Property.Name != anchor.Name && member.Property.Name != descriptor.DataSubjectMember
                                               && !descriptor.Members.Any(other => other.RetentionFrom == member.Property.Name)).ToList();

        // The columns a derived type without generated code declares, and those it inherits from a base type nobody
        // classified: nothing proves a period that keeps them. They fail closed: erased as soon as anything counted from the anchor in the row has
        // expired (the shortest-lived erasable member's threshold; the subject id and anchor only ever go with the row),
        // and deleted with the row; they never keep a row.
        if (erasable.Where(member => member.Column == anchor).Select(member => member.Threshold).Max() is { } first)
        {
            for (IEntityType? type = concrete; type is not null && type.ClrType != described; type = type.BaseType)
            {
                foreach (IProperty property in type.GetDeclaredProperties().Where(property => !property.IsShadowProperty() && !property.IsKey() && !property.IsForeignKey()))
                {
                    if (descriptor.FindMember(property.Name) is null && !descriptor.UnclassifiedMembers.Contains(property.Name))
                    {
                        erasable.Add((property, anchor, first));
                    }
                }
            }

            // So are the members nobody classified that the type inherits (IdentityUser's Email, PhoneNumber, ...; PRIV009):
            // generated code erases them in every copy, and the subject erasure erases their columns; the sweep must not
            // leave them behind in a row whose classified members it erased.
            foreach (string name in descriptor.UnclassifiedMembers)
            {
                if (concrete.FindProperty(name) is { } property && !property.IsShadowProperty() && !property.IsKey() && !property.IsForeignKey()
                    && !erasable.Any(member => member.Property.Name == name))
                {
                    erasable.Add((property, anchor, first));
                }
            }
        }

        // The set of a type holds its derived types' rows too: this type's own rows only, by the discriminator.
        LambdaExpression? own = null;
        if (concrete.GetDerivedTypes().Any())
        {
            ParameterExpression row = Expression.Parameter(concrete.ClrType, "row");
            IProperty discriminator = concrete.FindDiscriminatorProperty()!;
            own = Expression.Lambda(
                typeof(Func<,>).MakeGenericType(concrete.ClrType, typeof(bool)),
                Expression.Equal(EfColumn.Of(row, discriminator), Expression.Constant(concrete.GetDiscriminatorValue(), discriminator.ClrType)),
                row);
        }

        // One generic instantiation per concrete type, made once per sweep: EF Core queries are typed.
        var batch = SweepBatchMethod.MakeGenericMethod(concrete.ClrType).CreateDelegate<Func<DbContext, TypeSweep, KeyBatches, CancellationToken, Task>>();
        return new TypeSweep(typeName, anchor, delete, erasable, own, batch);
    }

    /// <summary>
    /// Sweeps one batch of keys of one concrete type's rows, as its plan says, in the batch's transaction: the
    /// statements of the batch's shape (<see cref="BatchStatements{TRow}"/>), built by the first batch of that shape,
    /// run with the batch's key bounds.
    /// </summary>
    private static async Task SweepBatch<TRow>(DbContext context, TypeSweep sweep, KeyBatches keys, CancellationToken cancellationToken)
        where TRow : class
    {
        long started = Stopwatch.GetTimestamp();
        var statements = (BatchStatements<TRow>)(sweep.Statements[keys.Shape] ??= PlanBatch<TRow>(context, sweep, keys.Within<TRow>()));
        if (statements.HeldDue is { } heldDue)
        {
            sweep.RowsHeld += await heldDue.LongCountAsync(cancellationToken).ConfigureAwait(false);
        }

        if (statements.Delete is { } delete)
        {
            sweep.Deleted += await delete.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        if (statements.Erase is { } erase)
        {
            await erase.RunAsync(sweep, cancellationToken).ConfigureAwait(false);
        }

        if (statements.ConsentDelete is { } consentDelete)
        {
            sweep.Deleted += await consentDelete.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        if (statements.ConsentErase is { } consentErase)
        {
            await consentErase.RunAsync(sweep, cancellationToken).ConfigureAwait(false);
        }

        sweep.Elapsed += Stopwatch.GetElapsedTime(started);
    }

    /// <summary>Builds the statements of one batch shape of one concrete type's rows, <paramref name="within"/> the batch's key bounds.</summary>
    private static BatchStatements<TRow> PlanBatch<TRow>(DbContext context, TypeSweep sweep, Expression<Func<TRow, bool>>? within)
        where TRow : class
    {
        IQueryable<TRow> batch = context.Set<TRow>();
        if (within is not null)
        {
            batch = batch.Where(within);
        }

        if (sweep.Rows is Expression<Func<TRow, bool>> own)
        {
            batch = batch.Where(own);
        }

        IQueryable<TRow>? heldDue = null;
        if (sweep.Held is Expression<Func<TRow, bool>> held)
        {
            // Held rows are left out of every statement below, by a NOT EXISTS in it; those the sweep would have
            // deleted or erased something of are counted.
            Expression<Func<TRow, bool>>? due = sweep.Delete is null ? null : AnchorColumn.AllAtOrBefore<TRow>(sweep.Delete, sweep.Anchor);
            foreach ((_, IProperty column, object threshold) in sweep.Erasable)
            {
                Expression<Func<TRow, bool>> erasable = AnchorColumn.AllAtOrBefore<TRow>([(column, threshold)], sweep.Anchor);
                due = due is null
                    ? erasable
                    : Expression.Lambda<Func<TRow, bool>>(Expression.OrElse(due.Body, ReplacingExpressionVisitor.Replace(erasable.Parameters[0], due.Parameters[0], erasable.Body)), due.Parameters);
            }

            heldDue = due is null ? null : batch.Where(held).Where(due);
            batch = batch.Where(HeldRows.Not(held));
        }

        (IQueryable<TRow>? consentDelete, SweepErasure<TRow>? consentErase) = PlanConsentStatements(context, batch, sweep);
        return new BatchStatements<TRow>(
            heldDue,
            sweep.Delete is null ? null : batch.Where(AnchorColumn.AllAtOrBefore<TRow>(sweep.Delete, sweep.Anchor)),
            PlanExpiredErasure(context, batch, sweep),
            consentDelete,
            consentErase);
    }

    /// <summary>
    /// The statements of one batch of one concrete type's rows, in the order they run: count the held rows with
    /// something due, delete the rows whose every member ran out, erase the expired members, then the consent step's
    /// delete and erasure. Built once per sweep and shape of batch, so a batch builds no expression tree.
    /// </summary>
    private sealed record BatchStatements<TRow>(IQueryable<TRow>? HeldDue, IQueryable<TRow>? Delete, SweepErasure<TRow>? Erase, IQueryable<TRow>? ConsentDelete, SweepErasure<TRow>? ConsentErase)
        where TRow : class;

    private static readonly MethodInfo SweepBatchMethod = typeof(PrivacyPolicyDbContextExtensions).GetMethod(nameof(SweepBatch), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// The sweep of one concrete entity type's rows, decided before anything is written: the anchor, the thresholds at
    /// or before which a row goes whole (none when a member keeps it for ever), each erasable column's threshold and the
    /// column it is compared with (the anchor, or the member's RetentionFrom column), the
    /// filter to the type's own rows (when types derive from it), and what was done, batch by batch.
    /// </summary>
    private sealed class TypeSweep(string typeName, IProperty anchor, List<(IProperty Column, object Threshold)>? delete, List<(IProperty Property, IProperty Column, object Threshold)> erasable, LambdaExpression? rows, Func<DbContext, TypeSweep, KeyBatches, CancellationToken, Task> batch)
    {
        public string TypeName { get; } = typeName;

        public IProperty Anchor { get; } = anchor;

        /// <summary>Per column that retention counts from, the threshold at or before which every member counted from it has run out; a row goes when all hold.</summary>
        public List<(IProperty Column, object Threshold)>? Delete { get; } = delete;

        public List<(IProperty Property, IProperty Column, object Threshold)> Erasable { get; } = erasable;

        public LambdaExpression? Rows { get; } = rows;

        public Func<DbContext, TypeSweep, KeyBatches, CancellationToken, Task> Batch { get; } = batch;

        /// <summary>The statements of each shape of batch (lower bound or not, upper bound or not), built by the first batch of the shape.</summary>
        public object?[] Statements { get; } = new object?[4];

        public Dictionary<string, long> Erased { get; } = erasable.ToDictionary(member => member.Property.Name, _ => 0L, StringComparer.Ordinal);

        public long Deleted { get; set; }

        /// <summary>Whether a hold keeps a row of the type (<see cref="HeldRows"/>); null when the model has no holds table.</summary>
        public LambdaExpression? Held { get; set; }

        public long RowsHeld { get; set; }

        /// <summary>The consent step (<see cref="PlanConsentSweep"/>), if the type records consent.</summary>
        public ConsentSweep? Consent { get; set; }

        public TimeSpan Elapsed { get; set; }
    }
}
