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
/// One instance walks one sweep: its bounds are query parameters it moves from batch to batch, so each statement is
/// built once per sweep (per shape of bounds: the first batch has no lower bound, the last no upper) and every batch
/// runs the same statements with new values, no expression tree built and no reflection per batch.
/// </summary>
internal sealed class KeyBatches
{
    private static readonly MethodInfo OrderByMethod = QueryableMethod(nameof(Queryable.OrderBy));

    private static readonly MethodInfo ThenByMethod = QueryableMethod(nameof(Queryable.ThenBy));

    private readonly IHolder[] _after;

    private readonly IHolder[] _upTo;

    private readonly Dictionary<(Type Row, bool After), object> _next = [];

    private bool _started;

    private bool _last;

    /// <summary>Batches over <paramref name="key"/>'s values, from the first.</summary>
    public KeyBatches(IKey key)
    {
        Key = key;
        _after = key.Properties.Select(part => NewHolder(part.ClrType)).ToArray();
        _upTo = key.Properties.Select(part => NewHolder(part.ClrType)).ToArray();
    }

    /// <summary>The primary key the batches walk.</summary>
    public IKey Key { get; }

    /// <summary>The last key of the batch before this one; <see langword="null"/> in the first batch.</summary>
    public object?[]? After { get; private set; }

    /// <summary>The last key of this batch; <see langword="null"/> in the last batch, which takes every key left.</summary>
    public object?[]? UpTo { get; private set; }

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
    /// Finds the key that ends the next batch, the <paramref name="batchSize"/>-th after the current batch's last (in
    /// the first batch, the <paramref name="batchSize"/>-th), and moves the bounds to that batch. Returns
    /// <see langword="false"/> when no key is left; when fewer than a batch are, the batch takes them all and
    /// <see cref="UpTo"/> is <see langword="null"/>.
    /// </summary>
    public async Task<bool> MoveNextAsync<T>(DbContext context, int batchSize, CancellationToken cancellationToken)
        where T : class
    {
        if (_last)
        {
            return false; // the batch before took every key left
        }

        object?[]? after = _started ? UpTo : null;
        _started = true;
        Set(_after, after);
        After = after;
        object?[]? upTo = await Next<T>(context, batchSize, after is not null).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (upTo is null)
        {
            _last = true;
            if (!await Rows<T>(context, after is not null).AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        Set(_upTo, upTo);
        UpTo = upTo;
        return true;
    }

    /// <summary>
    /// The shape of the current batch, 0 to 3: whether it has a lower bound (1) and an upper bound (2). Batches of one
    /// shape run the same statements with other bound values.
    /// </summary>
    public int Shape => (After is null ? 0 : 1) | (UpTo is null ? 0 : 2);

    /// <summary>
    /// The rows of a batch of the current <see cref="Shape"/>: key after <see cref="After"/> (none: from the first) and
    /// at or before <see cref="UpTo"/> (none: to the last), the bounds as parameters, so every batch of the shape can
    /// run it; <see langword="null"/> when neither bounds it.
    /// </summary>
    public Expression<Func<T, bool>>? Within<T>() => Within<T>(After is not null, UpTo is not null);

    private Expression<Func<T, bool>>? Within<T>(bool after, bool upTo)
    {
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        Expression? within = after ? Beyond(row, Key.Properties, _after, ExpressionType.GreaterThan) : null;
        if (upTo)
        {
            Expression below = Beyond(row, Key.Properties, _upTo, ExpressionType.LessThan);
            within = within is null ? below : Expression.AndAlso(within, below);
        }

        return within is null ? null : Expression.Lambda<Func<T, bool>>(within, row);
    }

    /// <summary>The key of the <paramref name="batchSize"/>-th row after the lower bound, in key order, built once per shape.</summary>
    private IQueryable<object?[]> Next<T>(DbContext context, int batchSize, bool after)
        where T : class
    {
        if (_next.TryGetValue((typeof(T), after), out object? next))
        {
            return (IQueryable<object?[]>)next;
        }

        IQueryable<T> rows = Rows<T>(context, after);
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        for (int i = 0; i < Key.Properties.Count; i++)
        {
            IProperty part = Key.Properties[i];
            LambdaExpression selector = Expression.Lambda(EfColumn.Of(row, part), row);
            rows = (IQueryable<T>)(i == 0 ? OrderByMethod : ThenByMethod).MakeGenericMethod(typeof(T), part.ClrType).Invoke(null, [rows, selector])!;
        }

        var values = Expression.Lambda<Func<T, object?[]>>(
            Expression.NewArrayInit(typeof(object), Key.Properties.Select(part => Expression.Convert(EfColumn.Of(row, part), typeof(object)))),
            row);
        IQueryable<object?[]> query = rows.Select(values).Skip(batchSize - 1);
        _next[(typeof(T), after)] = query;
        return query;
    }

    private IQueryable<T> Rows<T>(DbContext context, bool after)
        where T : class
        => after ? context.Set<T>().Where(Within<T>(after: true, upTo: false)!) : context.Set<T>();

    /// <summary>
    /// Keys strictly beyond <paramref name="bound"/> in the direction of <paramref name="direction"/> (GreaterThan: after
    /// it; LessThan: before it, or equal to it, as a batch's last key is in the batch).
    /// </summary>
    private static Expression Beyond(ParameterExpression row, IReadOnlyList<IProperty> parts, IHolder[] bound, ExpressionType direction)
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

    /// <summary>A key part compared with a bound, a query parameter: by its operators, or by <c>CompareTo</c> (text, Guid), which EF Core translates to the same SQL comparison.</summary>
    private static Expression Compare(ParameterExpression row, IProperty part, IHolder bound, ExpressionType comparison)
    {
        Expression column = EfColumn.Of(row, part);
        Expression parameter = bound.Parameter;
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

    private static void Set(IHolder[] holders, object?[]? values)
    {
        if (values is null)
        {
            return; // no statement of this shape reads these bounds
        }

        for (int i = 0; i < holders.Length; i++)
        {
            holders[i].Set(values[i]);
        }
    }

    /// <summary>A bound of one key part, read by the statements as a query parameter (a captured value, as the compiler writes it), so each batch's statements share one plan.</summary>
    private static IHolder NewHolder(Type type) => (IHolder)Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type))!;

    private interface IHolder
    {
        /// <summary>The bound in a statement: the holder's field, which EF Core reads as a parameter each time the statement runs.</summary>
        Expression Parameter { get; }

        void Set(object? value);
    }

    private sealed class Holder<TValue> : IHolder
    {
        public TValue Value = default!;

        public Expression Parameter => Expression.Field(Expression.Constant(this), nameof(Value));

        public void Set(object? value) => Value = (TValue)value!;
    }
}
