using System;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>
/// A column as the set-based statements read it, <c>EF.Property&lt;T&gt;(row, "Name")</c>: EF Core translates it
/// to the column, whether or not the entity exposes the member, so sweeps and erasures need no compiled accessors.
/// </summary>
internal static class EfColumn
{
    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;

    /// <summary>The column of <paramref name="property"/>, read from <paramref name="row"/>.</summary>
    public static Expression Of(Expression row, IProperty property) => Of(row, property.ClrType, property.Name);

    /// <summary>The member <paramref name="name"/> of type <paramref name="type"/> (a column, or an owned type's navigation), read from <paramref name="row"/>.</summary>
    public static Expression Of(Expression row, Type type, string name)
        => Expression.Call(PropertyMethod.MakeGenericMethod(type), row, Expression.Constant(name));
}
