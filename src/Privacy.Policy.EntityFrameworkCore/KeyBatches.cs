using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>
/// The primary-key batches of a sweep, keyset style over the keys that exist: each batch ends at the
/// <c>batchSize</c>-th key after the previous batch's last (<c>WHERE key &gt; @last ORDER BY key</c>), so sparse keys
/// (snowflake ids), keys near <see cref="long.MaxValue"/>, text, <see cref="Guid"/> and composite keys all take
/// <c>ceil(rows / batchSize)</c> batches, each its own short transaction. Keys are compared and ordered by the database
/// alone (its collation, its uuid order), never in .NET, so a batch's bounds and its rows always agree. A composite key
/// is compared in the expanded form EF Core translates, <c>a &gt; @a OR (a = @a AND b &gt; @b)</c>, behind
/// <c>a &gt;= @a</c> so an index on the key's leading column bounds the scan.
/// </summary>
internal static class KeyBatches
{
    private static readonly MethodInfo OrderByMethod = QueryableMethod(nameof(Queryable.OrderBy));

    private static readonly MethodInfo ThenByMethod = QueryableMethod(nameof(Queryable.ThenBy));

    /// <summary>The primary key batches walk, every part of it a type the database orders.</summary>
    /// <exception cref="InvalidOperationException">The entity type has no primary key, or a part the sweep cannot order; nothing was changed.</exception>
    public static IKey KeyOf(IEntityType entity)
    {
        IKey primary = entity.FindPrimaryKey()
            ?? throw new InvalidOperationException($"{entity.DisplayName()} has no primary key: a sweep walks its rows in key order.");
        foreach (IProperty part in primary.Properties)
        {
            Type type = Nullable.GetUnderlyingType(part.ClrType) ?? part.ClrType;
            if (!HasOperators(type) && type.GetMethod(nameof(IComparable.CompareTo), [type]) is null)
            {
                throw new InvalidOperationException($"{entity.DisplayName()}.{part.Name} is a {type.Name}, which a sweep cannot order its batches by; use a key of numbers, text, Guids or dates.");
            }
        }

        return primary;
    }

    /// <summary>
    /// The key that ends the next batch: the <paramref name="batchSize"/>-th after <paramref name="after"/> (after none,
    /// the first); <see langword="null"/> when fewer keys are left, and the batch is the last.
    /// </summary>
    public static async Task<object?[]?> NextEndAsync<T>(DbContext context, IKey key, object?[]? after, int batchSize, CancellationToken cancellationToken)
        where T : class
    {
        IQueryable<T> rows = After<T>(context, key, after);
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        for (int i = 0; i < key.Properties.Count; i++)
        {
            IProperty part = key.Properties[i];
            LambdaExpression selector = Expression.Lambda(EfColumn.Of(row, part), row);
            rows = (IQueryable<T>)(i == 0 ? OrderByMethod : ThenByMethod).MakeGenericMethod(typeof(T), part.ClrType).Invoke(null, [rows, selector])!;
        }

        var values = Expression.Lambda<Func<T, object?[]>>(
            Expression.NewArrayInit(typeof(object), key.Properties.Select(part => Expression.Convert(EfColumn.Of(row, part), typeof(object)))),
            row);
        return await rows.Select(values).Skip(batchSize - 1).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether any row's key is after <paramref name="after"/> (after none: whether there is a row).</summary>
    public static Task<bool> AnyAfterAsync<T>(DbContext context, IKey key, object?[]? after, CancellationToken cancellationToken)
        where T : class
        => After<T>(context, key, after).AnyAsync(cancellationToken);

    /// <summary>
    /// The rows of one batch: key after <paramref name="after"/> (none: from the first) and at or before
    /// <paramref name="upTo"/> (none: to the last); <see langword="null"/> when neither bounds it.
    /// </summary>
    public static Expression<Func<T, bool>>? Within<T>(IKey key, object?[]? after, object?[]? upTo)
    {
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        Expression? within = after is null ? null : Beyond(row, key.Properties, after, ExpressionType.GreaterThan);
        if (upTo is not null)
        {
            Expression below = Beyond(row, key.Properties, upTo, ExpressionType.LessThan);
            within = within is null ? below : Expression.AndAlso(within, below);
        }

        return within is null ? null : Expression.Lambda<Func<T, bool>>(within, row);
    }

    private static IQueryable<T> After<T>(DbContext context, IKey key, object?[]? after)
        where T : class
        => Within<T>(key, after, upTo: null) is { } beyond ? context.Set<T>().Where(beyond) : context.Set<T>();

    /// <summary>
    /// Keys strictly beyond <paramref name="bound"/> in the direction of <paramref name="direction"/> (GreaterThan: after
    /// it; LessThan: before it, or equal to it, as a batch's last key is in the batch).
    /// </summary>
    private static Expression Beyond(ParameterExpression row, IReadOnlyList<IProperty> parts, object?[] bound, ExpressionType direction)
    {
        bool inclusive = direction == ExpressionType.LessThan;
        Expression Part(int i)
        {
            bool last = i == parts.Count - 1;
            ExpressionType compare = last && inclusive ? ExpressionType.LessThanOrEqual : direction;
            Expression strictly = Compare(row, parts[i], bound[i], compare);
            return last ? strictly : Expression.OrElse(strictly, Expression.AndAlso(Compare(row, parts[i], bound[i], ExpressionType.Equal), Part(i + 1)));
        }

        Expression beyond = Part(0);
        if (parts.Count > 1)
        {
            // Redundant, but a plain range on the leading column lets the database seek the key's index.
            beyond = Expression.AndAlso(Compare(row, parts[0], bound[0], inclusive ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual), beyond);
        }

        return beyond;
    }

    /// <summary>A key part compared with a value, as a query parameter: by its operators, or by <c>CompareTo</c> (text, Guid), which EF Core translates to the same SQL comparison.</summary>
    private static Expression Compare(ParameterExpression row, IProperty part, object? value, ExpressionType comparison)
    {
        Expression column = EfColumn.Of(row, part);
        Expression parameter = Parameter(value, part.ClrType);
        Type type = Nullable.GetUnderlyingType(part.ClrType) ?? part.ClrType;
        if (comparison == ExpressionType.Equal || HasOperators(type))
        {
            return Expression.MakeBinary(comparison, column, parameter);
        }

        MethodInfo compareTo = type.GetMethod(nameof(IComparable.CompareTo), [type])!;
        return Expression.MakeBinary(comparison, Expression.Call(column, compareTo, parameter), Expression.Constant(0));
    }

    private static bool HasOperators(Type type)
        => (type.IsPrimitive && type != typeof(bool) && type != typeof(IntPtr) && type != typeof(UIntPtr))
           || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan)
           || type == typeof(DateOnly) || type == typeof(TimeOnly);

    private static MethodInfo QueryableMethod(string name)
        => typeof(Queryable).GetMethods().Single(method => method.Name == name && method.GetParameters().Length == 2);

    /// <summary>A key value as a query parameter (a captured value, as the compiler writes it), so each batch's statements share one plan.</summary>
    private static Expression Parameter(object? value, Type type)
        => Expression.Field(Expression.Constant(Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)), nameof(Holder<object>.Value));

    private sealed class Holder<TValue>(TValue value)
    {
        public readonly TValue Value = value;
    }
}
