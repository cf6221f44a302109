using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>
/// Issue 12's matrix for the EF Core erasure as an operation: each entity shape crossed with
/// <see cref="PrivacyPolicyDbContextExtensions.EraseSubjectAsync{T}"/>. Two subjects' rows are erased one after the
/// other beside a third subject's; per mapped column (every one, owned columns by path), each canary must be erased
/// in the database exactly where the in-memory <see cref="IPrivacyPolicy.Erase{T}(T)"/> erases it and kept exactly
/// where it keeps it, the third subject's row must not change, and the report must list exactly what was erased and
/// what a legal obligation holds. Run on SQLite and, when a server is given, PostgreSQL.
/// </summary>
public abstract partial class EntityShapeErasureMatrix : IAsyncLifetime
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    /// <summary>A month before <see cref="Now"/>: the IBAN's seven bookkeeping years run, the e-mail's year too.</summary>
    private static readonly Instant ContractEnded = Instant.FromUtc(2026, 10, 29, 11, 0);

    private const string Iban = "NL91ABNA0417164300";
    private const string Note = "EF-MATRIX-NOTE-3317";
    private const string Phone = "+31612345678";

    /// <summary>The subjects erased, one after the other, and the one whose row must not change.</summary>
    private static readonly (long Id, string Subject)[] Erased = [(1, "C-1"), (3, "C-3")];
    private static readonly (long Id, string Subject) Untouched = (2, "C-2");

    /// <summary>A canary e-mail per row: a unique index refuses two rows with one.</summary>
    private static string Email(long id) => $"matrix.ef{id}.canary@canary-mail.nl";

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>
    /// Deletes this cell's database. xunit 2 calls <see cref="IAsyncLifetime.DisposeAsync"/> after each test, but
    /// never <see cref="IAsyncDisposable.DisposeAsync"/>, so a cleanup there left every database behind.
    /// </summary>
    public abstract Task DisposeAsync();

    protected abstract DbContextOptionsBuilder<TContext> Options<TContext>()
        where TContext : DbContext;

    private MatrixContext Context() => new(Options<MatrixContext>().Options);

    private static IPrivacyPolicy Policy() => TestPolicies.At(Now);

    public static TheoryData<string> ShapeNames() => new(Shapes.Select(shape => shape.Name).Where(shape => !KnownDefects.Contains(shape)));

    /// <summary>The cell of one shape: seeds, erases two subjects, compares every column with the in-memory erasure.</summary>
    protected Task EachColumnIsErasedOrKeptAsTheInMemoryErasureDecidesAsync(string shape)
        => Shapes.Single(candidate => candidate.Name == shape).RunAsync(this);

    /// <summary>An owned collection cannot be erased set-based: refused before anything changes (README, erasure.md).</summary>
    protected async Task AnOwnedCollectionIsRefusedBeforeAnythingChangesAsync()
    {
        await using (MatrixContext context = Context())
        {
            await context.Database.EnsureCreatedAsync();
            context.Add(new MatrixOwnsManyRow { Id = 1, CustomerId = "C-1", Note = Note, Contacts = [new() { ContractEnded = ContractEnded, Email = Email(1), Iban = Iban, Note = Note }] });
            await context.SaveChangesAsync();
        }

        await using (MatrixContext context = Context())
        {
            await Assert.ThrowsAsync<NotSupportedException>(() => context.EraseSubjectAsync<MatrixOwnsManyRow>(Policy(), "C-1"));
        }

        await using (MatrixContext context = Context())
        {
            MatrixOwnsManyRow after = await context.Set<MatrixOwnsManyRow>().AsNoTracking().SingleAsync();
            Assert.Equal("C-1", after.CustomerId);
            MatrixContactPart part = Assert.Single(after.Contacts);
            Assert.Equal((Email(1), Iban, Note), (part.Email, part.Iban, part.Note));
        }
    }

    /// <summary>
    /// Erasing a table-per-hierarchy base erases each concrete type's rows by that type's own classification: the base
    /// row keeps the IBAN a bookkeeping obligation holds, the derived row (whose override only support uses) loses
    /// it and its own phone number, as the in-memory erasure of each row as its own type decides; a derived type
    /// without generated code is erased by its base's descriptor and loses every column of its own (nothing proved
    /// it safe); the report adds up and lists each concrete type.
    /// </summary>
    protected async Task AHierarchyIsErasedPerConcreteTypeByItsOwnClassificationAsync()
    {
        MatrixVirtualRow Base(long id, string subject) => new() { Id = id, CustomerId = subject, ContractEnded = ContractEnded, Iban = Iban };
        MatrixOverrideRow Derived(long id, string subject) => new() { Id = id, CustomerId = subject, ContractEnded = ContractEnded, Iban = Iban, Phone = Phone };
        MatrixUndescribedRow Undescribed(long id, string subject) => new() { Id = id, CustomerId = subject, ContractEnded = ContractEnded, Iban = Iban, Remark = Note };
        Assert.DoesNotContain(typeof(MatrixUndescribedRow).GetInterfaces(), face => face.IsGenericType && face.GetGenericArguments()[0] == typeof(MatrixUndescribedRow)); // no generated code of its own
        await using (MatrixContext context = Context())
        {
            await context.Database.EnsureCreatedAsync();
            context.AddRange(Base(1, "C-1"), Derived(2, "C-1"), Derived(3, "C-2"), Base(4, "C-2"), Undescribed(5, "C-1"), Undescribed(6, "C-2"));
            await context.SaveChangesAsync();
        }

        IPrivacyPolicy policy = Policy();
        SubjectErasureReport report;
        await using (MatrixContext context = Context())
        {
            report = await context.EraseSubjectAsync<MatrixVirtualRow>(policy, "C-1");
        }

        Dictionary<long, MatrixVirtualRow> after;
        await using (MatrixContext context = Context())
        {
            after = await context.Set<MatrixVirtualRow>().AsNoTracking().ToDictionaryAsync(row => row.Id);
        }

        ErasureResult<MatrixVirtualRow> baseMemory = policy.Erase(Base(1, "C-1"));
        ErasureResult<MatrixOverrideRow> derivedMemory = policy.Erase(Derived(2, "C-1"));
        Assert.Equal((Iban, true), (baseMemory.Value.Iban, IsErased(baseMemory.Value.CustomerId)));
        Assert.Equal((Iban, true), (after[1].Iban, IsErased(after[1].CustomerId)));
        Assert.True(IsErased(derivedMemory.Value.Iban) && IsErased(derivedMemory.Value.Phone) && IsErased(derivedMemory.Value.CustomerId));
        MatrixOverrideRow derived = Assert.IsType<MatrixOverrideRow>(after[2]);
        Assert.True(IsErased(derived.Iban) && IsErased(derived.Phone) && IsErased(derived.CustomerId), "the derived row keeps its IBAN, phone or subject id");
        Assert.Equal((Iban, Phone, "C-2"), (after[3].Iban, ((MatrixOverrideRow)after[3]).Phone, after[3].CustomerId));
        Assert.Equal((Iban, "C-2"), (after[4].Iban, after[4].CustomerId));
        MatrixUndescribedRow undescribed = Assert.IsType<MatrixUndescribedRow>(after[5]);
        Assert.Equal((Iban, true, true), (undescribed.Iban, IsErased(undescribed.CustomerId), IsErased(undescribed.Remark)));
        Assert.Equal((Iban, Note, "C-2"), (after[6].Iban, ((MatrixUndescribedRow)after[6]).Remark, after[6].CustomerId));

        Assert.Equal(typeof(MatrixVirtualRow).FullName, report.Type);
        Assert.Equal(new[] { typeof(MatrixVirtualRow).FullName, typeof(MatrixOverrideRow).FullName, typeof(MatrixUndescribedRow).FullName }.Order(StringComparer.Ordinal), report.ConcreteTypes.Select(type => type.Type).Order(StringComparer.Ordinal));
        SubjectErasureReport baseReport = report.ConcreteTypes.Single(type => type.Type == typeof(MatrixVirtualRow).FullName);
        SubjectErasureReport derivedReport = report.ConcreteTypes.Single(type => type.Type == typeof(MatrixOverrideRow).FullName);
        Assert.Equal(["Iban"], baseReport.HeldMembers);
        Assert.Equal(baseMemory.Retained.Select(member => member.Member), baseReport.HeldMembers);
        Assert.Empty(derivedReport.HeldMembers);
        Assert.Empty(derivedMemory.Retained);
        Assert.Equal(new Dictionary<string, long> { ["CustomerId"] = 1, ["Iban"] = 0 }, baseReport.MembersErased.Where(pair => pair.Value > 0 || pair.Key == "Iban").ToDictionary());
        Assert.Equal(new Dictionary<string, long> { ["CustomerId"] = 1, ["Iban"] = 1, ["Phone"] = 1 }, derivedReport.MembersErased.Where(pair => pair.Value > 0).ToDictionary());
        Assert.Equal(derivedMemory.Erased.Order(StringComparer.Ordinal), derivedReport.MembersErased.Where(pair => pair.Value > 0).Select(pair => pair.Key).Order(StringComparer.Ordinal));
        SubjectErasureReport undescribedReport = report.ConcreteTypes.Single(type => type.Type == typeof(MatrixUndescribedRow).FullName);
        Assert.Equal(["Iban"], undescribedReport.HeldMembers);
        Assert.Equal(new Dictionary<string, long> { ["CustomerId"] = 1, ["Remark"] = 1 }, undescribedReport.MembersErased.Where(pair => pair.Value > 0).ToDictionary());
        Assert.Equal(new Dictionary<string, long> { ["CustomerId"] = 3, ["Iban"] = 1, ["Phone"] = 1, ["Remark"] = 1 }, report.MembersErased.Where(pair => pair.Value > 0).ToDictionary());
        Assert.Equal(["Iban"], report.HeldMembers);
        Assert.All(report.ConcreteTypes, type => Assert.Empty(type.ConcreteTypes));
    }

    /// <summary>
    /// The concrete types of a hierarchy are erased in one transaction: when the derived type's statements fail, the
    /// base type's rows, erased before them, are as they were.
    /// </summary>
    protected async Task AHierarchyIsErasedAllOrNothingAsync()
    {
        await using (MatrixContext context = Context())
        {
            await context.Database.EnsureCreatedAsync();
            context.AddRange(
                new MatrixVirtualRow { Id = 1, CustomerId = "C-1", ContractEnded = ContractEnded, Iban = Iban },
                new MatrixOverrideRow { Id = 2, CustomerId = "C-1", ContractEnded = ContractEnded, Iban = Iban, Phone = Phone });
            await context.SaveChangesAsync();
        }

        await using (var context = new MatrixContext(Options<MatrixContext>().AddInterceptors(new FailingStatementInterceptor("Phone")).Options))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => context.EraseSubjectAsync<MatrixVirtualRow>(Policy(), "C-1"));
        }

        await using (MatrixContext context = Context())
        {
            List<MatrixVirtualRow> rows = await context.Set<MatrixVirtualRow>().AsNoTracking().OrderBy(row => row.Id).ToListAsync();
            Assert.Equal([("C-1", Iban), ("C-1", Iban)], rows.Select(row => (row.CustomerId, row.Iban)));
            Assert.Equal(Phone, Assert.IsType<MatrixOverrideRow>(rows[1]).Phone);
        }
    }

    /// <summary>A hierarchy in several tables (TPT, TPC) cannot be erased set-based: refused before anything changes.</summary>
    protected async Task AHierarchyInSeveralTablesIsRefusedBeforeAnythingChangesAsync(bool perConcreteType)
    {
        DbContext Open() => perConcreteType ? new MatrixTablePerConcreteTypeContext(Options<MatrixTablePerConcreteTypeContext>().Options) : new MatrixTablePerTypeContext(Options<MatrixTablePerTypeContext>().Options);
        await using (DbContext context = Open())
        {
            await context.Database.EnsureCreatedAsync();
            context.AddRange(
                new MatrixVirtualRow { Id = 1, CustomerId = "C-1", ContractEnded = ContractEnded, Iban = Iban },
                new MatrixOverrideRow { Id = 2, CustomerId = "C-1", ContractEnded = ContractEnded, Iban = Iban, Phone = Phone });
            await context.SaveChangesAsync();
        }

        await using (DbContext context = Open())
        {
            NotSupportedException refused = await Assert.ThrowsAsync<NotSupportedException>(() => context.EraseSubjectAsync<MatrixVirtualRow>(Policy(), "C-1"));
            Assert.Contains("several tables", refused.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("C-1", refused.Message, StringComparison.Ordinal);
            await Assert.ThrowsAsync<NotSupportedException>(() => context.EraseSubjectAsync<MatrixOverrideRow>(Policy(), "C-1"));
        }

        await using (DbContext context = Open())
        {
            List<MatrixVirtualRow> rows = await context.Set<MatrixVirtualRow>().AsNoTracking().OrderBy(row => row.Id).ToListAsync();
            Assert.Equal([("C-1", Iban), ("C-1", Iban)], rows.Select(row => (row.CustomerId, row.Iban)));
            Assert.Equal(Phone, Assert.IsType<MatrixOverrideRow>(rows[1]).Phone);
        }
    }

    private interface IEntityShape
    {
        string Name { get; }

        Task RunAsync(EntityShapeErasureMatrix suite);
    }

    /// <summary>
    /// An entity shape: rows of <typeparamref name="T"/> (or a type derived from it, <see cref="Mapped"/>), erased as
    /// <typeparamref name="T"/>; every mapped column by the path the reports use; the members a legal obligation holds.
    /// </summary>
    private sealed class Shape<T>(string name) : IEntityShape
        where T : class, IPersonalData<T>
    {
        public string Name => name;

        public required Func<long, string, T> Build { get; init; }

        public required Func<T, long> Id { get; init; }

        public required IReadOnlyList<(string Path, Func<T, object?> Read)> Columns { get; init; }

        public required IReadOnlyList<string> Held { get; init; }

        /// <summary>The entity type whose columns <see cref="Columns"/> must list, when not <typeparamref name="T"/>.</summary>
        public Type? Mapped { get; init; }

        /// <summary>
        /// The in-memory erasure the database must agree with, when not <see cref="IPrivacyPolicy.Erase{T}(T)"/> as
        /// <typeparamref name="T"/>: a row of a derived type in a table-per-hierarchy mapping is erased by its own type.
        /// </summary>
        public Func<IPrivacyPolicy, T, InMemoryErasure<T>>? EraseInMemory { get; init; }

        public async Task RunAsync(EntityShapeErasureMatrix suite)
        {
            await using (MatrixContext context = suite.Context())
            {
                await context.Database.EnsureCreatedAsync();
                foreach ((long id, string subject) in Erased.Append(Untouched))
                {
                    context.Add(Build(id, subject));
                }

                await context.SaveChangesAsync();
                Assert.Equal(MappedColumns(context.Model.FindEntityType(Mapped ?? typeof(T))!), Columns.Select(column => column.Path).Order(StringComparer.Ordinal));
            }

            IPrivacyPolicy policy = Policy();
            var reports = new List<SubjectErasureReport>();
            await using (MatrixContext context = suite.Context())
            {
                foreach ((long _, string subject) in Erased)
                {
                    reports.Add(await context.EraseSubjectAsync<T>(policy, subject));
                }
            }

            Dictionary<long, T> after;
            await using (MatrixContext context = suite.Context())
            {
                after = await context.Set<T>().AsNoTracking().ToDictionaryAsync(Id);
            }

            foreach (((long id, string subject), SubjectErasureReport report) in Erased.Zip(reports))
            {
                T original = Build(id, subject);
                InMemoryErasure<T> memory = EraseInMemory?.Invoke(policy, original) ?? InMemoryErasure<T>.Of(policy.Erase(original));
                foreach ((string path, Func<T, object?> read) in Columns)
                {
                    object? before = read(original);
                    object? inMemory = read(memory.Value);
                    object? stored = read(after[id]);
                    // The database agrees with the in-memory copy; the in-memory report agrees with the copy.
                    Assert.True(IsErased(inMemory) ? IsErased(stored) : Equals(inMemory, stored), $"{name}, row {id}: {path} is '{inMemory}' in the in-memory erasure but '{stored}' in the database");
                    Assert.True(memory.Erased.Contains(path) ? IsErased(inMemory) : Equals(before, inMemory), $"{name}: {path} is '{inMemory}' in the in-memory erasure, reported {(memory.Erased.Contains(path) ? "erased" : "not erased")}");
                }

                // The report counts the subject's one row for exactly the columns erased in memory, and none for any
                // other column (a held column is listed with no row erased); it names nothing that is no column.
                Assert.All(report.MembersErased.Keys, path => Assert.Contains(path, Columns.Select(column => column.Path)));
                foreach ((string path, Func<T, object?> _) in Columns)
                {
                    long expected = memory.Erased.Contains(path) ? 1 : 0;
                    Assert.True(report.MembersErased.GetValueOrDefault(path) == expected, $"{name}: the report counts {report.MembersErased.GetValueOrDefault(path)} erased rows for {path}, the in-memory erasure {expected}");
                }

                Assert.Equal(Held.Order(StringComparer.Ordinal), report.HeldMembers.Order(StringComparer.Ordinal));
                Assert.Equal(Held.Order(StringComparer.Ordinal), memory.Retained.Order(StringComparer.Ordinal));
                Assert.Empty(report.MembersKept);
                Assert.Equal(0, report.RowsDeleted);
                Assert.Equal(typeof(T).FullName, report.Type);
            }

            T untouched = Build(Untouched.Id, Untouched.Subject);
            foreach ((string path, Func<T, object?> read) in Columns)
            {
                Assert.True(Equals(read(untouched), read(after[Untouched.Id])), $"{name}: {path} of another subject's row changed");
            }
        }
    }

    /// <summary>An in-memory erasure's copy and the paths it reports erased and retained.</summary>
    private sealed record InMemoryErasure<T>(T Value, IReadOnlyList<string> Erased, IReadOnlyList<string> Retained)
    {
        public static InMemoryErasure<T> Of<TErased>(ErasureResult<TErased> result)
            where TErased : T
            => new(result.Value, result.Erased, result.Retained.Select(member => member.Member).ToList());
    }

    /// <summary>Every column EF Core maps for the entity, owned references' by path; shadow keys and discriminators aside.</summary>
    private static IEnumerable<string> MappedColumns(IEntityType entity)
        => entity.GetProperties().Where(property => !property.IsShadowProperty()).Select(property => property.Name)
            .Concat(entity.GetNavigations().Where(navigation => navigation.TargetEntityType.IsOwned())
                .SelectMany(navigation => MappedColumns(navigation.TargetEntityType).Select(path => $"{navigation.Name}.{path}")))
            .Order(StringComparer.Ordinal);

    /// <summary>Erased: null, empty text, the type's default, or a per-row marker in a unique required column.</summary>
    private static bool IsErased(object? value) => value switch
    {
        null => true,
        string text => text.Length == 0 || MarkerPattern().IsMatch(text),
        _ => value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType())),
    };

    [GeneratedRegex("^erased-[0-9a-f]{32}$")]
    private static partial Regex MarkerPattern();
}
