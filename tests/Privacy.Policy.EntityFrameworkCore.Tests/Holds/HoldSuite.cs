using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Holds;

/// <summary>
/// Holds in the database, the same suite on every provider and for every key kind: a sweep and a subject erasure leave
/// the rows an active hold names as they are, inside their own statements, and count them; an expired or lifted hold,
/// or a hold on another type's row with the same key, holds nothing.
/// </summary>
public abstract class HoldSuite : IAsyncLifetime
{
    protected static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    private static readonly Instant Old = Now - Duration.FromDays(730);
    private static readonly Instant HalfYear = Now - Duration.FromDays(180);

    public static readonly HoldKind<HeldIntRow> IntKey = new(
        (i, s, at) => new HeldIntRow { Id = i, CustomerId = $"C-{s}", At = at, CalledNumber = Called(i), Imsi = Imsi(i) },
        i => i,
        s => $"C-{s}",
        row => row.Id,
        row => row.CalledNumber,
        row => row.Imsi);

    public static readonly HoldKind<HeldLongRow> LongKey = new(
        (i, s, at) => new HeldLongRow { Id = 5_000_000_000L + i, CustomerNumber = 700 + s, At = at, CalledNumber = Called(i), Imsi = Imsi(i) },
        i => 5_000_000_000L + i,
        s => (700 + s).ToString(CultureInfo.InvariantCulture),
        row => (int)(row.Id - 5_000_000_000L),
        row => row.CalledNumber,
        row => row.Imsi);

    public static readonly HoldKind<HeldGuidRow> GuidKey = new(
        (i, s, at) => new HeldGuidRow { Id = GuidOf(i), CustomerGuid = GuidOf(1000 + s), At = at, CalledNumber = Called(i), Imsi = Imsi(i) },
        i => GuidOf(i),
        s => GuidOf(1000 + s).ToString(),
        row => BitConverter.ToInt32(row.Id.ToByteArray(), 0),
        row => row.CalledNumber,
        row => row.Imsi);

    public static readonly HoldKind<HeldStringRow> StringKey = new(
        (i, s, at) => new HeldStringRow { Code = $"Code-{i}", CustomerId = $"C-{s}", At = at, CalledNumber = Called(i), Imsi = Imsi(i) },
        i => $"Code-{i}",
        s => $"C-{s}",
        row => int.Parse(row.Code["Code-".Length..], CultureInfo.InvariantCulture),
        row => row.CalledNumber,
        row => row.Imsi);

    public static readonly HoldKind<HeldCompositeRow> CompositeKey = new(
        (i, s, at) => new HeldCompositeRow { Region = $"R|{i}", Code = "Z\\1", CustomerId = $"C-{s}", At = at, CalledNumber = Called(i), Imsi = Imsi(i) },
        i => new object[] { $"R|{i}", "Z\\1" },
        s => $"C-{s}",
        row => int.Parse(row.Region[2..], CultureInfo.InvariantCulture),
        row => row.CalledNumber,
        row => row.Imsi);

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Deletes this test's database (xunit 2 calls this one after each test).</summary>
    public abstract Task DisposeAsync();

    protected abstract DbContextOptionsBuilder<HoldsContext> Options();

    /// <summary>
    /// A sweep deletes or erases every expired row but those an active hold names: rows 2 and 8 (their subject is
    /// held) and 3 (the row is held) stay whole; 5 (the subject's hold expired), 6 (the row's hold was lifted) and 7 (a
    /// hold on another type's row with the same key) go.
    /// </summary>
    protected async Task ASweepLeavesHeldRowsAsync<TRow>(HoldKind<TRow> kind)
        where TRow : class, IPersonalData<TRow>
    {
        await SeedAsync(kind);
        RetentionSweepReport report;
        await using (HoldsContext context = Context())
        {
            report = await context.SweepRetentionAsync<TRow>(Policy(), batchSize: 3);
        }

        Dictionary<int, TRow> after = await LoadAsync(kind);
        Assert.Equal([2, 3, 4, 8], after.Keys.Order());
        foreach (int held in new[] { 2, 3, 8 })
        {
            Assert.Equal(Called(held), kind.Called(after[held]));
            Assert.Equal(Imsi(held), kind.Imsi(after[held]));
        }

        Assert.Equal(Called(4), kind.Called(after[4]));
        Assert.True(string.IsNullOrEmpty(kind.Imsi(after[4])), "row 4's IMSI has expired and no hold names it");
        Assert.Equal(4, report.RowsDeleted);
        Assert.Equal(3, report.RowsHeld);
        Assert.Equal(1, report.MembersErased["Imsi"]);
    }

    /// <summary>
    /// Erasing a subject erases its rows but the one a hold names (row 3); erasing a held subject erases nothing and
    /// counts its rows; a subject whose hold has expired is erased.
    /// </summary>
    protected async Task AnErasureLeavesHeldRowsAsync<TRow>(HoldKind<TRow> kind)
        where TRow : class, IPersonalData<TRow>
    {
        await SeedAsync(kind);
        SubjectErasureReport one, two, three;
        await using (HoldsContext context = Context())
        {
            one = await context.EraseSubjectAsync<TRow>(Policy(), kind.Subject(1));
            two = await context.EraseSubjectAsync<TRow>(Policy(), kind.Subject(2));
            three = await context.EraseSubjectAsync<TRow>(Policy(), kind.Subject(3));
        }

        Dictionary<int, TRow> after = await LoadAsync(kind);
        foreach (int held in new[] { 2, 3, 8 })
        {
            Assert.Equal(Called(held), kind.Called(after[held]));
            Assert.Equal(Imsi(held), kind.Imsi(after[held]));
        }

        foreach (int erased in new[] { 1, 4, 5, 6, 7 })
        {
            Assert.True(string.IsNullOrEmpty(kind.Called(after[erased])), $"row {erased} is held by nothing and should be erased");
        }

        Assert.Equal(1, one.RowsHeld);
        Assert.Equal(4, one.MembersErased["CalledNumber"]);
        Assert.Equal(2, two.RowsHeld);
        Assert.All(two.MembersErased.Values, count => Assert.Equal(0, count));
        Assert.Equal(0, three.RowsHeld);
        Assert.Equal(1, three.MembersErased["CalledNumber"]);
    }

    /// <summary>
    /// In a hierarchy in one table, a record hold names the row whichever type of the hierarchy it names: a sweep and an
    /// erasure through the base leave a derived row held by its own type or by the base type alone.
    /// </summary>
    protected async Task AHoldOnAHierarchysRowNamesItByAnyOfItsTypesAsync()
    {
        await using (HoldsContext context = Context())
        {
            await context.Database.EnsureCreatedAsync();
            context.Add(new HeldBaseRow { Id = 1, CustomerId = "C-1", At = Old, CalledNumber = Called(1) });
            context.Add(new HeldDerivedRow { Id = 2, CustomerId = "C-1", At = Old, CalledNumber = Called(2), Email = "a@example.nl" });
            context.Add(new HeldDerivedRow { Id = 3, CustomerId = "C-1", At = Old, CalledNumber = Called(3), Email = "b@example.nl" });
            context.Add(new HeldDerivedRow { Id = 4, CustomerId = "C-1", At = Old, CalledNumber = Called(4), Email = "c@example.nl" });
            context.Add(new HeldBaseRow { Id = 5, CustomerId = "C-2", At = Old, CalledNumber = Called(5) });
            context.Add(new HeldDerivedRow { Id = 6, CustomerId = "C-2", At = Old, CalledNumber = Called(6), Email = "d@example.nl" });
            await context.SaveChangesAsync();
            await context.PlaceHoldAsync(Hold<HeldDerivedRow>(2L), new ListLogger());
            await context.PlaceHoldAsync(Hold<HeldBaseRow>(3L), new ListLogger());
            await context.PlaceHoldAsync(Hold<HeldBaseRow>(6L), new ListLogger());
        }

        RetentionSweepReport sweep;
        SubjectErasureReport erasure;
        await using (HoldsContext context = Context())
        {
            erasure = await context.EraseSubjectAsync<HeldBaseRow>(Policy(), "C-2");
            sweep = await context.SweepRetentionAsync<HeldBaseRow>(Policy());
        }

        await using (HoldsContext context = Context())
        {
            List<HeldBaseRow> rows = await context.Set<HeldBaseRow>().AsNoTracking().OrderBy(row => row.Id).ToListAsync();
            Assert.Equal([2L, 3L, 6L], rows.Select(row => row.Id));
            Assert.Equal(["a@example.nl", "b@example.nl", "d@example.nl"], rows.Cast<HeldDerivedRow>().Select(row => row.Email));
        }

        Assert.Equal(1, erasure.RowsHeld);
        Assert.Equal(1, erasure.ConcreteTypes.Single(type => type.Type.EndsWith("HeldDerivedRow", StringComparison.Ordinal)).RowsHeld);
        Assert.Equal(3, sweep.RowsHeld);
        Assert.Equal(3, sweep.RowsDeleted);
    }

    /// <summary>
    /// The hold check is part of every statement that deletes or erases (a NOT EXISTS against the holds table), not a
    /// query before it whose answer could be stale by the time the statement runs.
    /// </summary>
    protected async Task EveryWritingStatementChecksTheHoldsAsync()
    {
        await SeedAsync(IntKey);
        var commands = new List<string>();
        DbContextOptionsBuilder<HoldsContext> options = Options().LogTo(commands.Add, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
        await using (var context = new HoldsContext(options.Options))
        {
            await context.SweepRetentionAsync<HeldIntRow>(Policy(), batchSize: 100);
            await context.EraseSubjectAsync<HeldIntRow>(Policy(), IntKey.Subject(1));
        }

        List<string> writing = commands.Where(command => command.Contains("DELETE FROM", StringComparison.Ordinal) || command.Contains("UPDATE ", StringComparison.Ordinal)).ToList();
        Assert.True(writing.Count >= 3, $"{writing.Count} writing statements");
        Assert.All(writing, command =>
        {
            Assert.Contains("NOT (EXISTS", command.Replace("NOT EXISTS", "NOT (EXISTS", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("PrivacyHolds", command, StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// Composite keys whose parts would read alike unescaped, (<c>x|y</c>, <c>z</c>) and (<c>x</c>, <c>y|z</c>): a hold on
    /// the one holds only that one.
    /// </summary>
    protected async Task ACompositeKeyHoldNamesOneRowAsync()
    {
        await using (HoldsContext context = Context())
        {
            await context.Database.EnsureCreatedAsync();
            context.Add(new HeldCompositeRow { Region = "x|y", Code = "z", CustomerId = "C-1", At = Old, CalledNumber = Called(1) });
            context.Add(new HeldCompositeRow { Region = "x", Code = "y|z", CustomerId = "C-1", At = Old, CalledNumber = Called(2) });
            context.Add(new HeldCompositeRow { Region = "x\\", Code = "|z", CustomerId = "C-1", At = Old, CalledNumber = Called(3) });
            await context.SaveChangesAsync();
            await context.PlaceHoldAsync(Hold<HeldCompositeRow>(new object[] { "x|y", "z" }), new ListLogger());
        }

        await using (HoldsContext context = Context())
        {
            SubjectErasureReport report = await context.EraseSubjectAsync<HeldCompositeRow>(Policy(), "C-1");
            Assert.Equal(1, report.RowsHeld);
        }

        await using (HoldsContext context = Context())
        {
            List<HeldCompositeRow> rows = await context.Set<HeldCompositeRow>().AsNoTracking().ToListAsync();
            Assert.Equal(Called(1), rows.Single(row => row.Code == "z").CalledNumber);
            Assert.True(string.IsNullOrEmpty(rows.Single(row => row.Code == "y|z").CalledNumber));
            Assert.True(string.IsNullOrEmpty(rows.Single(row => row.Code == "|z").CalledNumber));
        }
    }

    /// <summary>
    /// Placing and lifting are logged by id, kind, type and law, never by subject, key, reason or who; lifting records
    /// when and by whom and keeps the hold; a second lift changes nothing; after the lift the row is erased.
    /// </summary>
    protected async Task PlacingAndLiftingAreAuditedAsync()
    {
        var logger = new ListLogger();
        PrivacyHold hold = PrivacyHold.ForSubject("C-424242", "Klant betwist factuur van Jan Jansen", "Telecommunicatiewet art. 11.5(3)", "medewerker.piet", Now - Duration.FromDays(1));
        await using (HoldsContext context = Context())
        {
            await context.Database.EnsureCreatedAsync();
            context.Add(IntKey.Make(1, 424242, Old));
            await context.SaveChangesAsync();
            await context.PlaceHoldAsync(hold, logger);
        }

        await using (HoldsContext context = Context())
        {
            Assert.Equal(1, (await context.EraseSubjectAsync<HeldIntRow>(Policy(), "C-424242")).RowsHeld);
            Assert.True(await context.LiftHoldAsync(hold.Id, "teamleider.kees", Now, logger));
            Assert.False(await context.LiftHoldAsync(hold.Id, "teamleider.kees", Now, logger));
            Assert.Equal(0, (await context.EraseSubjectAsync<HeldIntRow>(Policy(), "C-424242")).RowsHeld);
        }

        await using (HoldsContext context = Context())
        {
            PrivacyHold stored = await context.Set<PrivacyHold>().AsNoTracking().SingleAsync();
            Assert.Equal(Now, stored.LiftedAt);
            Assert.Equal("teamleider.kees", stored.LiftedBy);
            Assert.Equal("Telecommunicatiewet art. 11.5(3)", stored.LegalGround);
            Assert.True(string.IsNullOrEmpty((await context.Set<HeldIntRow>().AsNoTracking().SingleAsync()).CalledNumber));
        }

        Assert.Equal(2, logger.Messages.Count);
        Assert.All(logger.Messages, message =>
        {
            Assert.Contains(hold.Id.ToString(), message, StringComparison.Ordinal);
            foreach (string secret in new[] { "424242", "Jansen", "betwist", "piet", "kees" })
            {
                Assert.DoesNotContain(secret, message, StringComparison.OrdinalIgnoreCase);
            }
        });
        Assert.Contains("11.5(3)", logger.Messages[0], StringComparison.Ordinal);
    }

    protected static string Called(int index) => $"06{index:D8}";

    protected static string Imsi(int index) => $"2040812{index:D8}";

    private static Guid GuidOf(int value) => new(value, unchecked((short)0xABCD), unchecked((short)0xEF01), 0xAB, 0xCD, 0xEF, 0x01, 0x23, 0x45, 0x67, 0x89);

    private static PrivacyHold Hold<T>(object key, Instant? until = null)
        => PrivacyHold.ForRecord<T>(key, "Bill disputed", "Telecommunicatiewet art. 11.5(3)", "billing", Now - Duration.FromDays(10), until);

    /// <summary>The rows and holds every test of a kind starts from (see <see cref="ASweepLeavesHeldRowsAsync"/>).</summary>
    private async Task SeedAsync<TRow>(HoldKind<TRow> kind)
        where TRow : class, IPersonalData<TRow>
    {
        var logger = new ListLogger();
        await using HoldsContext context = Context();
        await context.Database.EnsureCreatedAsync();
        (int Subject, Instant At)[] rows = [(1, Old), (2, Old), (1, Old), (1, HalfYear), (3, Old), (1, Old), (1, Old), (2, HalfYear)];
        for (int i = 0; i < rows.Length; i++)
        {
            context.Add(kind.Make(i + 1, rows[i].Subject, rows[i].At));
        }

        await context.SaveChangesAsync();
        await context.PlaceHoldAsync(PrivacyHold.ForSubject(kind.Subject(2), "Legal claim", "AVG art. 17(3)(e)", "legal", Now - Duration.FromDays(10)), logger);
        await context.PlaceHoldAsync(Hold<TRow>(kind.Key(3), until: Now + Duration.FromDays(30)), logger);
        await context.PlaceHoldAsync(PrivacyHold.ForSubject(kind.Subject(3), "Legal claim", "AVG art. 17(3)(e)", "legal", Now - Duration.FromDays(10), Now - Duration.FromDays(1)), logger);
        PrivacyHold lifted = Hold<TRow>(kind.Key(6));
        await context.PlaceHoldAsync(lifted, logger);
        Assert.True(await context.LiftHoldAsync(lifted.Id, "billing", Now - Duration.FromDays(2), logger));
        await context.PlaceHoldAsync(Hold<CallRow>(kind.Key(7)), logger);
    }

    private async Task<Dictionary<int, TRow>> LoadAsync<TRow>(HoldKind<TRow> kind)
        where TRow : class, IPersonalData<TRow>
    {
        await using HoldsContext context = Context();
        return (await context.Set<TRow>().AsNoTracking().ToListAsync()).ToDictionary(kind.Index);
    }

    private HoldsContext Context() => new(Options().Options);

    private static IPrivacyPolicy Policy() => TestPolicies.At(Now);
}
