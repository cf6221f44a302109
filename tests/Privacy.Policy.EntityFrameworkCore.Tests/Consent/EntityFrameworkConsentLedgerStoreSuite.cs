using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>
/// The consent ledger store suite on <see cref="EntityFrameworkConsentLedgerStore{TContext}"/>, and what only a database
/// store can get wrong: two writers that both passed the store's own check are told apart by the table's key.
/// </summary>
public abstract class EntityFrameworkConsentLedgerStoreSuite : ConsentLedgerStoreSuite
{
    public override async Task InitializeAsync()
    {
        await using var context = new ConsentContext(Options().Options);
        await context.Database.EnsureCreatedAsync();
    }

    protected abstract DbContextOptionsBuilder<ConsentContext> Options();

    protected override IConsentLedgerStore Store() => Store([]);

    /// <summary>
    /// Two stores append the same sequence, each held just before its insert until both have checked the latest entry:
    /// the key lets one in and the other gets <see cref="ConsentConcurrencyException"/>, not a provider's error.
    /// </summary>
    protected async Task TheKeyDecidesBetweenTwoInsertsThatBothPassedTheCheckAsync()
    {
        var clock = new FakeClock(Start);
        await Ledger(Store(), clock).GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v1");
        ConsentEntry withdrawn = await Ledger(Store(), clock).WithdrawAsync(Subject, Purpose.Marketing, ConsentChannel.Portal);

        // Two entries #3 built by two ledgers that both read #2, appended through stores held before their inserts.
        using var bothRead = new Barrier(2);
        using var bothInsert = new Barrier(2);
        ConsentLedger one = Ledger(new ReadTogetherConsentStore(Store([new InsertBarrierInterceptor(bothInsert)]), bothRead), clock);
        ConsentLedger two = Ledger(new ReadTogetherConsentStore(Store([new InsertBarrierInterceptor(bothInsert)]), bothRead), clock);
        Task<ConsentEntry> first = Task.Run(async () => await one.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v2"));
        Task<ConsentEntry> second = Task.Run(async () => await two.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Email, "v2"));
        Exception?[] outcomes = await Task.WhenAll(OutcomeAsync(first), OutcomeAsync(second));

        Assert.Single(outcomes, outcome => outcome is null);
        ConsentConcurrencyException lost = Assert.IsType<ConsentConcurrencyException>(Assert.Single(outcomes, outcome => outcome is not null));
        Assert.Equal((3L, 3L), (lost.Sequence, lost.LatestSequence));
        ConsentEntry winner = outcomes[0] is null ? await first : await second;
        Assert.Equal([Describe(withdrawn), Describe(winner)], (await Store().ListAsync(Subject, Purpose.Marketing)).Skip(1).Select(Describe));
    }

    /// <summary>A store over a context whose model lacks the table refuses, naming the call to add.</summary>
    protected static async Task AStoreOverAContextWithoutTheTableRefusesNamingTheCallAsync()
    {
        var store = new EntityFrameworkConsentLedgerStore<Requests.RequestsContext>(
            new Requests.RequestsContextFactory(() => new DbContextOptionsBuilder<Requests.RequestsContext>().UseSqlite("Data Source=:memory:").Options));
        InvalidOperationException refused = await Assert.ThrowsAsync<InvalidOperationException>(() => store.ListSubjectAsync(Subject).AsTask());
        Assert.Contains("AddConsentLedger()", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Subject, refused.Message, StringComparison.Ordinal);
    }

    private EntityFrameworkConsentLedgerStore<ConsentContext> Store(IInterceptor[] interceptors)
        => new(new ConsentContextFactory(() => Options().AddInterceptors(interceptors).Options));
}
