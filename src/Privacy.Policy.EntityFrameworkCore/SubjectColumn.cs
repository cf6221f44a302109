using System;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>The data subject's column in an erasure: the predicate that finds a subject's rows by their id.</summary>
internal static class SubjectColumn
{
    /// <summary>Whether the subject column <paramref name="property"/>, reached from <paramref name="row"/>, holds <paramref name="value"/> read as the column's type.</summary>
    /// <exception cref="ArgumentException">The id cannot be read as the column's type; the message does not carry it.</exception>
    public static Expression Equal(ParameterExpression row, IProperty property, string value)
    {
        Type type = property.ClrType;
        Type bare = Nullable.GetUnderlyingType(type) ?? type;
        object typed = SubjectValue(value, bare)
            ?? throw new ArgumentException($"The subject id is not a valid {bare.Name}, the type of the data subject column {property.DeclaringType.DisplayName()}.{property.Name}.", "subjectId");
        Expression column = EfColumn.Of(row, type, property.Name);
        return Expression.Equal(column, Expression.Convert(Expression.Constant(typed), type));
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
}
