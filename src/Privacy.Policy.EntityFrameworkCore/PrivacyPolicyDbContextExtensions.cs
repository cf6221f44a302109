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
    /// anchor value are left alone (retention cannot be counted for them).
    /// </summary>
    /// <typeparam name="T">An entity type the source generator implemented <see cref="IPersonalData{TSelf}"/> for, with a single integer key.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="policy">The policy: time zone, retention defaults and clock.</param>
    /// <param name="batchSize">How many keys each batch covers.</param>
    /// <param name="cancellationToken">Stops the sweep between batches; finished batches stay done.</param>
    /// <returns>What the sweep did.</returns>
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
        IProperty anchor = AnchorOf(entity, descriptor);
        IProperty key = KeyOf(entity);
        DateTimeZone zone = policy.TimeZone;

        // Thresholds once per sweep, in the anchor column's own type.
        // A threshold before the column type's first value (a period of thousands of years, with a DateTime column)
        // has no row expired: the member is left alone, as one without a threshold, rather than fail the sweep.
        IReadOnlyList<RetentionThreshold> thresholds = policy.GetRetentionThresholds<T>()
            .Where(threshold => !BeforeColumnRange(threshold.ExpiredUpTo, anchor.ClrType, zone))
            .ToList();
        var members = new List<(IProperty Property, object Threshold)>();
        foreach (RetentionThreshold threshold in thresholds)
        {
            IProperty property = entity.FindProperty(threshold.Member)
                ?? throw new InvalidOperationException($"{typeof(T).Name}.{threshold.Member} is personal data with a retention but is not mapped to a column.");
            members.Add((property, ToColumnValue(threshold.ExpiredUpTo, anchor.ClrType, zone)));
        }

        // A record is deleted when all its members' retentions have run out: at or before the earliest threshold (the
        // longest-lived member's). A subject id or anchor without a period follows the record; any other member without
        // one keeps it for ever (EvaluateRetention's rule).
        object? deleteThreshold = members.Count > 0 && descriptor.Members.All(member => thresholds.Any(threshold => threshold.Member == member.Name)
                                                                                       || member.Name == descriptor.DataSubjectMember
                                                                                       || member.Name == descriptor.RetentionAnchorMember)
            ? members.Select(member => member.Threshold).Min()
            : null;

        // The anchor is what the other members are counted from: it is never erased on its own, only deleted with its
        // row, as EvaluateRetention decides.
        var erasable = members.Where(member => member.Property.Name != anchor.Name).ToList();
        var erased = erasable.ToDictionary(member => member.Property.Name, _ => 0L);
        long deleted = 0;
        int batches = 0;
        (long low, long high) = await KeyRangeAsync<T>(context, key, cancellationToken).ConfigureAwait(false);
        for (long start = low; start <= high; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long end = Math.Min(high, start + batchSize - 1);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            IQueryable<T> batch = context.Set<T>().Where(KeyBetween<T>(key, start, end));
            if (deleteThreshold is not null)
            {
                deleted += await batch.Where(AtOrBefore<T>(anchor, deleteThreshold)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach ((IProperty property, object threshold) in erasable)
            {
                erased[property.Name] += await EraseAsync(batch.Where(AtOrBefore<T>(anchor, threshold)), property, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            batches++;
        }

        return new RetentionSweepReport(descriptor.TypeName, deleted, erased, batches, stopwatch.Elapsed);
    }

    /// <summary>
    /// Erases every personal-data member in the rows of one data subject (GDPR art. 17), set-based, except what a
    /// running legal obligation keeps: a member with a purpose whose legal basis is a legal obligation keeps its value
    /// in rows whose retention has not run out, and the anchor is kept as long as anything in its row is. Members
    /// nobody classified (<see cref="PersonalDataDescriptor.UnclassifiedMembers"/>) are erased, except key columns.
    /// The subject id is erased last. The rules are those of <see cref="IPrivacyPolicy.Erase{T}(T)"/>.
    /// </summary>
    /// <typeparam name="T">An entity type the source generator implemented <see cref="IPersonalData{TSelf}"/> for, with a <c>[DataSubject]</c>.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="policy">The policy: time zone, retention defaults and clock.</param>
    /// <param name="subjectId">The data subject's id, as the <c>[DataSubject]</c> column holds it.</param>
    /// <param name="cancellationToken">Stops the erasure; it runs in one transaction, so nothing is half done.</param>
    /// <returns>What was erased, and which members a legal obligation held.</returns>
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
        IProperty? anchor = descriptor.RetentionAnchorMember is { } anchorName ? entity.FindProperty(anchorName) : null;
        DateTimeZone zone = policy.TimeZone;

        // Members a legal obligation holds: their threshold, in the anchor column's type.
        var held = new Dictionary<string, object>();
        if (anchor is not null)
        {
            foreach (RetentionThreshold threshold in policy.GetRetentionThresholds<T>())
            {
                if (descriptor.FindMember(threshold.Member) is { LegalObligation: not null })
                {
                    held[threshold.Member] = ToColumnValue(threshold.ExpiredUpTo, anchor.ClrType, zone);
                }
            }
        }

        IQueryable<T> rows = context.Set<T>().Where(Equals<T>(subject, subjectId));
        var erased = new Dictionary<string, long>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (PersonalDataMember member in descriptor.Members)
        {
            if (member.Name == subjectName || member.Name == anchor?.Name || entity.FindProperty(member.Name) is not { } property)
            {
                continue;
            }

            // A held member is erased only where the anchor is missing or its retention has run out.
            IQueryable<T> target = held.TryGetValue(member.Name, out object? threshold) ? rows.Where(MissingOrAtOrBefore<T>(anchor!, threshold)) : rows;
            erased[member.Name] = await EraseAsync(target, property, cancellationToken).ConfigureAwait(false);
        }

        // Members nobody classified (IdentityUser's Email, PasswordHash, ...) are erased, as Erase does; key columns
        // identify the row and stay. Where the column takes null, null: such columns often carry a unique index
        // (Identity's NormalizedUserName), which a second empty text would break.
        foreach (string name in descriptor.UnclassifiedMembers)
        {
            if (entity.FindProperty(name) is { } property && !property.IsKey() && !property.IsForeignKey())
            {
                erased[name] = await EraseAsync(rows, property, cancellationToken, toNull: property.IsNullable).ConfigureAwait(false);
            }
        }

        if (anchor is not null && descriptor.FindMember(anchor.Name) is not null)
        {
            // The anchor goes once nothing in its row is held any more: at or before the earliest held threshold.
            IQueryable<T> target = held.Count == 0 ? rows : rows.Where(MissingOrAtOrBefore<T>(anchor, held.Values.Min()!));
            erased[anchor.Name] = await EraseAsync(target, anchor, cancellationToken).ConfigureAwait(false);
        }

        if (descriptor.FindMember(subjectName) is not null)
        {
            // Last, as the rows are found by it; a legal obligation may hold it as any other member.
            IQueryable<T> target = held.TryGetValue(subjectName, out object? threshold) ? rows.Where(MissingOrAtOrBefore<T>(anchor!, threshold)) : rows;
            erased[subjectName] = await EraseAsync(target, subject, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new SubjectErasureReport(descriptor.TypeName, erased, held.Keys.ToArray(), stopwatch.Elapsed);
    }

    private static Expression<Func<T, bool>> Equals<T>(IProperty property, string value)
    {
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        Type type = property.ClrType;
        Type bare = Nullable.GetUnderlyingType(type) ?? type;
        object typed = SubjectValue(value, bare)
            ?? throw new ArgumentException($"The subject id is not a valid {bare.Name}, the type of the data subject column {property.DeclaringType.DisplayName()}.{property.Name}.", "subjectId");
        Expression column = Expression.Call(PropertyMethod.MakeGenericMethod(type), row, Expression.Constant(property.Name));
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(column, Expression.Convert(Expression.Constant(typed), type)), row);
    }

    /// <summary>The subject id as the column's type, or <see langword="null"/>; parsing errors carry the id, so none escapes.</summary>
    private static object? SubjectValue(string value, Type type)
    {
        System.Globalization.CultureInfo invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (type == typeof(string))
        {
            return value;
        }

        if (type == typeof(Guid))
        {
            return Guid.TryParse(value, out Guid guid) ? guid : null;
        }

        try
        {
            return Convert.ChangeType(value, type, invariant);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or InvalidCastException)
        {
            return null;
        }
    }

    private static Expression<Func<T, bool>> MissingOrAtOrBefore<T>(IProperty anchor, object threshold)
    {
        Expression<Func<T, bool>> atOrBefore = AtOrBefore<T>(anchor, threshold);
        if (!anchor.IsNullable)
        {
            return atOrBefore;
        }

        Expression column = ((BinaryExpression)atOrBefore.Body).Left;
        return Expression.Lambda<Func<T, bool>>(
            Expression.OrElse(Expression.Equal(column, Expression.Constant(null, anchor.ClrType)), atOrBefore.Body),
            atOrBefore.Parameters);
    }

    private static IProperty AnchorOf(IEntityType entity, PersonalDataDescriptor descriptor)
    {
        string name = descriptor.RetentionAnchorMember ?? throw new InvalidOperationException($"{descriptor.TypeName} has no [RetentionAnchor] to count retention from (PRIV011).");
        return entity.FindProperty(name) ?? throw new InvalidOperationException($"The retention anchor {descriptor.TypeName}.{name} is not mapped to a column.");
    }

    private static IProperty KeyOf(IEntityType entity)
    {
        IKey? primary = entity.FindPrimaryKey();
        if (primary is not { Properties.Count: 1 } || primary.Properties[0].ClrType is not { } type || (type != typeof(int) && type != typeof(long)))
        {
            throw new InvalidOperationException($"{entity.DisplayName()} needs a single int or long primary key for batched sweeps.");
        }

        return primary.Properties[0];
    }

    private static async Task<(long Low, long High)> KeyRangeAsync<T>(DbContext context, IProperty key, CancellationToken cancellationToken)
        where T : class
    {
        IQueryable<long> keys = context.Set<T>().Select(KeyAsLong<T>(key));
        if (!await keys.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return (1, 0);
        }

        return (await keys.MinAsync(cancellationToken).ConfigureAwait(false), await keys.MaxAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Whether no value of the anchor column's type (a <see cref="DateTime"/>'s year 1 onwards) is at or before the threshold.</summary>
    private static bool BeforeColumnRange(LocalDateTime threshold, Type anchorType, DateTimeZone zone)
    {
        Type type = Nullable.GetUnderlyingType(anchorType) ?? anchorType;
        return (type == typeof(DateTime) || type == typeof(DateTimeOffset))
               && (threshold.Year < 0 // no offset reaches year 1 from here; and the calendar's first days may not resolve
                   || zone.ResolveLocal(threshold, NodaTime.TimeZones.Resolvers.CreateMappingResolver(NodaTime.TimeZones.Resolvers.ReturnEarlier, NodaTime.TimeZones.Resolvers.ReturnEndOfIntervalBefore)).ToInstant()
                  < Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)));
    }

    /// <summary>Converts a local threshold to the anchor column's type: the latest value whose local time is at or before it.</summary>
    private static object ToColumnValue(LocalDateTime threshold, Type anchorType, DateTimeZone zone)
    {
        Type type = Nullable.GetUnderlyingType(anchorType) ?? anchorType;
        if (type == typeof(LocalDateTime))
        {
            return threshold;
        }

        if (type == typeof(LocalDate))
        {
            return threshold.Date; // a date's retention counts from its midnight
        }

        // An instant: the latest one before which every instant's local time is at or before the threshold, so the
        // sweep never erases early. In the autumn's repeated hour that is the first of the two; in a spring gap, the
        // last instant before it. Instants of the repeated hour's second pass whose local time is at or before the
        // threshold wait for the next sweep (at most an hour).
        Instant instant = zone.ResolveLocal(threshold, NodaTime.TimeZones.Resolvers.CreateMappingResolver(NodaTime.TimeZones.Resolvers.ReturnEarlier, NodaTime.TimeZones.Resolvers.ReturnEndOfIntervalBefore)).ToInstant();
        if (type == typeof(Instant))
        {
            return instant;
        }

        if (type == typeof(DateTimeOffset))
        {
            return instant.ToDateTimeOffset();
        }

        if (type == typeof(DateTime))
        {
            return instant.ToDateTimeUtc();
        }

        throw new NotSupportedException($"A retention anchor of type {type.Name} cannot be swept in the database; use Instant, LocalDate, LocalDateTime, DateTimeOffset or a UTC DateTime.");
    }

    private static Expression<Func<T, bool>> AtOrBefore<T>(IProperty anchor, object threshold)
    {
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        Expression column = Expression.Call(PropertyMethod.MakeGenericMethod(anchor.ClrType), row, Expression.Constant(anchor.Name));
        Expression value = Expression.Convert(Expression.Constant(threshold), anchor.ClrType);
        return Expression.Lambda<Func<T, bool>>(Expression.LessThanOrEqual(column, value), row);
    }

    private static Expression<Func<T, bool>> KeyBetween<T>(IProperty key, long low, long high)
    {
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        Expression column = Expression.Convert(Expression.Call(PropertyMethod.MakeGenericMethod(key.ClrType), row, Expression.Constant(key.Name)), typeof(long));
        return Expression.Lambda<Func<T, bool>>(
            Expression.AndAlso(Expression.GreaterThanOrEqual(column, Expression.Constant(low)), Expression.LessThanOrEqual(column, Expression.Constant(high))),
            row);
    }

    private static Expression<Func<T, long>> KeyAsLong<T>(IProperty key)
    {
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, long>>(
            Expression.Convert(Expression.Call(PropertyMethod.MakeGenericMethod(key.ClrType), row, Expression.Constant(key.Name)), typeof(long)),
            row);
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
