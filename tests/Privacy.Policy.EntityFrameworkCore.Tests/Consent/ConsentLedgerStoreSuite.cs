using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>
/// An <see cref="IConsentLedgerStore"/>, the same suite on every store (in memory, SQLite, PostgreSQL): entries read back
/// as written and in the documented order, from another store over the same storage; an entry that does not directly
/// follow the latest is refused with <see cref="ConsentConcurrencyException"/>; of two writers of one sequence exactly
/// one is stored; erasure keeps what proves consent and the ledger goes on after it.
/// </summary>
public abstract class ConsentLedgerStoreSuite : IAsyncLifetime
{
    /// <summary>A company purpose (bit 16) declared on consent.</summary>
    protected const Purpose Newsletter = (Purpose)(1 << 16);

    protected const string Subject = "C-100234";

    protected static readonly Instant Start = Instant.FromUtc(2027, 3, 1, 9, 0);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public abstract Task DisposeAsync();

    /// <summary>A store over this test's storage; each call a new one, as another process would have.</summary>
    protected abstract IConsentLedgerStore Store();

    protected static ConsentLedger Ledger(IConsentLedgerStore store, IClock clock)
        => new(store, clock, [new PurposeDeclaration(Newsletter, "Newsletter", LegalBasis.Consent)]);

    /// <summary>Every member reads back as written; a purpose's entries oldest first, a subject's by purpose and then oldest first.</summary>
    protected async Task EntriesReadBackAsWrittenInOrderAsync()
    {
        var clock = new FakeClock(Start);
        ConsentLedger ledger = Ledger(Store(), clock);
        var written = new List<ConsentEntry>
        {
            await ledger.GiveAsync(Subject, Newsletter, ConsentChannel.Email, "newsletter-2027-01", Start - Duration.FromDays(3)),
            await ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "marketing-2027-03", Start - Duration.FromDays(2)),
            await ledger.WithdrawAsync(Subject, Purpose.Marketing, ConsentChannel.Paper, Start - Duration.FromDays(1)),
            await ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.InPerson, "marketing-2027-03"),
            await ledger.GiveAsync("C-200", Purpose.Marketing, ConsentChannel.Phone, "marketing-2027-03"),
        };

        IConsentLedgerStore other = Store();
        Assert.Equal(
            written.Where(entry => entry.SubjectId == Subject && entry.Purpose == Purpose.Marketing).Select(Describe),
            (await other.ListAsync(Subject, Purpose.Marketing)).Select(Describe));
        Assert.Equal([1L, 2L, 3L], (await other.ListAsync(Subject, Purpose.Marketing)).Select(entry => entry.Sequence));
        Assert.Equal(
            written.Where(entry => entry.SubjectId == Subject).OrderBy(entry => entry.Purpose).ThenBy(entry => entry.Sequence).Select(Describe),
            (await other.ListSubjectAsync(Subject)).Select(Describe));
        Assert.Equal(written[^1..].Select(Describe), (await other.ListSubjectAsync("C-200")).Select(Describe));
        Assert.Empty(await other.ListAsync(Subject, Purpose.Billing));
        Assert.Empty(await other.ListSubjectAsync("C-300"));

        ConsentLedger restarted = Ledger(other, clock);
        Assert.True(await restarted.HasConsentAsync(Subject, Purpose.Marketing, Start));
        Assert.False(await restarted.HasConsentAsync(Subject, Purpose.Marketing, Start - Duration.FromHours(12)));
        Assert.Equal(written[3].Id, (await restarted.RequireConsentAsync(Subject, Purpose.Marketing)).Id);
    }

    /// <summary>
    /// A writer that read before another appended, and one whose entry would leave a gap, are refused: nothing is
    /// written and the exception names both sequences.
    /// </summary>
    protected async Task AnEntryThatDoesNotFollowTheLatestIsRefusedAsync()
    {
        var clock = new FakeClock(Start);
        ConsentLedger ledger = Ledger(Store(), clock);
        ConsentEntry first = await ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v1");
        await ledger.WithdrawAsync(Subject, Purpose.Marketing, ConsentChannel.Portal);

        // Read before the withdrawal: appends as the second again.
        ConsentConcurrencyException stale = await Assert.ThrowsAsync<ConsentConcurrencyException>(
            () => Ledger(new MisreadConsentStore(Store(), [first]), clock).GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v2").AsTask());
        Assert.Equal((2L, 2L), (stale.Sequence, stale.LatestSequence));

        // Read another subject's two entries: would append a third where there is none.
        IReadOnlyList<ConsentEntry> others = await Store().ListAsync(Subject, Purpose.Marketing);
        ConsentConcurrencyException gap = await Assert.ThrowsAsync<ConsentConcurrencyException>(
            () => Ledger(new MisreadConsentStore(Store(), others), clock).GiveAsync("C-200", Purpose.Marketing, ConsentChannel.Portal, "v2").AsTask());
        Assert.Equal((3L, 0L), (gap.Sequence, gap.LatestSequence));
        Assert.DoesNotContain(Subject, gap.Message, StringComparison.Ordinal);

        Assert.Equal([ConsentEntryKind.Given, ConsentEntryKind.Withdrawn], (await Store().ListAsync(Subject, Purpose.Marketing)).Select(entry => entry.Kind));
        Assert.Empty(await Store().ListSubjectAsync("C-200"));
    }

    /// <summary>
    /// Two services, each with a store of its own, read the same latest entry and both append the next: exactly one is
    /// stored, the other gets <see cref="ConsentConcurrencyException"/>, and the ledger has no gap.
    /// </summary>
    protected async Task OfTwoConcurrentAppendsOfOneSequenceExactlyOneIsStoredAsync()
    {
        var clock = new FakeClock(Start);
        await Ledger(Store(), clock).GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v1");
        clock.AdvanceMinutes(5);

        using var bothRead = new Barrier(2);
        ConsentLedger one = Ledger(new ReadTogetherConsentStore(Store(), bothRead), clock);
        ConsentLedger two = Ledger(new ReadTogetherConsentStore(Store(), bothRead), clock);
        Task<ConsentEntry> withdraw = Task.Run(async () => await one.WithdrawAsync(Subject, Purpose.Marketing, ConsentChannel.Phone));
        Task<ConsentEntry> give = Task.Run(async () => await two.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v2"));
        Exception?[] outcomes = await Task.WhenAll(OutcomeAsync(withdraw), OutcomeAsync(give));

        Assert.Single(outcomes, outcome => outcome is null);
        ConsentConcurrencyException lost = Assert.IsType<ConsentConcurrencyException>(Assert.Single(outcomes, outcome => outcome is not null));
        Assert.Equal((2L, 2L), (lost.Sequence, lost.LatestSequence));
        ConsentEntry winner = outcomes[0] is null ? await withdraw : await give;
        IReadOnlyList<ConsentEntry> stored = await Store().ListAsync(Subject, Purpose.Marketing);
        Assert.Equal([1L, 2L], stored.Select(entry => entry.Sequence));
        Assert.Equal(Describe(winner), Describe(stored[1]));
    }

    /// <summary>
    /// Erasure keeps each consent given and the withdrawal that ended it, closes a consent in force, removes withdrawals
    /// that ended nothing, leaves other subjects alone; the subject's ledger goes on after it without a conflict.
    /// </summary>
    protected async Task ErasureKeepsTheEvidenceAndTheLedgerGoesOnAsync()
    {
        var clock = new FakeClock(Start);
        ConsentLedger ledger = Ledger(Store(), clock);
        await ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v1", Start - Duration.FromDays(5));
        await ledger.WithdrawAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, Start - Duration.FromDays(4));
        await ledger.WithdrawAsync(Subject, Purpose.Marketing, ConsentChannel.Email, Start - Duration.FromDays(3));
        await ledger.GiveAsync(Subject, Newsletter, ConsentChannel.Email, "n1", Start - Duration.FromDays(2));
        await ledger.GiveAsync("C-200", Purpose.Marketing, ConsentChannel.Portal, "v1");

        IReadOnlyList<ConsentEntry> kept = await Ledger(Store(), clock).EraseSubjectAsync(Subject);

        IReadOnlyList<ConsentEntry> stored = await Store().ListSubjectAsync(Subject);
        Assert.Equal(kept.Select(Describe), stored.Select(Describe));
        Assert.Equal(
            [(Purpose.Marketing, 1L, ConsentEntryKind.Given), (Purpose.Marketing, 2L, ConsentEntryKind.Withdrawn), (Newsletter, 1L, ConsentEntryKind.Given), (Newsletter, 2L, ConsentEntryKind.Withdrawn)],
            stored.Select(entry => (entry.Purpose, entry.Sequence, entry.Kind)));
        Assert.Equal(ConsentChannel.Erasure, stored[^1].Channel);
        Assert.Single(await Store().ListSubjectAsync("C-200"));

        // The repeated withdrawal (#3) is gone: the next entry is #3 again, in the ledger and in the store.
        clock.AdvanceDays(1);
        ConsentEntry again = await Ledger(Store(), clock).GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v2");
        Assert.Equal(3, again.Sequence);
        Assert.True(await Ledger(Store(), clock).HasConsentAsync(Subject, Purpose.Marketing, clock.GetCurrentInstant()));
    }

    protected static async Task<Exception?> OutcomeAsync(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    // Every member, the subject too: this is the test's own comparison, never shown outside it.
    protected static string Describe(ConsentEntry entry)
        => string.Join("|", entry.Id, entry.SubjectId, (int)entry.Purpose, entry.Sequence, entry.Kind, entry.At, entry.Channel, entry.TextVersion);
}
