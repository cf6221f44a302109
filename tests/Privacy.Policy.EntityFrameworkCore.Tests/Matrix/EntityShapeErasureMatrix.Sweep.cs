using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>
/// The retention sweep (<see cref="PrivacyPolicyDbContextExtensions.SweepRetentionAsync{T}"/>) crossed with the
/// table-per-hierarchy shapes: every row is swept by its own concrete type's classification, as the in-memory
/// <see cref="IPrivacyPolicy.EvaluateRetention{T}(T)"/> of that row as its own type decides.
/// </summary>
public abstract partial class EntityShapeErasureMatrix
{
    /// <summary>Contract ends half a year, a year and a half, three, six and eight years before <see cref="Now"/>, and none.</summary>
    private static readonly Instant?[] SweepAnchors = [Now - Duration.FromDays(180), Now - Duration.FromDays(540), Now - Duration.FromDays(3 * 365), Now - Duration.FromDays(6 * 366), Now - Duration.FromDays(8 * 366), null];

    /// <summary>
    /// Sweeping a table-per-hierarchy base sweeps each concrete type's rows by that type's own classification, in the
    /// same batches: a derived override that keeps the IBAN seven years for bookkeeping (AWR art. 52, BW 2:10) keeps
    /// its IBAN where the base's one-year IBAN is erased, and its row where the base's rows go after five years; an override that shortens the
    /// IBAN to a year erases it where the base keeps it seven; a derived type's own members are erased when their
    /// period ends (GDPR art. 5(1)(e)); a derived type without generated code has its own columns erased as soon as
    /// anything in its row has expired. Every column of every row, and the report per concrete type, must agree with
    /// the in-memory decision; a second sweep changes nothing.
    /// </summary>
    protected async Task AHierarchyIsSweptPerConcreteTypeByItsOwnClassificationAsync()
    {
        var original = new List<MatrixVirtualRow>();
        var payments = new List<MatrixPaymentRow>();
        long id = 0;
        foreach (Instant? ended in SweepAnchors)
        {
            original.Add(new MatrixVirtualRow { Id = ++id, CustomerId = $"C-{id}", ContractEnded = ended, Iban = Iban });
            original.Add(new MatrixOverrideRow { Id = ++id, CustomerId = $"C-{id}", ContractEnded = ended, Iban = Iban, Phone = Phone });
            original.Add(new MatrixUndescribedRow { Id = ++id, CustomerId = $"C-{id}", ContractEnded = ended, Iban = Iban, Remark = Note });
            payments.Add(new MatrixPaymentRow { Id = ++id, CustomerId = $"C-{id}", ContractEnded = ended, Iban = Iban, Phone = Phone });
            payments.Add(new MatrixLedgerRow { Id = ++id, CustomerId = $"C-{id}", ContractEnded = ended, Iban = Iban, Phone = Phone, Email = Email(id) });
            payments.Add(new MatrixPaymentNoteRow { Id = ++id, CustomerId = $"C-{id}", ContractEnded = ended, Iban = Iban, Phone = Phone, Remark = Note });
        }

        await using (MatrixContext context = Context())
        {
            await context.Database.EnsureCreatedAsync();
            context.AddRange(original);
            context.AddRange(payments);
            await context.SaveChangesAsync();
        }

        IPrivacyPolicy policy = Policy();
        RetentionSweepReport virtualReport, paymentReport;
        await using (MatrixContext context = Context())
        {
            virtualReport = await context.SweepRetentionAsync<MatrixVirtualRow>(policy, batchSize: 4);
            paymentReport = await context.SweepRetentionAsync<MatrixPaymentRow>(policy, batchSize: 4);
        }

        Dictionary<long, object> after;
        await using (MatrixContext context = Context())
        {
            after = (await context.Set<MatrixVirtualRow>().AsNoTracking().ToListAsync()).Select(row => (row.Id, Row: (object)row))
                .Concat((await context.Set<MatrixPaymentRow>().AsNoTracking().ToListAsync()).Select(row => (row.Id, Row: (object)row)))
                .ToDictionary(pair => pair.Id, pair => pair.Row);
        }

        // The cases the old sweep (the base's descriptor for every row) got wrong, named, before the row-by-row check.
        long Of<TRow>(int anchor) => original.Cast<object>().Concat(payments).Where(row => row.GetType() == typeof(TRow)).Select(Id).ElementAt(anchor);
        Assert.Equal(Iban, Assert.IsType<MatrixLedgerRow>(after[Of<MatrixLedgerRow>(1)]).Iban); // 18 months: the bookkeeping IBAN stays
        Assert.True(IsErased(((MatrixLedgerRow)after[Of<MatrixLedgerRow>(2)]).Email), "the derived e-mail outlived its two years");
        Assert.True(after.ContainsKey(Of<MatrixLedgerRow>(3)), "the row of a bookkeeping IBAN was deleted after six years, by the base's periods");
        Assert.Equal(Iban, ((MatrixLedgerRow)after[Of<MatrixLedgerRow>(3)]).Iban);
        Assert.False(after.ContainsKey(Of<MatrixOverrideRow>(1)), "the row of a one-year IBAN was kept for the base's seven");
        Assert.True(IsErased(((MatrixPaymentNoteRow)after[Of<MatrixPaymentNoteRow>(1)]).Remark), "an unclassified derived column was kept after its row's IBAN expired");

        var expectedDeleted = new Dictionary<string, long>();
        var expectedErased = new Dictionary<string, Dictionary<string, long>>();
        foreach (object row in original.Cast<object>().Concat(payments))
        {
            string type = row.GetType().FullName!;
            Dictionary<string, long> erased = expectedErased.TryGetValue(type, out Dictionary<string, long>? known) ? known : expectedErased[type] = [];
            RetentionDecision decision = Decide(policy, row);
            if (decision.Action == RetentionAction.Delete)
            {
                Assert.False(after.ContainsKey(Id(row)), $"{type} row {Id(row)} should be deleted: every member of its own type has expired");
                expectedDeleted[type] = expectedDeleted.GetValueOrDefault(type) + 1;
                continue;
            }

            Assert.True(after.TryGetValue(Id(row), out object? swept), $"{type} row {Id(row)} was deleted, but its own type keeps {string.Join(", ", decision.ExpiredMembers)} expired and the rest not");
            Assert.IsType(row.GetType(), swept);
            foreach ((string column, object? before) in SweptColumns(row))
            {
                // A column nothing classified goes as soon as anything in its row has.
                bool expired = decision.ExpiredMembers.Contains(column) || (column == "Remark" && decision.ExpiredMembers.Count > 0);
                object? now = SweptColumns(swept!)[column];
                if (expired)
                {
                    Assert.True(IsErased(now), $"{type} row {Id(row)}: {column} expired but is '{now}'");
                    erased[column] = erased.GetValueOrDefault(column) + 1;
                }
                else
                {
                    Assert.True(Equals(before, now), $"{type} row {Id(row)}: {column} has not expired but is '{now}'");
                }
            }
        }

        foreach ((RetentionSweepReport report, Type root, Type[] types) in new[]
                 {
                     (virtualReport, typeof(MatrixVirtualRow), new[] { typeof(MatrixVirtualRow), typeof(MatrixOverrideRow), typeof(MatrixUndescribedRow) }),
                     (paymentReport, typeof(MatrixPaymentRow), new[] { typeof(MatrixPaymentRow), typeof(MatrixLedgerRow), typeof(MatrixPaymentNoteRow) }),
                 })
        {
            Assert.Equal(root.FullName, report.Type);
            Assert.Equal(5, report.Batches); // 18 rows a hierarchy, keys interleaved (1-3, 7-9, ... and 4-6, 10-12, ...), in keyset batches of 4 over the keys that exist: the types share the batches
            Assert.Equal(types.Select(type => type.FullName!).Order(StringComparer.Ordinal), report.ConcreteTypes.Select(type => type.Type).Order(StringComparer.Ordinal));
            foreach (RetentionSweepReport type in report.ConcreteTypes)
            {
                Assert.Empty(type.ConcreteTypes);
                Assert.Equal(report.Batches, type.Batches);
                Assert.True(expectedDeleted.GetValueOrDefault(type.Type) == type.RowsDeleted, $"{type.Type}: {type.RowsDeleted} rows reported deleted, {expectedDeleted.GetValueOrDefault(type.Type)} expected");
                Assert.Equal(expectedErased[type.Type].OrderBy(pair => pair.Key, StringComparer.Ordinal), type.MembersErased.Where(pair => pair.Value > 0).OrderBy(pair => pair.Key, StringComparer.Ordinal));
            }

            Assert.Equal(report.ConcreteTypes.Sum(type => type.RowsDeleted), report.RowsDeleted);
            Assert.Equal(
                report.ConcreteTypes.SelectMany(type => type.MembersErased).GroupBy(pair => pair.Key).Select(group => (group.Key, group.Sum(pair => pair.Value))).OrderBy(pair => pair.Key, StringComparer.Ordinal),
                report.MembersErased.Select(pair => (pair.Key, pair.Value)).OrderBy(pair => pair.Key, StringComparer.Ordinal));
        }

        Assert.True(virtualReport.RowsDeleted > 0 && paymentReport.RowsDeleted > 0, "the data should delete rows of both hierarchies");

        await using (MatrixContext context = Context())
        {
            foreach (RetentionSweepReport again in new[] { await context.SweepRetentionAsync<MatrixVirtualRow>(policy, batchSize: 4), await context.SweepRetentionAsync<MatrixPaymentRow>(policy, batchSize: 4) })
            {
                Assert.Equal(0, again.RowsDeleted);
                Assert.All(again.MembersErased.Values, count => Assert.Equal(0, count));
            }
        }
    }

    /// <summary>
    /// A batch of a hierarchy's sweep is one transaction over all its concrete types: when the derived type's
    /// statement fails, the base type's rows, swept before it in the batch, are as they were.
    /// </summary>
    protected async Task AHierarchySweepBatchIsAllOrNothingAsync()
    {
        await using (MatrixContext context = Context())
        {
            await context.Database.EnsureCreatedAsync();
            context.AddRange(
                new MatrixPaymentRow { Id = 1, CustomerId = "C-1", ContractEnded = SweepAnchors[1], Iban = Iban, Phone = Phone },
                new MatrixLedgerRow { Id = 2, CustomerId = "C-1", ContractEnded = SweepAnchors[2], Iban = Iban, Phone = Phone, Email = Email(2) });
            await context.SaveChangesAsync();
        }

        await using (var context = new MatrixContext(Options<MatrixContext>().AddInterceptors(new FailingStatementInterceptor("Email")).Options))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => context.SweepRetentionAsync<MatrixPaymentRow>(Policy()));
        }

        await using (MatrixContext context = Context())
        {
            List<MatrixPaymentRow> rows = await context.Set<MatrixPaymentRow>().AsNoTracking().OrderBy(row => row.Id).ToListAsync();
            Assert.Equal([Iban, Iban], rows.Select(row => row.Iban));
            Assert.Equal(Email(2), Assert.IsType<MatrixLedgerRow>(rows[1]).Email);
        }
    }

    /// <summary>A hierarchy in several tables (TPT, TPC) cannot be swept set-based: refused, through any of its types, before anything changes.</summary>
    protected async Task AHierarchyInSeveralTablesIsNotSweptAsync(bool perConcreteType)
    {
        DbContext Open() => perConcreteType ? new MatrixTablePerConcreteTypeContext(Options<MatrixTablePerConcreteTypeContext>().Options) : new MatrixTablePerTypeContext(Options<MatrixTablePerTypeContext>().Options);
        Instant? expired = SweepAnchors[4]; // eight years: every member of both types has expired
        await using (DbContext context = Open())
        {
            await context.Database.EnsureCreatedAsync();
            context.AddRange(
                new MatrixVirtualRow { Id = 1, CustomerId = "C-1", ContractEnded = expired, Iban = Iban },
                new MatrixOverrideRow { Id = 2, CustomerId = "C-1", ContractEnded = expired, Iban = Iban, Phone = Phone });
            await context.SaveChangesAsync();
        }

        await using (DbContext context = Open())
        {
            NotSupportedException refused = await Assert.ThrowsAsync<NotSupportedException>(() => context.SweepRetentionAsync<MatrixVirtualRow>(Policy()));
            Assert.Contains("several tables", refused.Message, StringComparison.Ordinal);
            await Assert.ThrowsAsync<NotSupportedException>(() => context.SweepRetentionAsync<MatrixOverrideRow>(Policy()));
        }

        await using (DbContext context = Open())
        {
            List<MatrixVirtualRow> rows = await context.Set<MatrixVirtualRow>().AsNoTracking().OrderBy(row => row.Id).ToListAsync();
            Assert.Equal([("C-1", Iban), ("C-1", Iban)], rows.Select(row => (row.CustomerId, row.Iban)));
            Assert.Equal(Phone, Assert.IsType<MatrixOverrideRow>(rows[1]).Phone);
        }
    }

    /// <summary>The in-memory decision for a row as its own concrete type (a type without generated code: its base's).</summary>
    private static RetentionDecision Decide(IPrivacyPolicy policy, object row) => row switch
    {
        MatrixOverrideRow value => policy.EvaluateRetention(value),
        MatrixUndescribedRow value => policy.EvaluateRetention<MatrixVirtualRow>(value),
        MatrixVirtualRow value => policy.EvaluateRetention(value),
        MatrixLedgerRow value => policy.EvaluateRetention(value),
        MatrixPaymentNoteRow value => policy.EvaluateRetention<MatrixPaymentRow>(value),
        MatrixPaymentRow value => policy.EvaluateRetention(value),
        _ => throw new ArgumentException("Not a swept shape.", nameof(row)),
    };

    private static long Id(object row) => row switch
    {
        MatrixVirtualRow value => value.Id,
        MatrixPaymentRow value => value.Id,
        _ => throw new ArgumentException("Not a swept shape.", nameof(row)),
    };

    /// <summary>Every mapped column of a swept row but its key, by name.</summary>
    private static Dictionary<string, object?> SweptColumns(object row) => row switch
    {
        MatrixOverrideRow value => new() { ["CustomerId"] = value.CustomerId, ["ContractEnded"] = value.ContractEnded, ["Iban"] = value.Iban, ["Phone"] = value.Phone },
        MatrixUndescribedRow value => new() { ["CustomerId"] = value.CustomerId, ["ContractEnded"] = value.ContractEnded, ["Iban"] = value.Iban, ["Remark"] = value.Remark },
        MatrixVirtualRow value => new() { ["CustomerId"] = value.CustomerId, ["ContractEnded"] = value.ContractEnded, ["Iban"] = value.Iban },
        MatrixLedgerRow value => new() { ["CustomerId"] = value.CustomerId, ["ContractEnded"] = value.ContractEnded, ["Iban"] = value.Iban, ["Phone"] = value.Phone, ["Email"] = value.Email },
        MatrixPaymentNoteRow value => new() { ["CustomerId"] = value.CustomerId, ["ContractEnded"] = value.ContractEnded, ["Iban"] = value.Iban, ["Phone"] = value.Phone, ["Remark"] = value.Remark },
        MatrixPaymentRow value => new() { ["CustomerId"] = value.CustomerId, ["ContractEnded"] = value.ContractEnded, ["Iban"] = value.Iban, ["Phone"] = value.Phone },
        _ => throw new ArgumentException("Not a swept shape.", nameof(row)),
    };
}
