using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace Privacy.Policy.EntityFrameworkCore;

// The retention sweep's erasure of one batch: every expired member of every row in one UPDATE, a CASE per column.
public static partial class PrivacyPolicyDbContextExtensions
{
    private static readonly MethodInfo LongCountMethod = typeof(Enumerable).GetMethods()
        .Single(method => method.Name == nameof(Enumerable.LongCount) && method.GetParameters().Length == 2);

    /// <summary>
    /// Plans the erasure of every expired member of a batch's rows in a single <c>UPDATE</c>, one
    /// <c>CASE WHEN &lt;expired and not erased yet&gt; THEN &lt;erased&gt; ELSE col END</c> per column, over the rows where
    /// anything is due: a row whose members expire together is written once (on PostgreSQL one new row version, not one
    /// per member). The values erased per member are counted first, in one aggregate query over the same rows. A column
    /// that takes null becomes null (a unique index on it still holds for every erased row); a unique one that does
    /// not gets a random marker per row, written row by row, as no value written alike to two rows would keep the index;
    /// any other becomes empty text or its type's default. Rows already erased are not written again, so a rerun changes
    /// nothing.
    /// </summary>
    private static SweepErasure<TRow>? PlanExpiredErasure<TRow>(DbContext context, IQueryable<TRow> batch, TypeSweep sweep)
        where TRow : class
        => PlanErasure(
            context,
            batch,
            sweep.Erasable.Where(member => !DeletedFirst(sweep, member.Column, member.Threshold))
                .Select(member => (member.Property, AnchorColumn.AllAtOrBefore<TRow>([(member.Column, member.Threshold)], sweep.Anchor))));

    /// <summary>
    /// Whether every row in which the member has expired is deleted by the batch's <c>DELETE</c>, which runs first in the
    /// same transaction over the same rows: the row goes when one column is at or before its threshold, and the member
    /// expires at or before that threshold in that column (the longest-lived member, as a call's seven-year number).
    /// Such a member has nothing left to erase, and leaving it out of the <c>UPDATE</c> saves a <c>CASE</c> and a count.
    /// </summary>
    private static bool DeletedFirst(TypeSweep sweep, IProperty column, object threshold)
        => sweep.Delete is [var delete] && delete.Column == column && Comparer<object>.Default.Compare(threshold, delete.Threshold) <= 0;

    /// <summary>
    /// As <see cref="PlanExpiredErasure"/>, for any condition per column: each column erased in the rows where its own
    /// holds. Built once per sweep and shape of batch; <see langword="null"/> when there is nothing to erase.
    /// </summary>
    private static SweepErasure<TRow>? PlanErasure<TRow>(DbContext context, IQueryable<TRow> batch, IEnumerable<(IProperty Property, Expression<Func<TRow, bool>> Expired)> erasable)
        where TRow : class
    {
        ParameterExpression row = Expression.Parameter(typeof(TRow), "row");
        IEntityType entity = context.Model.FindEntityType(typeof(TRow))!;
        var markers = new List<(string Member, IQueryable<TRow> Rows, ErasureColumn Column)>();
        var columns = new List<(IProperty Property, Expression Access, Expression Due, Expression Erased)>();
        foreach ((IProperty property, Expression<Func<TRow, bool>> expired) in erasable)
        {
            Expression access = EfColumn.Of(row, property);
            if (property.IsKey())
            {
                continue; // a key is never rewritten: the row goes whole, or keeps it
            }

            if (!property.IsNullable && property.GetContainingIndexes().Any(index => index.IsUnique) && property.ClrType is var type && (type == typeof(string) || type == typeof(Guid)))
            {
                markers.Add((property.Name, batch.Where(expired), new ErasureColumn(property.Name, property, access, ColumnErasure.Marker, null, 0, Classified: true)));
                continue;
            }

            (Expression notErased, Expression erased) = SweptValue(access, property);
            columns.Add((property, access, Expression.AndAlso(ReplacingExpressionVisitor.Replace(expired.Parameters[0], row, expired.Body), notErased), erased));
        }

        if (columns.Count == 0 && markers.Count == 0)
        {
            return null;
        }

        IQueryable<TRow>? written = columns.Count == 0 ? null : batch.Where(Expression.Lambda<Func<TRow, bool>>(columns.Select(column => column.Due).Aggregate(Expression.OrElse), row));
        List<(Type, Expression, Expression)> setters = columns.Select(column => (column.Property.ClrType, column.Access, (Expression)Expression.Condition(column.Due, column.Erased, column.Access))).ToList();

        // Counted before the write, per member, in one query: the values this batch erases. One column needs no count:
        // the rows the UPDATE writes are the values it erases.
        Expression<Func<TRow, long>>? packed = null;
        IQueryable<long[]>? counts = null;
        if (columns.Count == 2)
        {
            // Two counts in one plain SUM, the second shifted past the first: no GROUP BY, which SQLite runs through a
            // temporary b-tree (twice the work of the aggregate itself). Exact while each count fits in 31 bits, as
            // the UPDATE's own row count, an int, must too.
            packed = Expression.Lambda<Func<TRow, long>>(
                Expression.Add(
                    Expression.Condition(columns[0].Due, Expression.Constant(1L), Expression.Constant(0L)),
                    Expression.Condition(columns[1].Due, Expression.Constant(1L << 31), Expression.Constant(0L))),
                row);
        }
        else if (columns.Count > 2)
        {
            ParameterExpression group = Expression.Parameter(typeof(IGrouping<int, TRow>), "group");
            var perColumn = Expression.Lambda<Func<IGrouping<int, TRow>, long[]>>(
                Expression.NewArrayInit(typeof(long), columns.Select(column => Expression.Call(LongCountMethod.MakeGenericMethod(typeof(TRow)), group, Expression.Lambda<Func<TRow, bool>>(column.Due, row)))),
                group);
            counts = batch.GroupBy(_ => 1).Select(perColumn);
        }

        return new SweepErasure<TRow>(entity, row, markers, columns.Select(column => column.Property.Name).ToArray(), batch, written, packed, counts, Setters<TRow>(row, setters));
    }

    /// <summary>
    /// The erasure statements of one batch shape, built once per sweep: the marker columns' row-by-row updates, the
    /// count, and the one <c>UPDATE</c>; each batch runs them with its own key bounds.
    /// </summary>
    private sealed class SweepErasure<TRow>(IEntityType entity, ParameterExpression row, List<(string Member, IQueryable<TRow> Rows, ErasureColumn Column)> markers, string[] members, IQueryable<TRow> batch, IQueryable<TRow>? written, Expression<Func<TRow, long>>? packed, IQueryable<long[]>? counts, object setters)
        where TRow : class
    {
        /// <summary>Erases the batch's expired values, adding what it erased per member to <paramref name="sweep"/>'s counts.</summary>
        public async Task RunAsync(TypeSweep sweep, CancellationToken cancellationToken)
        {
            foreach ((string member, IQueryable<TRow> rows, ErasureColumn column) in markers)
            {
                sweep.Erased[member] = sweep.Erased.GetValueOrDefault(member) + await EraseColumnAsync(rows, entity, row, column, cancellationToken).ConfigureAwait(false);
            }

            if (written is null)
            {
                return;
            }

            if (members.Length == 1)
            {
                sweep.Erased[members[0]] = sweep.Erased.GetValueOrDefault(members[0]) + await UpdateAsync(written, setters, cancellationToken).ConfigureAwait(false);
                return;
            }

            long[]? due;
            if (packed is not null)
            {
                long sum = await batch.SumAsync(packed, cancellationToken).ConfigureAwait(false);
                due = [sum & int.MaxValue, sum >> 31];
            }
            else
            {
                due = await counts!.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            }

            if (due is null || due.All(count => count == 0))
            {
                return;
            }

            for (int i = 0; i < members.Length; i++)
            {
                sweep.Erased[members[i]] = sweep.Erased.GetValueOrDefault(members[i]) + due[i];
            }

            await UpdateAsync(written, setters, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// How a swept column reads when not erased yet, and its erased value: null where the column takes null (empty text
    /// counts as erased too), else empty text, else the type's default.
    /// </summary>
    private static (Expression NotErased, Expression Erased) SweptValue(Expression access, IProperty property)
    {
        Type type = property.ClrType;
        bool text = type == typeof(string);
        Expression NotNull() => Expression.NotEqual(access, Expression.Constant(null, type));
        Expression NotEmpty() => Expression.NotEqual(access, Expression.Constant(string.Empty, type));
        if (property.IsNullable)
        {
            return (text ? Expression.AndAlso(NotNull(), NotEmpty()) : NotNull(), Expression.Constant(null, type));
        }

        if (text)
        {
            return (Expression.AndAlso(NotNull(), NotEmpty()), Expression.Constant(string.Empty, type));
        }

        Expression empty = Expression.Constant(type.IsValueType ? Activator.CreateInstance(type) : null, type);
        return (Expression.NotEqual(access, empty), empty);
    }

    /// <summary>
    /// The setters of an <c>UPDATE</c> setting each column to its value, an expression over the row, built once: on EF
    /// Core 10 a delegate over the setters builder, on EF Core 8 the setters' expression tree.
    /// </summary>
    private static object Setters<T>(ParameterExpression row, List<(Type Type, Expression Column, Expression Value)> setters)
    {
#if NET10_0_OR_GREATER
        // EF Core 10 takes the setters as a delegate over a builder, each setter a pair of lambdas: one typed call per
        // setter, bound here once, so a batch's UPDATE calls them without reflection.
        Action<UpdateSettersBuilder<T>>[] calls = setters.Select(setter =>
        {
            Type lambda = typeof(Func<,>).MakeGenericType(typeof(T), setter.Type);
            return (Action<UpdateSettersBuilder<T>>)SetterMethod.MakeGenericMethod(typeof(T), setter.Type).Invoke(null, [Expression.Lambda(lambda, setter.Column, row), Expression.Lambda(lambda, setter.Value, row)])!;
        }).ToArray();
        return new Action<UpdateSettersBuilder<T>>(builder =>
        {
            foreach (Action<UpdateSettersBuilder<T>> call in calls)
            {
                call(builder);
            }
        });
#else
        // EF Core 8 takes the setters as an expression tree: setters => setters.SetProperty(row => col, row => value)...
        ParameterExpression calls = Expression.Parameter(typeof(SetPropertyCalls<T>), "setters");
        MethodInfo setProperty = typeof(SetPropertyCalls<T>).GetMethods()
            .Single(method => method.Name == nameof(SetPropertyCalls<T>.SetProperty) && method.GetParameters()[1].ParameterType.IsGenericType
                              && method.GetParameters()[1].ParameterType.GetGenericTypeDefinition() == typeof(Func<,>));
        Expression body = calls;
        foreach ((Type type, Expression column, Expression value) in setters)
        {
            Type lambda = typeof(Func<,>).MakeGenericType(typeof(T), type);
            body = Expression.Call(body, setProperty.MakeGenericMethod(type), Expression.Lambda(lambda, column, row), Expression.Lambda(lambda, value, row));
        }

        return Expression.Lambda<Func<SetPropertyCalls<T>, SetPropertyCalls<T>>>(body, calls);
#endif
    }

#if NET10_0_OR_GREATER
    /// <summary>One setter of an EF Core 10 <c>UPDATE</c>: the column, and its value as an expression over the row.</summary>
    private static Action<UpdateSettersBuilder<T>> Setter<T, TProperty>(Expression<Func<T, TProperty>> column, Expression<Func<T, TProperty>> value)
        => builder => builder.SetProperty(column, value);

    private static readonly MethodInfo SetterMethod = typeof(PrivacyPolicyDbContextExtensions).GetMethod(nameof(Setter), BindingFlags.NonPublic | BindingFlags.Static)!;

#endif
    /// <summary>One <c>UPDATE</c> of the rows with the setters <see cref="Setters"/> built.</summary>
    private static Task<int> UpdateAsync<T>(IQueryable<T> rows, object setters, CancellationToken cancellationToken)
#if NET10_0_OR_GREATER
        => rows.ExecuteUpdateAsync((Action<UpdateSettersBuilder<T>>)setters, cancellationToken);
#else
        => rows.ExecuteUpdateAsync((Expression<Func<SetPropertyCalls<T>, SetPropertyCalls<T>>>)setters, cancellationToken);
#endif
}
