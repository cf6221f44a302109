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
public abstract partial class EntityShapeErasureMatrix : IAsyncDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    /// <summary>A month before <see cref="Now"/>: the IBAN's seven bookkeeping years run, the e-mail's year too.</summary>
    private static readonly Instant ContractEnded = Instant.FromUtc(2026, 10, 29, 11, 0);

    private const string Iban = "NL91ABNA0417164300";
    private const string Note = "EF-MATRIX-NOTE-3317";

    /// <summary>The subjects erased, one after the other, and the one whose row must not change.</summary>
    private static readonly (long Id, string Subject)[] Erased = [(1, "C-1"), (3, "C-3")];
    private static readonly (long Id, string Subject) Untouched = (2, "C-2");

    /// <summary>A canary e-mail per row: a unique index refuses two rows with one.</summary>
    private static string Email(long id) => $"matrix.ef{id}.canary@canary-mail.nl";

    public abstract ValueTask DisposeAsync();

    protected abstract DbContextOptionsBuilder<MatrixContext> Options();

    private MatrixContext Context() => new(Options().Options);

    private static IPrivacyPolicy Policy()
        => new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Now))
            .AddPrivacyPolicy()
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();

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
                ErasureResult<T> memory = policy.Erase(original);
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
                Assert.Equal(Held.Order(StringComparer.Ordinal), memory.Retained.Select(member => member.Member).Order(StringComparer.Ordinal));
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
