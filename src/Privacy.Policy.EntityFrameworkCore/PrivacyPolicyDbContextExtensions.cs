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
/// Enforces retention and erasure where the data lives, with set-based SQL (<c>ExecuteDelete</c> and
/// <c>ExecuteUpdate</c>) and no row loaded into memory: <see cref="SweepRetentionAsync{T}"/> computes the thresholds
/// once and runs in primary-key batches that are each their own transaction, so no lock is held long and a sweep cut
/// off half-way is finished by the next one; <see cref="EraseSubjectAsync{T}"/> erases one data subject's rows in one
/// transaction. The sweep is in <c>PrivacyPolicyDbContextExtensions.RetentionSweep.cs</c>, the erasure in
/// <c>PrivacyPolicyDbContextExtensions.SubjectErasure.cs</c>; this file holds what both plan with.
/// </summary>
public static partial class PrivacyPolicyDbContextExtensions
{
    /// <summary>
    /// Refuses, before anything changes, an entity type in a hierarchy mapped to more than one table (table per type,
    /// table per concrete type): a set-based statement there reaches one table, and a row's columns are in several.
    /// </summary>
    private static void RefuseSeveralTables(IEntityType entity, PersonalDataDescriptor descriptor)
    {
        IEntityType root = entity.GetRootType();
        if (!root.GetDerivedTypes().Any())
        {
            return;
        }

        string? table = root.GetTableName();
        string? schema = root.GetSchema();
        if (root.FindDiscriminatorProperty() is null
            || table is null
            || root.GetDerivedTypes().Any(type => type.GetTableName() != table || type.GetSchema() != schema))
        {
            throw new NotSupportedException($"{descriptor.TypeName} is part of an entity hierarchy mapped to several tables (table per type or per concrete type), which set-based erasure and retention sweeps cannot reach; map the hierarchy to one table (table per hierarchy, EF Core's default), or erase and sweep each concrete type's rows another way.");
        }
    }

    /// <summary>
    /// The descriptor a concrete type's rows are erased and swept by: its own, or, for a derived type the generator did
    /// not implement <see cref="IPersonalData{TSelf}"/> for, the nearest base type's, with <see cref="PlanUndescribed"/>
    /// (and <see cref="PlanSweep"/>) erasing the columns that descriptor does not list.
    /// </summary>
    private static (PersonalDataDescriptor Descriptor, Type Type) ConcreteDescriptor(IEntityType concrete, IEntityType erased, PersonalDataDescriptor erasedDescriptor)
    {
        for (IEntityType? type = concrete; type is not null && type != erased; type = type.BaseType)
        {
            if (DescriptorOf(type.ClrType) is { } own)
            {
                return (own, type.ClrType);
            }
        }

        return (erasedDescriptor, erased.ClrType);
    }

    private static Dictionary<string, long> Sum(IEnumerable<IReadOnlyDictionary<string, long>> counts)
    {
        var sum = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (IReadOnlyDictionary<string, long> count in counts)
        {
            foreach ((string path, long rows) in count)
            {
                sum[path] = sum.GetValueOrDefault(path) + rows;
            }
        }

        return sum;
    }

    private static Expression And(Expression? left, Expression right) => left is null ? right : Expression.AndAlso(left, right);

    internal static PersonalDataDescriptor? DescriptorOf(Type type)
        => type.GetInterfaces().Any(face => face.IsGenericType && face.GetGenericTypeDefinition() == typeof(IPersonalData<>) && face.GetGenericArguments()[0] == type)
            ? (PersonalDataDescriptor)DescriptorMethod.MakeGenericMethod(type).Invoke(null, null)!
            : null;

    private static PersonalDataDescriptor DescriptorFor<TValue>()
        where TValue : IPersonalData<TValue>
        => TValue.Descriptor;

    private static IReadOnlyList<RetentionThreshold> ThresholdsFor<TValue>(IPrivacyPolicy policy)
        where TValue : IPersonalData<TValue>
        => policy.GetRetentionThresholds<TValue>();

    private static readonly MethodInfo DescriptorMethod = typeof(PrivacyPolicyDbContextExtensions).GetMethod(nameof(DescriptorFor), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo ThresholdsMethod = typeof(PrivacyPolicyDbContextExtensions).GetMethod(nameof(ThresholdsFor), BindingFlags.NonPublic | BindingFlags.Static)!;
}
