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

// Subject erasure (GDPR art. 17): planned per concrete type and column, run in one transaction.
public static partial class PrivacyPolicyDbContextExtensions
{
    /// <summary>
    /// Erases every personal-data member in the rows of one data subject (GDPR art. 17), set-based, except what a
    /// running legal obligation keeps (GDPR art. 17(3)(b)): a member with a purpose whose legal basis is a legal
    /// obligation keeps its value in rows whose retention has not run out, and the anchor is kept as long as anything in
    /// its row is; and what an open contract still needs (art. 17(1)(a) with 6(1)(b)): a member with a purpose based on
    /// the contract keeps its value in rows where the moment its retention counts from (its <c>RetentionFrom</c>
    /// column, or a nullable anchor) is still NULL, reported in <see cref="SubjectErasureReport.MembersInUse"/>. Members of an
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
                filter = Expression.AndAlso(filter, Expression.Equal(EfColumn.Of(plan.Row, discriminator), Expression.Constant(concrete.GetDiscriminatorValue(), discriminator.ClrType)));
            }

            // A held row is left out of every statement, by a NOT EXISTS against the holds table in it, and counted.
            Expression? held = HeldRows.Held(context, concrete, subjectName, policy.Clock.GetCurrentInstant(), plan.Row);
            erasures.Add(new TypeErasure(ownType == concrete.ClrType ? own.TypeName : concrete.ClrType.FullName ?? concrete.ClrType.Name, concrete, plan, held is null ? filter : Expression.AndAlso(filter, HeldRows.Not(held)))
            {
                Held = held is null ? null : Expression.AndAlso(filter, held),
            });
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
            reports,
            Sum(reports.Select(report => report.MembersInUse)))
        {
            RowsHeld = reports.Sum(report => report.RowsHeld),
        };
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

        // Counted before anything is erased: the moment a member counts from may itself be erased once released.
        var inUse = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach ((string path, Expression condition) in plan.InUse)
        {
            long count = await rows.Where(Expression.Lambda<Func<TRow, bool>>(condition, plan.Row)).LongCountAsync(cancellationToken).ConfigureAwait(false);
            if (count > 0)
            {
                inUse[path] = count;
            }
        }

        // The subject's rows still in use by their anchor, by key: few (one person's open records), and found before
        // the anchor of any row is erased.
        Expression? subjectKept = null;
        if (plan.SubjectInUse is not null && entity.FindPrimaryKey() is { } primaryKey)
        {
            var select = Expression.Lambda<Func<TRow, object[]>>(
                Expression.NewArrayInit(typeof(object), primaryKey.Properties.Select(property => Expression.Convert(EfColumn.Of(plan.Row, property), typeof(object)))),
                plan.Row);
            foreach (object[] values in await rows.Where(Expression.Lambda<Func<TRow, bool>>(plan.SubjectInUse, plan.Row)).Select(select).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                Expression match = primaryKey.Properties.Select((property, i) => (Expression)Expression.Equal(EfColumn.Of(plan.Row, property), Parameter(values[i], property.ClrType))).Aggregate(Expression.AndAlso);
                subjectKept = subjectKept is null ? match : Expression.OrElse(subjectKept, match);
            }
        }

        foreach (ErasureColumn column in plan.Columns.Where(column => column.How != ColumnErasure.Kept).OrderBy(column => column.Order))
        {
            Expression? when = column.Order == 3 && subjectKept is not null ? And(column.When, Expression.Not(subjectKept)) : column.When;
            IQueryable<TRow> target = when is null ? rows : rows.Where(Expression.Lambda<Func<TRow, bool>>(when, plan.Row));
            erased[column.Path] = await EraseColumnAsync(target, entity, plan.Row, column, cancellationToken).ConfigureAwait(false);
        }

        long held = erasure.Held is null ? 0 : await context.Set<TRow>().Where(Expression.Lambda<Func<TRow, bool>>(erasure.Held, plan.Row)).LongCountAsync(cancellationToken).ConfigureAwait(false);
        return new SubjectErasureReport(erasure.TypeName, erased, plan.Held.ToArray(), stopwatch.Elapsed, deleted, kept, [], inUse) { RowsHeld = held };
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
                    plan.Columns.Add(new ErasureColumn(property.Name, property, EfColumn.Of(plan.Row, property), Classify(property, plan.Keyed), null, 0, Classified: false));
                }
            }
        }
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
                plan.Columns.Add(new ErasureColumn(prefix + property.Name, property, EfColumn.Of(access, property), Classify(property, plan.Keyed), when, 0, Classified: true));
            }

            return;
        }

        // Members a legal obligation holds (art. 17(3)(b)) and members an open contract still needs (art. 17(1)(a)):
        // for each, the rows in which it may be erased. A held member is erased where the moment it counts from is at
        // or before its threshold (or, counted from the anchor, the anchor is missing, as Erase does); counted from a
        // RetentionFrom column that is still NULL, its period has not begun and it stays. A member with a purpose
        // based on the contract stays while the moment it counts from is NULL: the data is still in use.
        IProperty? anchor = descriptor.RetentionAnchorMember is { } anchorName ? entity.FindProperty(anchorName) : null;
        Expression? anchorAccess = anchor is null ? null : EfColumn.Of(access, anchor);
        var thresholds = new Dictionary<string, RetentionThreshold>(StringComparer.Ordinal);
        foreach (RetentionThreshold threshold in (IReadOnlyList<RetentionThreshold>)ThresholdsMethod.MakeGenericMethod(type).Invoke(null, [policy])!)
        {
            thresholds[threshold.Member] = threshold;
        }

        var releases = new Dictionary<string, Expression>(StringComparer.Ordinal);
        var origins = new HashSet<string>(StringComparer.Ordinal);
        Expression? ownRelease = null;
        foreach (PersonalDataMember member in descriptor.Members)
        {
            IProperty? from = member.RetentionFrom is { } fromName
                ? entity.FindProperty(fromName) ?? throw new InvalidOperationException($"{descriptor.TypeName}.{member.Name} counts its retention from {fromName}, which is not mapped to a column.")
                : anchor;
            Expression? fromAccess = from is null ? null : EfColumn.Of(access, from);
            Expression? release = null;
            if (member.LegalObligation is not null && from is not null && thresholds.TryGetValue(member.Name, out RetentionThreshold? held))
            {
                Expression threshold = Expression.Convert(Expression.Constant(AnchorColumn.ToValue(held.ExpiredUpTo, from.ClrType, policy.TimeZone)), from.ClrType);
                release = member.RetentionFrom is null
                    ? AnchorColumn.MissingOrAtOrBefore(fromAccess!, from, AnchorColumn.ToValue(held.ExpiredUpTo, from.ClrType, policy.TimeZone))
                    : from.IsNullable ? Expression.AndAlso(NotNull(fromAccess!, from), Expression.LessThanOrEqual(fromAccess!, threshold)) : Expression.LessThanOrEqual(fromAccess!, threshold);
            }

            if (release is not null)
            {
                plan.Held.Add(prefix + member.Name);
            }

            if (from is not null && from.IsNullable && member.Name != from.Name && member.LegalBases.Contains(LegalBasis.Contract))
            {
                Expression inUse = And(when, Expression.Equal(fromAccess!, Expression.Constant(null, from.ClrType)));
                plan.InUse.Add((prefix + member.Name, inUse));
                if (root && member.Name == subjectName)
                {
                    // The subject id goes last, after the moment it counts from may have been erased (NULL) in rows
                    // released whole: its rows still in use are found before anything is written, by key.
                    ownRelease = release;
                    plan.SubjectInUse = inUse;
                }

                release = And(release, NotNull(fromAccess!, from));
            }

            if (release is not null)
            {
                releases[member.Name] = release;
                if (from is not null && from.Name != member.Name)
                {
                    origins.Add(from.Name);
                }
            }
        }

        Expression? nothingHeld = releases.Count == 0 ? when : And(when, releases.Values.Aggregate(Expression.AndAlso));
        if (releases.Count > 0)
        {
            plan.Released.Add(nothingHeld!);
        }

        foreach (PersonalDataMember member in descriptor.Members)
        {
            // A held or in-use member is erased only where it is released; the moment anything is counted from (the
            // anchor, a RetentionFrom column that is personal data) once nothing in its row is held any more; the
            // subject id last, as the rows are found by it.
            Expression? memberWhen = releases.TryGetValue(member.Name, out Expression? released) ? And(when, released) : when;
            if (plan.SubjectInUse is not null && root && member.Name == subjectName)
            {
                memberWhen = ownRelease is null ? when : And(when, ownRelease);
            }

            if (entity.FindProperty(member.Name) is { } property)
            {
                int order = member.Name == anchor?.Name ? (root ? 2 : 1) : root && member.Name == subjectName ? 3 : origins.Contains(member.Name) ? 1 : 0;
                plan.Columns.Add(new ErasureColumn(prefix + member.Name, property, EfColumn.Of(access, property), Classify(property, plan.Keyed), order is 1 or 2 ? nothingHeld : memberWhen, order, Classified: true));
            }
            else if (entity.FindNavigation(member.Name) is { TargetEntityType: var owned } navigation && navigation.ForeignKey.IsOwnership)
            {
                if (!root || navigation.IsCollection)
                {
                    throw new NotSupportedException($"{descriptor.TypeName}.{member.Name} is personal data in an owned {(navigation.IsCollection ? "collection" : "type inside an owned type")}, which a database erasure cannot reach; map it as an owned reference (OwnsOne) of the entity or as an entity of its own, and erase that.");
                }

                // Kept whole while a legal obligation holds its holder, else erased by its own type's rules, with its own anchor.
                PlanErasure(plan, policy, owned, DescriptorOf(owned.ClrType), owned.ClrType, EfColumn.Of(access, owned.ClrType, member.Name), prefix + member.Name + ".", memberWhen, subjectName: null);
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
                plan.Columns.Add(new ErasureColumn(prefix + name, property, EfColumn.Of(access, property), Classify(property, plan.Keyed), when, 0, Classified: false));
            }
        }
    }

    private static Expression NotNull(Expression column, IProperty property) => Expression.NotEqual(column, Expression.Constant(null, property.ClrType));

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
            Expression.NewArrayInit(typeof(object), key.Properties.Select(property => Expression.Convert(EfColumn.Of(row, property), typeof(object)))),
            row);
        List<object[]> keys = await unmarked.Select(select).ToListAsync(cancellationToken).ConfigureAwait(false);
        int changed = 0;
        foreach (object[] values in keys)
        {
            Expression match = key.Properties.Select((property, i) => (Expression)Expression.Equal(EfColumn.Of(row, property), Parameter(values[i], property.ClrType))).Aggregate(Expression.AndAlso);
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
    private sealed record TypeErasure(string TypeName, IEntityType Entity, ErasurePlan Plan, Expression Rows)
    {
        /// <summary>The subject's rows of the type a hold keeps; null when the model has no holds table.</summary>
        public Expression? Held { get; init; }
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

        /// <summary>Per member an open contract may still need: the rows in which it is still in use (art. 17(1)(a)).</summary>
        public List<(string Path, Expression InUse)> InUse { get; } = [];

        /// <summary>The rows in which the subject id is still in use, when it is counted from a nullable anchor.</summary>
        public Expression? SubjectInUse { get; set; }
    }

    private sealed class Captured<TValue>(TValue value)
    {
        public readonly TValue Value = value;
    }
}
