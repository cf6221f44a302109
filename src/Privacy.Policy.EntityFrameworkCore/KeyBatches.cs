using System;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>
/// The primary-key batches of a sweep: a single <see cref="int"/> or <see cref="long"/> key, its range in the table,
/// and the predicate that selects one batch of it, so each batch is its own short transaction.
/// </summary>
internal static class KeyBatches
{
    public static IProperty KeyOf(IEntityType entity)
    {
        IKey? primary = entity.FindPrimaryKey();
        if (primary is not { Properties.Count: 1 } || primary.Properties[0].ClrType is not { } type || (type != typeof(int) && type != typeof(long)))
        {
            throw new InvalidOperationException($"{entity.DisplayName()} needs a single int or long primary key for batched sweeps.");
        }

        return primary.Properties[0];
    }

    public static async Task<(long Low, long High)> RangeAsync<T>(DbContext context, IProperty key, CancellationToken cancellationToken)
        where T : class
    {
        IQueryable<long> keys = context.Set<T>().Select(AsLong<T>(key));
        if (!await keys.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return (1, 0);
        }

        return (await keys.MinAsync(cancellationToken).ConfigureAwait(false), await keys.MaxAsync(cancellationToken).ConfigureAwait(false));
    }

    public static Expression<Func<T, bool>> Between<T>(IProperty key, long low, long high)
    {
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        Expression column = Expression.Convert(EfColumn.Of(row, key), typeof(long));
        return Expression.Lambda<Func<T, bool>>(
            Expression.AndAlso(Expression.GreaterThanOrEqual(column, Expression.Constant(low)), Expression.LessThanOrEqual(column, Expression.Constant(high))),
            row);
    }

    public static Expression<Func<T, long>> AsLong<T>(IProperty key)
    {
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, long>>(
            Expression.Convert(EfColumn.Of(row, key), typeof(long)),
            row);
    }
}
