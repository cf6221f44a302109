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

/// <summary>
/// Enforces retention where the data lives: each sweep computes the thresholds once and runs set-based SQL
/// (<c>ExecuteDelete</c> and <c>ExecuteUpdate</c>), in primary-key batches that are each their own transaction, so no
/// row is loaded into memory, no lock is held long, and a sweep cut off half-way is finished by the next one.
/// </summary>
public static class PrivacyPolicyDbContextExtensions
{
    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;
    private static readonly MethodInfo SetErasedMethod = typeof(PrivacyPolicyDbContextExtensions).GetMethod(nameof(SetErased), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// Deletes the rows of <typeparamref name="T"/> whose every personal-data member has expired, and erases the
    /// expired members of the others, as <paramref name="policy"/> decides for each record at its clock's instant: a
    /// subject id or anchor without a retention follows the longest-lived member and goes with the row. Rows with no
    /// anchor value are left alone (retention cannot be counted for them). An entity type with derived types in the
    /// same table (table per hierarchy) is swept per concrete type, each row by its own type's classification, in the
    /// same batches, and reported per type in <see cref="RetentionSweepReport.ConcreteTypes"/>.
    /// </summary>
    /// <typeparam name="T">An entity type the source generator implemented <see cref="IPersonalData{TSelf}"/> for, with a single integer key.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="policy">The policy: time zone, retention defaults and clock.</param>
    /// <param name="batchSize">How many keys each batch covers.</param>
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
        RefuseSeveralTables(entity, descriptor);

        // Everything is decided before anything is written: a model the sweep cannot reach fails here, unchanged.
        // Each concrete type in the hierarchy is planned by its own descriptor (a derived type's own members, and its
        // classification of an overridden member), so no row's member is kept, erased or deleted by another type's
        // periods (art. 5(1)(e) and a legal obligation's period, art. 17(3)(b), decided per member of each row).
        var sweeps = new List<TypeSweep>();
        foreach (IEntityType concrete in entity.GetDerivedTypesInclusive().Where(type => !type.IsAbstract()))
        {
            (PersonalDataDescriptor own, Type ownType) = ConcreteDescriptor(concrete, entity, descriptor);
            sweeps.Add(PlanSweep(policy, concrete, own, ownType, ownType == concrete.ClrType ? own.TypeName : concrete.ClrType.FullName ?? concrete.ClrType.Name));
        }

        IProperty key = KeyBatches.KeyOf(entity);
        int batches = 0;
        (long low, long high) = await KeyBatches.RangeAsync<T>(context, key, cancellationToken).ConfigureAwait(false);
        for (long start = low; start <= high; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long end = Math.Min(high, start + batchSize - 1);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (TypeSweep sweep in sweeps)
            {
                await sweep.Batch(context, sweep, key, start, end, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            batches++;
        }

        List<RetentionSweepReport> reports = sweeps.Select(sweep => new RetentionSweepReport(sweep.TypeName, sweep.Deleted, sweep.Erased, batches, sweep.Elapsed, [])).ToList();
        return new RetentionSweepReport(descriptor.TypeName, reports.Sum(report => report.RowsDeleted), Sum(reports.Select(report => report.MembersErased)), batches, stopwatch.Elapsed, reports);
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
        IReadOnlyList<RetentionThreshold> thresholds = ((IReadOnlyList<RetentionThreshold>)ThresholdsMethod.MakeGenericMethod(described).Invoke(null, [policy])!)
            .Where(threshold => !AnchorColumn.IsBeforeRange(threshold.ExpiredUpTo, anchor.ClrType, zone))
            .ToList();
        var members = new List<(IProperty Property, object Threshold)>();
        foreach (RetentionThreshold threshold in thresholds)
        {
            IProperty property = concrete.FindProperty(threshold.Member)
                ?? throw new InvalidOperationException($"{descriptor.TypeName}.{threshold.Member} is personal data with a retention but is not mapped to a column.");
            members.Add((property, AnchorColumn.ToValue(threshold.ExpiredUpTo, anchor.ClrType, zone)));
        }

        // A record is deleted when all its members' retentions have run out: at or before the earliest threshold (the
        // longest-lived member's). A subject id or anchor without a period follows the record; any other member without
        // one keeps it for ever (EvaluateRetention's rule).
        object? deleteThreshold = members.Count > 0 && descriptor.Members.All(member => thresholds.Any(threshold => threshold.Member == member.Name)
                                                                                       || member.Name == descriptor.DataSubjectMember
                                                                                       || member.Name == descriptor.RetentionAnchorMember)
            ? members.Select(member => member.Threshold).Min()
            : null;

        // The anchor is what the other members are counted from, and the subject id is how access and erasure requests
        // find the row: neither is erased on its own, only deleted with its row, as EvaluateRetention decides.
        var erasable = members.Where(member => member.Property.Name != anchor.Name && member.Property.Name != descriptor.DataSubjectMember).ToList();

        // The columns a derived type without generated code declares: nothing classified them, so nothing proves a
        // period that keeps them. They fail closed: erased as soon as anything in the row has expired (the
        // shortest-lived erasable member's threshold; the subject id and anchor only ever go with the row), and deleted
        // with the row; they never keep a row.
        if (erasable.Count > 0)
        {
            object first = erasable.Select(member => member.Threshold).Max()!;
            for (IEntityType? type = concrete; type is not null && type.ClrType != described; type = type.BaseType)
            {
                foreach (IProperty property in type.GetDeclaredProperties().Where(property => !property.IsShadowProperty() && !property.IsKey() && !property.IsForeignKey()))
                {
                    if (descriptor.FindMember(property.Name) is null && !descriptor.UnclassifiedMembers.Contains(property.Name))
                    {
                        erasable.Add((property, first));
                    }
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
                Expression.Equal(ColumnAccess(row, discriminator), Expression.Constant(concrete.GetDiscriminatorValue(), discriminator.ClrType)),
                row);
        }

        // One generic instantiation per concrete type, made once per sweep: EF Core queries are typed.
        var batch = SweepBatchMethod.MakeGenericMethod(concrete.ClrType).CreateDelegate<Func<DbContext, TypeSweep, IProperty, long, long, CancellationToken, Task>>();
        return new TypeSweep(typeName, anchor, deleteThreshold, erasable, own, batch);
    }

    /// <summary>Sweeps one batch of keys of one concrete type's rows, as its plan says, in the batch's transaction.</summary>
    private static async Task SweepBatch<TRow>(DbContext context, TypeSweep sweep, IProperty key, long start, long end, CancellationToken cancellationToken)
        where TRow : class
    {
        long started = Stopwatch.GetTimestamp();
        IQueryable<TRow> batch = context.Set<TRow>().Where(KeyBatches.Between<TRow>(key, start, end));
        if (sweep.Rows is Expression<Func<TRow, bool>> own)
        {
            batch = batch.Where(own);
        }

        if (sweep.DeleteThreshold is not null)
        {
            sweep.Deleted += await batch.Where(AnchorColumn.AtOrBefore<TRow>(sweep.Anchor, sweep.DeleteThreshold)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach ((IProperty property, object threshold) in sweep.Erasable)
        {
            sweep.Erased[property.Name] += await EraseAsync(batch.Where(AnchorColumn.AtOrBefore<TRow>(sweep.Anchor, threshold)), property, cancellationToken).ConfigureAwait(false);
        }

        sweep.Elapsed += Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// Erases every personal-data member in the rows of one data subject (GDPR art. 17), set-based, except what a
    /// running legal obligation keeps: a member with a purpose whose legal basis is a legal obligation keeps its value
    /// in rows whose retention has not run out, and the anchor is kept as long as anything in its row is. Members of an
    /// owned type (<c>OwnsOne</c>) are erased by that type's own rules and reported by path (<c>Address.Street</c>).
    /// Members nobody classified (<see cref="PersonalDataDescriptor.UnclassifiedMembers"/>) are erased too. A column
    /// that takes null becomes null; a unique one that does not gets a random marker per row. Keys are never
    /// rewritten: a row whose personal-data key cannot be erased in place is deleted when nothing in it is held and no
    /// other table refers to it, and otherwise stays, reported in <see cref="SubjectErasureReport.MembersKept"/>. The
    /// subject id is erased last. An entity type with derived types in the same table (table per hierarchy) is erased
    /// per concrete type, each row by its own type's classification, and reported per type in
    /// <see cref="SubjectErasureReport.ConcreteTypes"/>. Everything runs in one transaction (the caller's, when it has
    /// one open).
    /// </summary>
    /// <typeparam name="T">An entity type the source generator implemented <see cref="IPersonalData{TSelf}"/> for, with a <c>[DataSubject]</c>.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="policy">The policy: time zone, retention defaults and clock.</param>
    /// <param name="subjectId">The data subject's id, as the <c>[DataSubject]</c> column holds it.</param>
    /// <param name="cancellationToken">Stops the erasure; it runs in one transaction, so nothing is half done.</param>
    /// <returns>What was erased, deleted and kept, and which members a legal obligation held, in all and per concrete type.</returns>
    /// <exception cref="NotSupportedException">A personal-data member is an owned collection, a complex property or an owned type inside an owned type, or the entity type is part of a hierarchy mapped to several tables (table per type, table per concrete type), which this erasure cannot reach; nothing was changed.</exception>
    [RequiresUnreferencedCode("Entity Framework Core builds queries with reflection.")]
    [RequiresDynamicCode("Entity Framework Core builds queries with reflection.")]
    public static async Task<SubjectErasureReport> EraseSubjectAsync<T>(this DbContext context, IPrivacyPolicy policy, string subjectId, CancellationToken cancellationToken = default)
        where T : class, IPersonalData<T>
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentException.ThrowIfNullOrEmpty(subjectId);

        var stopwatch = Stopwatch.StartNew();
        PersonalDataDescriptor descriptor = T.Descriptor;
        IEntityType entity = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of this context.");
        string subjectName = descriptor.DataSubjectMember ?? throw new InvalidOperationException($"{descriptor.TypeName} has no [DataSubject] member.");
        IProperty subject = entity.FindProperty(subjectName) ?? throw new InvalidOperationException($"The data subject {descriptor.TypeName}.{subjectName} is not mapped to a column.");
        RefuseSeveralTables(entity, descriptor);

        // Everything is decided before anything is written: a model this erasure cannot reach fails here, unchanged.
        // Each concrete type in the hierarchy is planned by its own descriptor (a derived type's own columns, and its
        // classification of an overridden member), and its rows found by the discriminator, so no row is erased by
        // another type's rules (art. 17(1) and 17(3)(b) decided per member of each row).
        var erasures = new List<TypeErasure>();
        foreach (IEntityType concrete in entity.GetDerivedTypesInclusive().Where(type => !type.IsAbstract()))
        {
            (PersonalDataDescriptor own, Type ownType) = ConcreteDescriptor(concrete, entity, descriptor);
            var plan = new ErasurePlan(Expression.Parameter(concrete.ClrType, "row"), keyed: concrete.FindPrimaryKey() is not null);
            PlanErasure(plan, policy, concrete, own, ownType, plan.Row, string.Empty, when: null, subjectName);
            PlanUndescribed(plan, concrete, own, ownType);
            Expression filter = SubjectColumn.Equal(plan.Row, subject, subjectId);
            if (concrete.GetDerivedTypes().Any())
            {
                // The set of a type holds its derived types' rows too: this type's own rows only.
                IProperty discriminator = concrete.FindDiscriminatorProperty()!;
                filter = Expression.AndAlso(filter, Expression.Equal(ColumnAccess(plan.Row, discriminator), Expression.Constant(concrete.GetDiscriminatorValue(), discriminator.ClrType)));
            }

            erasures.Add(new TypeErasure(ownType == concrete.ClrType ? own.TypeName : concrete.ClrType.FullName ?? concrete.ClrType.Name, concrete, plan, filter));
        }

        var reports = new List<SubjectErasureReport>();

        // One transaction for the whole erasure, so a failure part-way leaves every row as it was; inside the
        // caller's, when one is open, so several tables can be erased all or nothing.
        var transaction = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        try
        {
            foreach (TypeErasure erasure in erasures)
            {
                // One generic instantiation per concrete type, as for each column below: EF Core queries are typed.
                reports.Add(await ((Task<SubjectErasureReport>)EraseRowsMethod.MakeGenericMethod(erasure.Entity.ClrType).Invoke(null, [context, erasure, cancellationToken])!).ConfigureAwait(false));
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }

        return new SubjectErasureReport(
            descriptor.TypeName,
            Sum(reports.Select(report => report.MembersErased)),
            reports.SelectMany(report => report.HeldMembers).Distinct(StringComparer.Ordinal).ToArray(),
            stopwatch.Elapsed,
            reports.Sum(report => report.RowsDeleted),
            Sum(reports.Select(report => report.MembersKept)),
            reports);
    }

    /// <summary>Erases the subject's rows of one concrete entity type, as its plan says, in the transaction open.</summary>
    private static async Task<SubjectErasureReport> EraseRows<TRow>(DbContext context, TypeErasure erasure, CancellationToken cancellationToken)
        where TRow : class
    {
        var stopwatch = Stopwatch.StartNew();
        ErasurePlan plan = erasure.Plan;
        IEntityType entity = erasure.Entity;
        IQueryable<TRow> rows = context.Set<TRow>().Where(Expression.Lambda<Func<TRow, bool>>(erasure.Rows, plan.Row));
        var erased = new Dictionary<string, long>();
        var kept = new Dictionary<string, long>();
        long deleted = 0;

        // A key that is personal data cannot be erased in place (other rows and the change tracker find the row by
        // it): the row goes whole when nothing in it is held (art. 17(1), art. 5(1)(e)) and no other table refers
        // to it; otherwise it stays and the report says so.
        List<ErasureColumn> keys = plan.Columns.Where(column => column.How == ColumnErasure.Kept).ToList();
        if (keys.Any(column => column.Classified) && !entity.GetReferencingForeignKeys().Any(foreignKey => !foreignKey.IsOwnership))
        {
            IQueryable<TRow> released = plan.Released.Count == 0 ? rows : rows.Where(Expression.Lambda<Func<TRow, bool>>(plan.Released.Aggregate(Expression.AndAlso), plan.Row));
            deleted = await released.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (ErasureColumn column in keys)
        {
            IQueryable<TRow> holding = column.Property.IsNullable
                ? rows.Where(Expression.Lambda<Func<TRow, bool>>(Expression.NotEqual(column.Access, Expression.Constant(null, column.Access.Type)), plan.Row))
                : rows;
            long holds = await holding.LongCountAsync(cancellationToken).ConfigureAwait(false);
            if (holds > 0)
            {
                kept[column.Path] = holds;
            }
        }

        foreach (ErasureColumn column in plan.Columns.Where(column => column.How != ColumnErasure.Kept).OrderBy(column => column.Order))
        {
            IQueryable<TRow> target = column.When is null ? rows : rows.Where(Expression.Lambda<Func<TRow, bool>>(column.When, plan.Row));
            erased[column.Path] = await EraseColumnAsync(target, entity, plan.Row, column, cancellationToken).ConfigureAwait(false);
        }

        return new SubjectErasureReport(erasure.TypeName, erased, plan.Held.ToArray(), stopwatch.Elapsed, deleted, kept, []);
    }

    /// <summary>
    /// Refuses, before anything changes, an entity type in a hierarchy mapped to more than one table (table per type,
    /// table per concrete type): a set-based statement there reaches one table, and a row's columns are in several.
    /// </summary>
    private static void RefuseSeveralTables(IEntityType entity, PersonalDataDescriptor descriptor)
    {
        IEntityType root = entity.GetRootType();
        if (!root.GetDerivedTypes().Any())
        {
            return;
        }

        string? table = root.GetTableName();
        string? schema = root.GetSchema();
        if (root.FindDiscriminatorProperty() is null
            || table is null
            || root.GetDerivedTypes().Any(type => type.GetTableName() != table || type.GetSchema() != schema))
        {
            throw new NotSupportedException($"{descriptor.TypeName} is part of an entity hierarchy mapped to several tables (table per type or per concrete type), which set-based erasure and retention sweeps cannot reach; map the hierarchy to one table (table per hierarchy, EF Core's default), or erase and sweep each concrete type's rows another way.");
        }
    }

    /// <summary>
    /// The descriptor a concrete type's rows are erased and swept by: its own, or, for a derived type the generator did
    /// not implement <see cref="IPersonalData{TSelf}"/> for, the nearest base type's, with <see cref="PlanUndescribed"/>
    /// (and <see cref="PlanSweep"/>) erasing the columns that descriptor does not list.
    /// </summary>
    private static (PersonalDataDescriptor Descriptor, Type Type) ConcreteDescriptor(IEntityType concrete, IEntityType erased, PersonalDataDescriptor erasedDescriptor)
    {
        for (IEntityType? type = concrete; type is not null && type != erased; type = type.BaseType)
        {
            if (DescriptorOf(type.ClrType) is { } own)
            {
                return (own, type.ClrType);
            }
        }

        return (erasedDescriptor, erased.ClrType);
    }

    /// <summary>
    /// Erases the columns a derived type declares below the type whose descriptor decides its rows (no generated
    /// code classified them), as <see cref="IPrivacyPolicy.Erase{T}(T)"/> erases a member it cannot prove safe.
    /// </summary>
    private static void PlanUndescribed(ErasurePlan plan, IEntityType concrete, PersonalDataDescriptor descriptor, Type described)
    {
        for (IEntityType? type = concrete; type is not null && type.ClrType != described; type = type.BaseType)
        {
            foreach (IProperty property in type.GetDeclaredProperties().Where(property => !property.IsShadowProperty() && !property.IsKey() && !property.IsForeignKey()))
            {
                if (descriptor.FindMember(property.Name) is null && !descriptor.UnclassifiedMembers.Contains(property.Name))
                {
                    plan.Columns.Add(new ErasureColumn(property.Name, property, ColumnAccess(plan.Row, property), Classify(property, plan.Keyed), null, 0, Classified: false));
                }
            }
        }
    }

    private static Dictionary<string, long> Sum(IEnumerable<IReadOnlyDictionary<string, long>> counts)
    {
        var sum = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (IReadOnlyDictionary<string, long> count in counts)
        {
            foreach ((string path, long rows) in count)
            {
                sum[path] = sum.GetValueOrDefault(path) + rows;
            }
        }

        return sum;
    }

    /// <summary>
    /// Adds the columns of one scope (the entity, or an owned type inside it) to the plan, each with the rows it is
    /// erased in. <paramref name="access"/> reaches the scope's value from the row; <paramref name="when"/> restricts
    /// every column of the scope (an owned value whose holder a legal obligation keeps whole is not touched).
    /// </summary>
    private static void PlanErasure(ErasurePlan plan, IPrivacyPolicy policy, IEntityType entity, PersonalDataDescriptor? descriptor, Type type, Expression access, string prefix, Expression? when, string? subjectName)
    {
        bool root = subjectName is not null;
        if (descriptor is null)
        {
            // An owned type nobody classified: every column of it is erased, as Erase erases an unclassified member.
            foreach (IProperty property in entity.GetProperties().Where(property => !property.IsShadowProperty() && !property.IsKey() && !property.IsForeignKey()))
            {
                plan.Columns.Add(new ErasureColumn(prefix + property.Name, property, ColumnAccess(access, property), Classify(property, plan.Keyed), when, 0, Classified: true));
            }

            return;
        }

        // Members a legal obligation holds: their threshold, in the anchor column's type.
        IProperty? anchor = descriptor.RetentionAnchorMember is { } anchorName ? entity.FindProperty(anchorName) : null;
        Expression? anchorAccess = anchor is null ? null : ColumnAccess(access, anchor);
        var held = new Dictionary<string, object>();
        if (anchor is not null)
        {
            foreach (RetentionThreshold threshold in (IReadOnlyList<RetentionThreshold>)ThresholdsMethod.MakeGenericMethod(type).Invoke(null, [policy])!)
            {
                if (descriptor.FindMember(threshold.Member) is { LegalObligation: not null })
                {
                    held[threshold.Member] = AnchorColumn.ToValue(threshold.ExpiredUpTo, anchor.ClrType, policy.TimeZone);
                }
            }
        }

        plan.Held.AddRange(held.Keys.Select(name => prefix + name));
        Expression? nothingHeld = held.Count == 0 ? when : And(when, AnchorColumn.MissingOrAtOrBefore(anchorAccess!, anchor!, held.Values.Min()!));
        if (held.Count > 0)
        {
            plan.Released.Add(nothingHeld!);
        }

        foreach (PersonalDataMember member in descriptor.Members)
        {
            // A held member is erased only where the anchor is missing or its retention has run out; the anchor once
            // nothing in its row is held any more; the subject id last, as the rows are found by it.
            Expression? memberWhen = held.TryGetValue(member.Name, out object? threshold) ? And(when, AnchorColumn.MissingOrAtOrBefore(anchorAccess!, anchor!, threshold)) : when;
            if (entity.FindProperty(member.Name) is { } property)
            {
                int order = member.Name == anchor?.Name ? (root ? 2 : 1) : root && member.Name == subjectName ? 3 : 0;
                plan.Columns.Add(new ErasureColumn(prefix + member.Name, property, ColumnAccess(access, property), Classify(property, plan.Keyed), order is 1 or 2 ? nothingHeld : memberWhen, order, Classified: true));
            }
            else if (entity.FindNavigation(member.Name) is { TargetEntityType: var owned } navigation && navigation.ForeignKey.IsOwnership)
            {
                if (!root || navigation.IsCollection)
                {
                    throw new NotSupportedException($"{descriptor.TypeName}.{member.Name} is personal data in an owned {(navigation.IsCollection ? "collection" : "type inside an owned type")}, which a database erasure cannot reach; map it as an owned reference (OwnsOne) of the entity or as an entity of its own, and erase that.");
                }

                // Kept whole while a legal obligation holds its holder, else erased by its own type's rules, with its own anchor.
                PlanErasure(plan, policy, owned, DescriptorOf(owned.ClrType), owned.ClrType, Expression.Call(PropertyMethod.MakeGenericMethod(owned.ClrType), access, Expression.Constant(member.Name)), prefix + member.Name + ".", memberWhen, subjectName: null);
            }
            else if (entity.FindComplexProperty(member.Name) is not null)
            {
                throw new NotSupportedException($"{descriptor.TypeName}.{member.Name} is personal data in a complex property, which a database erasure cannot reach; map it as an owned type (OwnsOne).");
            }

            // Any other navigation leads to a table of its own: erase that type with its own EraseSubjectAsync.
        }

        // Members nobody classified (IdentityUser's Email, PasswordHash, ...) are erased, as Erase does; a key among
        // them (IdentityUser's Id, a random surrogate) stays with its row and is reported, but does not delete it.
        foreach (string name in descriptor.UnclassifiedMembers)
        {
            if (entity.FindProperty(name) is { } property)
            {
                plan.Columns.Add(new ErasureColumn(prefix + name, property, ColumnAccess(access, property), Classify(property, plan.Keyed), when, 0, Classified: false));
            }
        }
    }

    /// <summary>
    /// How a column is erased: never a key; null where the column takes null (a unique index on it then still holds
    /// for every erased row); in a unique column that does not take null, a random marker per row, as two rows erased
    /// alike would break the index; otherwise as <see cref="IPrivacyPolicy.Erase{T}(T)"/> erases, empty text or the
    /// type's default. A unique column whose type has no marker is kept like a key.
    /// </summary>
    private static ColumnErasure Classify(IProperty property, bool keyed)
    {
        if (property.IsKey() || property.IsForeignKey())
        {
            return ColumnErasure.Kept;
        }

        if (property.IsNullable)
        {
            return ColumnErasure.Null;
        }

        Type type = property.ClrType;
        if (!property.GetContainingIndexes().Any(index => index.IsUnique))
        {
            return type == typeof(string) ? ColumnErasure.Empty : ColumnErasure.Default;
        }

        // The marker is written row by row, found by the entity's primary key (an owned type's row is its owner's).
        return (type == typeof(string) || type == typeof(Guid)) && keyed
            ? ColumnErasure.Marker
            : ColumnErasure.Kept;
    }

    private static Expression ColumnAccess(Expression access, IProperty property)
        => Expression.Call(PropertyMethod.MakeGenericMethod(property.ClrType), access, Expression.Constant(property.Name));

    private static Expression And(Expression? left, Expression right) => left is null ? right : Expression.AndAlso(left, right);

    private static PersonalDataDescriptor? DescriptorOf(Type type)
        => type.GetInterfaces().Any(face => face.IsGenericType && face.GetGenericTypeDefinition() == typeof(IPersonalData<>) && face.GetGenericArguments()[0] == type)
            ? (PersonalDataDescriptor)DescriptorMethod.MakeGenericMethod(type).Invoke(null, null)!
            : null;

    private static PersonalDataDescriptor DescriptorFor<TValue>()
        where TValue : IPersonalData<TValue>
        => TValue.Descriptor;

    private static IReadOnlyList<RetentionThreshold> ThresholdsFor<TValue>(IPrivacyPolicy policy)
        where TValue : IPersonalData<TValue>
        => policy.GetRetentionThresholds<TValue>();

    private static Task<int> EraseColumnAsync<T>(IQueryable<T> rows, IEntityType entity, ParameterExpression row, ErasureColumn column, CancellationToken cancellationToken)
        => (Task<int>)EraseColumnMethod.MakeGenericMethod(typeof(T), column.Property.ClrType).Invoke(null, [rows, entity, row, column, cancellationToken])!;

    /// <summary>
    /// Sets one column to its erased value in the rows not erased yet, so a rerun changes nothing twice: null, empty
    /// text (a null text already counts as erased), the default, or a fresh random marker in each row.
    /// </summary>
    private static async Task<int> EraseColumn<T, TProperty>(IQueryable<T> rows, IEntityType entity, ParameterExpression row, ErasureColumn column, CancellationToken cancellationToken)
    {
        var access = Expression.Lambda<Func<T, TProperty>>(column.Access, row);
        bool text = typeof(TProperty) == typeof(string);
        Expression NotNull() => Expression.NotEqual(column.Access, Expression.Constant(null, typeof(TProperty)));
        Expression NotEmpty() => Expression.NotEqual(column.Access, Expression.Constant(string.Empty, typeof(TProperty)));
        switch (column.How)
        {
            case ColumnErasure.Null:
                return await SetAsync(rows.Where(Expression.Lambda<Func<T, bool>>(text ? Expression.AndAlso(NotNull(), NotEmpty()) : NotNull(), row)), access, default(TProperty)!, cancellationToken).ConfigureAwait(false);
            case ColumnErasure.Empty:
                return await SetAsync(rows.Where(Expression.Lambda<Func<T, bool>>(Expression.AndAlso(NotNull(), NotEmpty()), row)), access, (TProperty)(object)string.Empty, cancellationToken).ConfigureAwait(false);
            case ColumnErasure.Default:
                return await SetAsync(rows.Where(Expression.Lambda<Func<T, bool>>(Expression.NotEqual(column.Access, Expression.Constant(default(TProperty), typeof(TProperty))), row)), access, default(TProperty)!, cancellationToken).ConfigureAwait(false);
        }

        // A marker per row, found by the row's key. The marker is random, never derived from the value or the key (a
        // key may be personal data); a full-length text marker is recognised, so a rerun leaves it alone.
        int? maxLength = column.Property.GetMaxLength();
        bool recognisable = text && maxLength is null or >= MarkerLength;
        IQueryable<T> unmarked = recognisable
            ? rows.Where(Expression.Lambda<Func<T, bool>>(Expression.Not(Expression.AndAlso(Expression.Call(column.Access, StartsWithMethod, Expression.Constant(MarkerPrefix)), Expression.Equal(Expression.Property(column.Access, nameof(string.Length)), Expression.Constant(MarkerLength)))), row))
            : rows;
        IKey key = entity.FindPrimaryKey()!;
        var select = Expression.Lambda<Func<T, object[]>>(
            Expression.NewArrayInit(typeof(object), key.Properties.Select(property => Expression.Convert(ColumnAccess(row, property), typeof(object)))),
            row);
        List<object[]> keys = await unmarked.Select(select).ToListAsync(cancellationToken).ConfigureAwait(false);
        int changed = 0;
        foreach (object[] values in keys)
        {
            Expression match = key.Properties.Select((property, i) => (Expression)Expression.Equal(ColumnAccess(row, property), Parameter(values[i], property.ClrType))).Aggregate(Expression.AndAlso);
            string hex = Guid.NewGuid().ToString("N");
            object marker = !text ? Guid.NewGuid() : recognisable ? MarkerPrefix + hex : hex[..Math.Min(hex.Length, maxLength!.Value)];
            changed += await SetAsync(rows.Where(Expression.Lambda<Func<T, bool>>(match, row)), access, (TProperty)marker, cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

    /// <summary>A value as a query parameter (a captured value, as the compiler writes it), not a literal in the SQL.</summary>
    private static Expression Parameter(object? value, Type type)
    {
        object holder = Activator.CreateInstance(typeof(Captured<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(holder), "Value");
    }

    /// <summary>Sets a column, reached by any path (an owned type's too), to one value in every row of the query.</summary>
    private static Task<int> SetAsync<T, TProperty>(IQueryable<T> rows, Expression<Func<T, TProperty>> column, TProperty value, CancellationToken cancellationToken)
    {
#if NET10_0_OR_GREATER
        return rows.ExecuteUpdateAsync(setters => setters.SetProperty(column, value), cancellationToken);
#else
        // EF Core 8 takes the setters as an expression tree: setters => setters.SetProperty(column, value).
        ParameterExpression setters = Expression.Parameter(typeof(SetPropertyCalls<T>), "setters");
        MethodInfo setProperty = typeof(SetPropertyCalls<T>).GetMethods()
            .Single(method => method.Name == nameof(SetPropertyCalls<T>.SetProperty) && method.GetParameters()[1].ParameterType.IsGenericParameter)
            .MakeGenericMethod(typeof(TProperty));
        Expression call = Expression.Call(setters, setProperty, column, Parameter(value, typeof(TProperty)));
        return rows.ExecuteUpdateAsync(Expression.Lambda<Func<SetPropertyCalls<T>, SetPropertyCalls<T>>>(call, setters), cancellationToken);
#endif
    }

    private const string MarkerPrefix = "erased-";

    private const int MarkerLength = 39; // the prefix and a GUID's 32 hexadecimal digits

    private static readonly MethodInfo StartsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo DescriptorMethod = typeof(PrivacyPolicyDbContextExtensions).GetMethod(nameof(DescriptorFor), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ThresholdsMethod = typeof(PrivacyPolicyDbContextExtensions).GetMethod(nameof(ThresholdsFor), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo SweepBatchMethod = typeof(PrivacyPolicyDbContextExtensions).GetMethod(nameof(SweepBatch), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo EraseRowsMethod = typeof(PrivacyPolicyDbContextExtensions).GetMethod(nameof(EraseRows), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo EraseColumnMethod = typeof(PrivacyPolicyDbContextExtensions).GetMethod(nameof(EraseColumn), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>How one column is erased.</summary>
    private enum ColumnErasure
    {
        Kept,
        Null,
        Empty,
        Default,
        Marker,
    }

    /// <summary>One column to erase: its path for the report, how to reach it from the row, and the rows it is erased in.</summary>
    private sealed record ErasureColumn(string Path, IProperty Property, Expression Access, ColumnErasure How, Expression? When, int Order, bool Classified);

    /// <summary>The erasure of one concrete entity type's rows: its report's type name, its plan, the filter finding the subject's rows of it.</summary>
    private sealed record TypeErasure(string TypeName, IEntityType Entity, ErasurePlan Plan, Expression Rows);

    /// <summary>
    /// The sweep of one concrete entity type's rows, decided before anything is written: the anchor, the threshold at
    /// or before which a row goes whole (none when a member keeps it for ever), each erasable column's threshold, the
    /// filter to the type's own rows (when types derive from it), and what was done, batch by batch.
    /// </summary>
    private sealed class TypeSweep(string typeName, IProperty anchor, object? deleteThreshold, List<(IProperty Property, object Threshold)> erasable, LambdaExpression? rows, Func<DbContext, TypeSweep, IProperty, long, long, CancellationToken, Task> batch)
    {
        public string TypeName { get; } = typeName;

        public IProperty Anchor { get; } = anchor;

        public object? DeleteThreshold { get; } = deleteThreshold;

        public List<(IProperty Property, object Threshold)> Erasable { get; } = erasable;

        public LambdaExpression? Rows { get; } = rows;

        public Func<DbContext, TypeSweep, IProperty, long, long, CancellationToken, Task> Batch { get; } = batch;

        public Dictionary<string, long> Erased { get; } = erasable.ToDictionary(member => member.Property.Name, _ => 0L, StringComparer.Ordinal);

        public long Deleted { get; set; }

        public TimeSpan Elapsed { get; set; }
    }

    /// <summary>What one erasure will do, decided before anything is written.</summary>
    private sealed class ErasurePlan(ParameterExpression row, bool keyed)
    {
        public ParameterExpression Row { get; } = row;

        /// <summary>Whether the entity has a primary key to find each row by (for markers).</summary>
        public bool Keyed { get; } = keyed;

        public List<ErasureColumn> Columns { get; } = [];

        public List<string> Held { get; } = [];

        /// <summary>Per scope with held members: the rows in which nothing of it is held any more.</summary>
        public List<Expression> Released { get; } = [];
    }

    private sealed class Captured<TValue>(TValue value)
    {
        public readonly TValue Value = value;
    }

    private static Task<int> EraseAsync<T>(IQueryable<T> rows, IProperty property, CancellationToken cancellationToken, bool toNull = false)
        => (Task<int>)SetErasedMethod.MakeGenericMethod(typeof(T), property.ClrType).Invoke(null, [rows, property, toNull, cancellationToken])!;

    /// <summary>
    /// Sets the member to its erased value in every row not erased yet: text becomes empty (a null stays null), or
    /// null when <paramref name="toNull"/> asks, any other value its default. Rows already erased are not touched, so a
    /// rerun changes nothing twice.
    /// </summary>
    private static Task<int> SetErased<T, TProperty>(IQueryable<T> rows, IProperty property, bool toNull, CancellationToken cancellationToken)
    {
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        Expression column = Expression.Call(PropertyMethod.MakeGenericMethod(typeof(TProperty)), row, Expression.Constant(property.Name));
        bool text = typeof(TProperty) == typeof(string);
        TProperty erased = text && !toNull ? (TProperty)(object)string.Empty : default!;
        Expression notErased = Expression.NotEqual(column, Expression.Constant(erased, typeof(TProperty)));
        if (text && !toNull)
        {
            notErased = Expression.AndAlso(Expression.NotEqual(column, Expression.Constant(null, typeof(TProperty))), notErased);
        }

        // Written as a lambda, not built from expressions: the same source compiles against EF Core 8 (whose setters
        // are an expression tree) and EF Core 10 (whose setters are a delegate taking expressions).
        string name = property.Name;
        return rows.Where(Expression.Lambda<Func<T, bool>>(notErased, row))
            .ExecuteUpdateAsync(setters => setters.SetProperty(entity => EF.Property<TProperty>(entity!, name), erased), cancellationToken);
    }
}
