using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>
/// The retention anchor's column in a sweep or an erasure: which column it is, a local threshold as a value of the
/// column's type, and the predicates that compare the column with it in SQL.
/// </summary>
internal static class AnchorColumn
{
    /// <summary>Rows whose anchor, reached by <paramref name="column"/>, is missing or at or before the threshold.</summary>
    public static Expression MissingOrAtOrBefore(Expression column, IProperty anchor, object threshold)
    {
        Expression atOrBefore = Expression.LessThanOrEqual(column, Expression.Convert(Expression.Constant(threshold), anchor.ClrType));
        return anchor.IsNullable
            ? Expression.OrElse(Expression.Equal(column, Expression.Constant(null, anchor.ClrType)), atOrBefore)
            : atOrBefore;
    }

    public static IProperty Of(IEntityType entity, PersonalDataDescriptor descriptor)
    {
        string name = descriptor.RetentionAnchorMember ?? throw new InvalidOperationException($"{descriptor.TypeName} has no [RetentionAnchor] to count retention from (PRIV011).");
        return entity.FindProperty(name) ?? throw new InvalidOperationException($"The retention anchor {descriptor.TypeName}.{name} is not mapped to a column.");
    }

    /// <summary>Whether no value of the anchor column's type (a <see cref="DateTime"/>'s year 1 onwards) is at or before the threshold.</summary>
    public static bool IsBeforeRange(LocalDateTime threshold, Type anchorType, DateTimeZone zone)
    {
        Type type = Nullable.GetUnderlyingType(anchorType) ?? anchorType;
        return (type == typeof(DateTime) || type == typeof(DateTimeOffset))
               && (threshold.Year < 0 // no offset reaches year 1 from here; and the calendar's first days may not resolve
                   || zone.ResolveLocal(threshold, NodaTime.TimeZones.Resolvers.CreateMappingResolver(NodaTime.TimeZones.Resolvers.ReturnEarlier, NodaTime.TimeZones.Resolvers.ReturnEndOfIntervalBefore)).ToInstant()
                  < Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)));
    }

    /// <summary>Converts a local threshold to the anchor column's type: the latest value whose local time is at or before it.</summary>
    public static object ToValue(LocalDateTime threshold, Type anchorType, DateTimeZone zone)
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

    public static Expression<Func<T, bool>> AtOrBefore<T>(IProperty anchor, object threshold)
    {
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        Expression column = EfColumn.Of(row, anchor);
        Expression value = Expression.Convert(Expression.Constant(threshold), anchor.ClrType);
        return Expression.Lambda<Func<T, bool>>(Expression.LessThanOrEqual(column, value), row);
    }

    /// <summary>
    /// Rows whose every column is at or before its threshold. A column that is not the anchor is a member's
    /// <c>RetentionFrom</c> column: NULL there (still in use) matches nothing, and a nullable anchor must hold a value
    /// too, as <c>EvaluateRetention</c> keeps a record without one whole.
    /// </summary>
    public static Expression<Func<T, bool>> AllAtOrBefore<T>(IReadOnlyList<(IProperty Column, object Threshold)> thresholds, IProperty anchor)
    {
        ParameterExpression row = Expression.Parameter(typeof(T), "row");
        Expression? all = null;
        bool anchorCompared = false;
        foreach ((IProperty column, object threshold) in thresholds)
        {
            Expression value = Expression.Convert(Expression.Constant(threshold), column.ClrType);
            Expression atOrBefore = Expression.LessThanOrEqual(EfColumn.Of(row, column), value);
            all = all is null ? atOrBefore : Expression.AndAlso(all, atOrBefore);
            anchorCompared |= column == anchor;
        }

        if (!anchorCompared && anchor.IsNullable)
        {
            all = Expression.AndAlso(all!, Expression.NotEqual(EfColumn.Of(row, anchor), Expression.Constant(null, anchor.ClrType)));
        }

        return Expression.Lambda<Func<T, bool>>(all!, row);
    }
}
