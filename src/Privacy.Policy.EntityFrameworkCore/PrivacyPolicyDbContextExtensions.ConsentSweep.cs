using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Privacy.Policy.EntityFrameworkCore;

// The consent step of the sweep: what rests on consent alone goes when the row's [ConsentRecord] says no (GDPR art.
// 6(1)(a), 7(3), 17(1)(b)), decided in the same set-based statements, per batch, as EvaluateRetention decides it per
// record. A member that also rests on another basis keeps its period.
public static partial class PrivacyPolicyDbContextExtensions
{
    /// <summary>
    /// The consent step of one concrete type: each member processed only on consent with the condition, in SQL, under
    /// which its consent is withheld; and the condition under which nothing but the subject id and the anchor would be
    /// left, so the row goes. <see langword="null"/> when the type records no consent or nothing rests on it alone.
    /// </summary>
    [RequiresUnreferencedCode("Reads the [ConsentRecord] attributes of the entity type's members once per sweep.")]
    private static ConsentSweep? PlanConsentSweep(IEntityType concrete, PersonalDataDescriptor descriptor, Type described, List<(IProperty Property, IProperty Column, object Threshold)> thresholds)
    {
        // The descriptor names the members and their bases; the consent records are read from the type's attributes
        // once per sweep (planning, not the per-row path) and mapped to their columns.
        var records = new List<(IProperty Column, Purpose Purposes)>();
        for (Type? type = described; type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (MemberInfo member in type.GetMembers(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (member is (PropertyInfo or FieldInfo) && member.GetCustomAttribute<ConsentRecordAttribute>(inherit: true) is { } consent)
                {
                    IProperty column = concrete.FindProperty(member.Name)
                        ?? throw new InvalidOperationException($"{descriptor.TypeName}.{member.Name} records consent but is not mapped to a column: the sweep cannot tell whether consent was given.");
                    records.Add((column, consent.Purposes));
                }
            }
        }

        if (records.Count == 0)
        {
            return null;
        }

        ParameterExpression row = Expression.Parameter(concrete.ClrType, "row");
        var erasable = new List<(IProperty Property, LambdaExpression Withheld)>();
        Expression? all = null;
        bool everyMember = true;
        foreach (PersonalDataMember member in descriptor.Members)
        {
            bool holdsRecord = member.Name == descriptor.DataSubjectMember || member.Name == descriptor.RetentionAnchorMember
                               || descriptor.Members.Any(other => other.RetentionFrom == member.Name);
            Expression? withheld = WithheldFor(member, records, row);
            if (withheld is null || holdsRecord)
            {
                everyMember &= holdsRecord;
                continue;
            }

            IProperty property = concrete.FindProperty(member.Name)
                ?? throw new InvalidOperationException($"{descriptor.TypeName}.{member.Name} rests on consent but is not mapped to a column.");

            // Counted from the withdrawal, at most 30 days (art. 17(1)(b)), as EvaluateRetention decides: kept while its
            // period after the withdrawal runs; gone at once when the withdrawal's column is NULL (fail closed).
            if (CountsFromWithdrawal(member) && concrete.FindProperty(member.RetentionFrom!) is { } from)
            {
                Expression column = EfColumn.Of(row, from);
                Expression due = thresholds.FirstOrDefault(entry => entry.Property.Name == member.Name && entry.Column == from) is { Threshold: { } threshold }
                    ? AnchorColumn.MissingOrAtOrBefore(column, from, threshold)
                    : from.IsNullable ? Expression.Equal(column, Expression.Constant(null, from.ClrType)) : Expression.Constant(false);
                withheld = Expression.AndAlso(withheld, due);
            }
            erasable.Add((property, Lambda(row, withheld)));
            all = all is null ? withheld : Expression.AndAlso(all, withheld);
        }

        return erasable.Count == 0 ? null : new ConsentSweep(erasable, everyMember && all is not null ? Lambda(row, all) : null);

        static LambdaExpression Lambda(ParameterExpression row, Expression body)
            => Expression.Lambda(typeof(Func<,>).MakeGenericType(row.Type, typeof(bool)), body, row);
    }

    /// <summary>
    /// Whether a consent-only member is kept its own period after the withdrawal it counts from: a <c>RetentionFrom</c>
    /// counted from the instant itself, a declared period without years or months of at most 30 days (GDPR art.
    /// 17(1)(b): without undue delay). The rule of <c>EvaluateRetention</c>, written again here for the sweep.
    /// </summary>
    private static bool CountsFromWithdrawal(PersonalDataMember member)
        => member.RetentionFrom is not null
           && member.RetentionFromStart == RetentionStart.AtAnchor
           && member.RetentionPeriod is { Years: 0, Months: 0 } period
           && period.ToDuration() <= NodaTime.Duration.FromDays(30);

    /// <summary>
    /// When every purpose of <paramref name="member"/> rests on consent and is covered by a record: the condition that
    /// each purpose has a record saying no. <see langword="null"/> when another basis holds the member.
    /// </summary>
    private static Expression? WithheldFor(PersonalDataMember member, List<(IProperty Column, Purpose Purposes)> records, ParameterExpression row)
    {
        if (member.Declarations.Count == 0)
        {
            return null;
        }

        Expression? all = null;
        foreach (PurposeDeclaration declaration in member.Declarations)
        {
            Expression? any = null;
            foreach ((IProperty column, Purpose purposes) in records)
            {
                if ((purposes & declaration.Purpose) != 0 && SaysNo(row, column) is { } no)
                {
                    any = any is null ? no : Expression.OrElse(any, no);
                }
            }

            if (declaration.LegalBasis != LegalBasis.Consent || any is null)
            {
                return null;
            }

            all = all is null ? any : Expression.AndAlso(all, any);
        }

        return all;
    }

    /// <summary>The condition, in SQL, that a consent column says no: false, or null; <see langword="null"/> for a column that cannot (PRIV004).</summary>
    private static Expression? SaysNo(ParameterExpression row, IProperty column)
    {
        Expression value = EfColumn.Of(row, column);
        Type type = column.ClrType;
        if (type == typeof(bool))
        {
            return Expression.Equal(value, Expression.Constant(false));
        }

        // Spelled out: SQL's three-valued logic would let "<> true" pass over a null.
        Expression isNull = Expression.Equal(value, Expression.Constant(null, type));
        return type == typeof(bool?)
            ? Expression.OrElse(isNull, Expression.Equal(value, Expression.Constant(false, typeof(bool?))))
            : Nullable.GetUnderlyingType(type) is not null || !type.IsValueType ? isNull : null;
    }

    /// <summary>
    /// The consent step's statements over one batch shape of one concrete type's rows, built once per sweep: the rows
    /// with nothing left to keep, and one <c>UPDATE</c> erasing, as the retention step's, each member where its own
    /// consent is withheld.
    /// </summary>
    private static (IQueryable<TRow>? Delete, SweepErasure<TRow>? Erase) PlanConsentStatements<TRow>(DbContext context, IQueryable<TRow> batch, TypeSweep sweep)
        where TRow : class
        => sweep.Consent is not { } consent
            ? (null, null)
            : (consent.Delete is Expression<Func<TRow, bool>> delete ? batch.Where(delete) : null,
               PlanErasure(context, batch, consent.Erasable.Select(member => (member.Property, (Expression<Func<TRow, bool>>)member.Withheld))));

    /// <summary>The consent step of one concrete type: the members to erase, each with its condition, and the rows to delete.</summary>
    private sealed record ConsentSweep(List<(IProperty Property, LambdaExpression Withheld)> Erasable, LambdaExpression? Delete);
}
