using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>
/// The rows a hold keeps, as a predicate over a row that EF Core translates into an <c>EXISTS</c> against the holds
/// table inside the sweep's or the erasure's own statement: a hold is active (not lifted, not past its end) at the
/// policy's instant, and names the row's data subject, or the row itself by its type (any type of its hierarchy) and
/// its key in <see cref="PrivacyHold.RecordKey"/>'s canonical text, built from the key columns in SQL. No row is loaded;
/// a hold placed while a statement runs is seen by the next statement.
/// </summary>
internal static class HeldRows
{
    private static readonly MethodInfo AnyMethod = typeof(Queryable).GetMethods()
        .Single(method => method.Name == nameof(Queryable.Any) && method.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(PrivacyHold));

    private static readonly MethodInfo ConcatMethod = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;

    private static readonly MethodInfo ReplaceMethod = typeof(string).GetMethod(nameof(string.Replace), [typeof(string), typeof(string)])!;

    private static readonly MethodInfo ToLowerMethod = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    /// <summary>As <see cref="Held"/>, as a predicate over a row of <paramref name="entity"/>'s own type.</summary>
    public static LambdaExpression? Lambda(DbContext context, IEntityType entity, string? subjectMember, Instant now)
    {
        ParameterExpression row = Expression.Parameter(entity.ClrType, "row");
        return Held(context, entity, subjectMember, now, row) is { } held
            ? Expression.Lambda(typeof(Func<,>).MakeGenericType(entity.ClrType, typeof(bool)), held, row)
            : null;
    }

    /// <summary>The rows no hold keeps: the predicate negated, so the statement reads <c>NOT EXISTS</c>.</summary>
    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> held) => Expression.Lambda<Func<T, bool>>(Not(held.Body), held.Parameters);

    /// <summary>
    /// <paramref name="held"/> negated as <c>NOT EXISTS (...) AND NOT EXISTS (...)</c> rather than
    /// <c>NOT (EXISTS (...) OR EXISTS (...))</c>: PostgreSQL plans the first as anti-joins, the second row by row.
    /// </summary>
    public static Expression Not(Expression held)
        => held is BinaryExpression { NodeType: ExpressionType.OrElse } either
            ? Expression.AndAlso(Not(either.Left), Not(either.Right))
            : Expression.Not(held);

    /// <summary>
    /// Whether <paramref name="row"/> (a row of <paramref name="entity"/>) is held at <paramref name="now"/>; <see langword="null"/>
    /// when the model has no holds table (<see cref="PrivacyHoldModelBuilderExtensions.AddPrivacyHolds"/>), so nothing can be held.
    /// </summary>
    /// <exception cref="NotSupportedException">The data subject column's type has no canonical text; nothing was changed.</exception>
    public static Expression? Held(DbContext context, IEntityType entity, string? subjectMember, Instant now, Expression row)
    {
        if (context.Model.FindEntityType(typeof(PrivacyHold)) is null)
        {
            return null;
        }

        ParameterExpression hold = Expression.Parameter(typeof(PrivacyHold), "hold");
        Expression until = Expression.Property(hold, nameof(PrivacyHold.Until));
        Expression active = Expression.AndAlso(
            Expression.Equal(Expression.Property(hold, nameof(PrivacyHold.LiftedAt)), Expression.Constant(null, typeof(Instant?))),
            Expression.OrElse(Expression.Equal(until, Expression.Constant(null, typeof(Instant?))), Expression.GreaterThan(until, Expression.Constant(now, typeof(Instant?)))));

        // One EXISTS per way a hold can name the row, each of which the holds table's indexes answer (an OR inside one
        // EXISTS would read every hold for every row). Null never names a row: a record's hold has no subject, and a row
        // may have none.
        IQueryable<PrivacyHold> holds = context.Set<PrivacyHold>();
        Expression Exists(Expression names) => Expression.Call(AnyMethod, holds.Expression, Expression.Quote(Expression.Lambda<Func<PrivacyHold, bool>>(Expression.AndAlso(names, active), hold)));
        Expression? held = null;
        if (subjectMember is not null && entity.FindProperty(subjectMember) is { } subject)
        {
            Expression text = Text(EfColumn.Of(row, subject), subject.ClrType)
                ?? throw new NotSupportedException($"The data subject {entity.DisplayName()}.{subject.Name} is a {subject.ClrType.Name}, which holds cannot name; use a string, an integer or a Guid.");
            Expression subjectId = Expression.Property(hold, nameof(PrivacyHold.SubjectId));
            held = Exists(Expression.AndAlso(Expression.NotEqual(subjectId, Expression.Constant(null, typeof(string))), Expression.Equal(subjectId, text)));
        }

        // The record's hold, by any type of its hierarchy (the row's key is the hierarchy's), and its key's canonical text.
        if (RecordKey(entity, row) is { } key)
        {
            Expression recordType = Expression.Property(hold, nameof(PrivacyHold.RecordType));
            Expression type = entity.GetRootType().GetDerivedTypesInclusive()
                .Select(Expression (candidate) => Expression.Equal(recordType, Expression.Constant(candidate.ClrType.FullName ?? candidate.ClrType.Name, typeof(string))))
                .Aggregate(Expression.OrElse);
            Expression recordKey = Expression.Property(hold, nameof(PrivacyHold.RecordKey));
            Expression record = Exists(Expression.AndAlso(Expression.AndAlso(Expression.NotEqual(recordKey, Expression.Constant(null, typeof(string))), Expression.Equal(recordKey, key)), type));
            held = held is null ? record : Expression.OrElse(held, record);
        }

        return held;
    }

    /// <summary>The row's primary key as canonical text, or <see langword="null"/> when it has none or a part no hold can name.</summary>
    private static Expression? RecordKey(IEntityType entity, Expression row)
    {
        if (entity.FindPrimaryKey() is not { } primary)
        {
            return null;
        }

        var parts = new List<Expression>();
        foreach (IProperty property in primary.Properties)
        {
            if (Text(EfColumn.Of(row, property), property.ClrType) is not { } text)
            {
                return null; // PrivacyHold.ForRecord refuses such a part: no hold can name the row
            }

            parts.Add(primary.Properties.Count > 1 && (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) == typeof(string)
                ? Expression.Call(Expression.Call(text, ReplaceMethod, Expression.Constant("\\"), Expression.Constant("\\\\")), ReplaceMethod, Expression.Constant("|"), Expression.Constant("\\|"))
                : text);
        }

        Expression key = parts[0];
        for (int i = 1; i < parts.Count; i++)
        {
            key = Expression.Call(ConcatMethod, Expression.Call(ConcatMethod, key, Expression.Constant("|")), parts[i]);
        }

        return key;
    }

    /// <summary>A column's value as the canonical text holds compare (<see cref="PrivacyHold.ForRecord{T}"/>), in SQL; <see langword="null"/> for another type.</summary>
    private static Expression? Text(Expression column, Type type)
    {
        Type bare = Nullable.GetUnderlyingType(type) ?? type;
        Expression value = bare == type ? column : Expression.Convert(column, bare);
        if (bare == typeof(string))
        {
            return column;
        }

        if (bare == typeof(int) || bare == typeof(long) || bare == typeof(short) || bare == typeof(byte))
        {
            return Expression.Call(value, bare.GetMethod(nameof(ToString), Type.EmptyTypes)!);
        }

        if (bare == typeof(Guid))
        {
            // SQLite stores a Guid as upper-case text, PostgreSQL's uuid prints lower case: both made lower case.
            return Expression.Call(Expression.Call(value, typeof(Guid).GetMethod(nameof(ToString), Type.EmptyTypes)!), ToLowerMethod);
        }

        return null;
    }
}
