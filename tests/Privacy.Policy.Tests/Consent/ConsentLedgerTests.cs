using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Consent;

public sealed class ConsentLedgerTests
{
    private const string Subject = ConsentFixture.Subject;

    [Fact]
    public async Task Withdrawn_then_given_again_consents_again_and_a_repeated_withdrawal_keeps_the_first_instant()
    {
        var fixture = new ConsentFixture();
        ConsentLedger ledger = fixture.Ledger;
        Instant given = fixture.Clock.GetCurrentInstant();
        await ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "marketing-2027-01");
        fixture.Clock.AdvanceDays(10);
        Instant withdrawn = fixture.Clock.GetCurrentInstant();
        await ledger.WithdrawAsync(Subject, Purpose.Marketing, ConsentChannel.Email);
        Assert.Equal(withdrawn, await ledger.FindWithdrawalAsync(Subject, Purpose.Marketing));
        fixture.Clock.AdvanceDays(1);
        await ledger.WithdrawAsync(Subject, Purpose.Marketing, ConsentChannel.Phone);
        Assert.Equal(withdrawn, await ledger.FindWithdrawalAsync(Subject, Purpose.Marketing));

        fixture.Clock.AdvanceDays(5);
        Instant again = fixture.Clock.GetCurrentInstant();
        ConsentEntry renewed = await ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Paper, "marketing-2027-02");

        Assert.Null(await ledger.FindWithdrawalAsync(Subject, Purpose.Marketing));
        Assert.True(await ledger.HasConsentAsync(Subject, Purpose.Marketing, given));
        Assert.False(await ledger.HasConsentAsync(Subject, Purpose.Marketing, withdrawn));
        Assert.False(await ledger.HasConsentAsync(Subject, Purpose.Marketing, again - Duration.Epsilon));
        Assert.True(await ledger.HasConsentAsync(Subject, Purpose.Marketing, again));
        Assert.False(await ledger.HasConsentAsync(Subject, Purpose.Marketing, given - Duration.Epsilon));
        Assert.Equal(renewed.Id, (await ledger.RequireConsentAsync(Subject, Purpose.Marketing)).Id);
        Assert.Equal([1L, 2, 3, 4], (await ledger.HistoryAsync(Subject, Purpose.Marketing)).Select(entry => entry.Sequence));
    }

    [Fact]
    public async Task A_guid_subject_is_one_subject_in_every_form_it_is_written_in()
    {
        var fixture = new ConsentFixture();
        ConsentLedger ledger = fixture.Ledger;
        var subject = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        await ledger.GiveAsync(subject.ToString("B").ToUpperInvariant(), Purpose.Marketing, ConsentChannel.Portal, "marketing-2027-01");
        fixture.Clock.AdvanceDays(1);

        // Generated code writes a [DataSubject] Guid in lower case with hyphens; a clerk may have typed braces and capitals.
        Assert.True(await ledger.HasConsentAsync(subject.ToString(), Purpose.Marketing, fixture.Clock.GetCurrentInstant()));
        await ledger.WithdrawAsync(subject.ToString("N"), Purpose.Marketing, ConsentChannel.Email);
        Assert.False(await ledger.HasConsentAsync(subject.ToString(), Purpose.Marketing, fixture.Clock.GetCurrentInstant()));
        Assert.Equal([1L, 2], (await ledger.HistoryAsync(subject.ToString().ToUpperInvariant(), Purpose.Marketing)).Select(entry => entry.Sequence));
        Assert.All(await ledger.HistoryAsync(subject.ToString(), Purpose.Marketing), entry => Assert.Equal(subject.ToString(), entry.SubjectId));
    }

    [Theory]
    [InlineData(Purpose.Billing)]
    [InlineData(Purpose.Bookkeeping)]
    [InlineData(Purpose.Security)]
    [InlineData(ConsentFixture.NetworkPlanning)]
    public async Task A_purpose_whose_declared_basis_is_not_consent_is_refused_naming_it(Purpose purpose)
    {
        var fixture = new ConsentFixture();
        ArgumentException refused = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Ledger.GiveAsync(Subject, purpose, ConsentChannel.Portal, "v1").AsTask());
        Assert.Contains(purpose == ConsentFixture.NetworkPlanning ? "NetworkPlanning" : purpose.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.Contains("art. 6(1)(a)", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Subject, refused.ToString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Ledger.HasConsentAsync(Subject, purpose, ConsentFixture.Start).AsTask());
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Ledger.RequireConsentAsync(Subject, purpose).AsTask());
    }

    [Theory]
    [InlineData(0)]
    [InlineData((int)(Purpose.Marketing | Purpose.Billing))]
    [InlineData(1 << 12)]      // a bit between the built-in and the company purposes
    [InlineData(1 << 17)]      // a company bit nobody declared
    [InlineData(int.MinValue)] // bit 31
    public async Task Not_exactly_one_declared_purpose_is_refused(int value)
    {
        var fixture = new ConsentFixture();
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Ledger.GiveAsync(Subject, (Purpose)value, ConsentChannel.Portal, "v1").AsTask());
    }

    [Theory]
    [InlineData(1 << 9)]
    [InlineData(1 << 15)]
    public async Task A_bit_outside_the_built_in_and_company_purposes_is_refused_even_when_declared_on_consent(int value)
    {
        var fixture = new ConsentFixture();
        var ledger = new ConsentLedger(fixture.Store, fixture.Clock, [new PurposeDeclaration((Purpose)value, "Stray", LegalBasis.Consent)]);
        ArgumentException refused = await Assert.ThrowsAsync<ArgumentException>(() => ledger.GiveAsync(Subject, (Purpose)value, ConsentChannel.Portal, "v1").AsTask());
        Assert.Contains("exactly one purpose flag", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_company_purpose_declared_on_consent_is_recorded_and_a_built_in_redeclared_on_another_basis_is_not()
    {
        var fixture = new ConsentFixture();
        ConsentEntry entry = await fixture.Ledger.GiveAsync(Subject, ConsentFixture.Newsletter, ConsentChannel.Email, "newsletter-1");
        Assert.Equal(ConsentFixture.Newsletter, entry.Purpose);

        var redeclared = new ConsentLedger(fixture.Store, fixture.Clock, [new PurposeDeclaration(Purpose.Marketing, "Marketing", LegalBasis.LegitimateInterest)]);
        await Assert.ThrowsAsync<ArgumentException>(() => redeclared.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v1").AsTask());
    }

    [Fact]
    public async Task Giving_needs_the_text_version_and_a_subjects_channel_and_nothing_is_recorded_for_the_future()
    {
        var fixture = new ConsentFixture();
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, " ").AsTask());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => fixture.Ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Erasure, "v1").AsTask());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => fixture.Ledger.WithdrawAsync(Subject, Purpose.Marketing, (ConsentChannel)42).AsTask());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => fixture.Ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v1", ConsentFixture.Start + Duration.FromSeconds(1)).AsTask());
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Ledger.GiveAsync(" ", Purpose.Marketing, ConsentChannel.Portal, "v1").AsTask());
        Assert.Empty(await fixture.Ledger.HistoryAsync(Subject, Purpose.Marketing));
    }

    [Fact]
    public async Task Processing_without_consent_is_refused_naming_the_purpose_never_the_subject()
    {
        var fixture = new ConsentFixture();
        ConsentRequiredException never = await Assert.ThrowsAsync<ConsentRequiredException>(() => fixture.Ledger.RequireConsentAsync(Subject, Purpose.Marketing).AsTask());
        Assert.Null(never.WithdrawnAt);
        Assert.Equal(Purpose.Marketing, never.Purpose);

        await fixture.Ledger.GiveAsync(Subject, ConsentFixture.Newsletter, ConsentChannel.Portal, "newsletter-1");
        fixture.Clock.AdvanceHours(1);
        Instant withdrawn = fixture.Clock.GetCurrentInstant();
        ConsentEntry withdrawal = await fixture.Ledger.WithdrawAsync(Subject, ConsentFixture.Newsletter, ConsentChannel.Portal);
        fixture.Clock.AdvanceHours(1);
        ConsentRequiredException after = await Assert.ThrowsAsync<ConsentRequiredException>(() => fixture.Ledger.RequireConsentAsync(Subject, ConsentFixture.Newsletter).AsTask());

        Assert.Equal(withdrawn, after.WithdrawnAt);
        Assert.Contains("Newsletter", after.Message, StringComparison.Ordinal);
        Assert.Contains("art. 7(3)", after.Message, StringComparison.Ordinal);
        Assert.Contains("Marketing", never.Message, StringComparison.Ordinal);
        Assert.Contains("art. 6(1)(a)", never.Message, StringComparison.Ordinal);
        foreach (string text in new[] { never.ToString(), after.ToString(), withdrawal.ToString(), new ConsentConcurrencyException(Purpose.Marketing, 3, 4).ToString() })
        {
            Assert.DoesNotContain(Subject, text, StringComparison.Ordinal);
        }

        Assert.Contains("Withdrawn", withdrawal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_store_refuses_an_entry_that_does_not_follow_the_latest()
    {
        var fixture = new ConsentFixture();
        ConsentEntry first = await fixture.Ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v1");
        await fixture.Ledger.WithdrawAsync(Subject, Purpose.Marketing, ConsentChannel.Portal);

        // A writer that read before the withdrawal appends its entry as the second again.
        var stale = new StaleReadStore(fixture.Store, [first]);
        var ledger = new ConsentLedger(stale, fixture.Clock);
        ConsentConcurrencyException conflict = await Assert.ThrowsAsync<ConsentConcurrencyException>(() => ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v2").AsTask());

        Assert.Equal(2, conflict.Sequence);
        Assert.Equal(2, conflict.LatestSequence);
        Assert.False(await fixture.Ledger.HasConsentAsync(Subject, Purpose.Marketing, fixture.Clock.GetCurrentInstant()));
    }

    [Fact]
    public async Task Concurrent_writers_leave_a_gapless_ledger()
    {
        const int Writers = 8;
        var fixture = new ConsentFixture();
        using var barrier = new Barrier(Writers);
        var ledger = new ConsentLedger(new ReadTogetherStore(fixture.Store, barrier), fixture.Clock);
        Task<bool>[] writers = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            try
            {
                await ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, $"v{i}");
                return true;
            }
            catch (ConsentConcurrencyException)
            {
                return false;
            }
        })).ToArray();
        bool[] results = await Task.WhenAll(writers);

        // Every writer read the empty ledger before any appended: one entry is stored, the others refused.
        IReadOnlyList<ConsentEntry> entries = await fixture.Ledger.HistoryAsync(Subject, Purpose.Marketing);
        Assert.Equal(1, results.Count(stored => stored));
        Assert.Equal(results.Count(stored => stored), entries.Count);
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(entry => entry.Sequence));
    }

    [Fact]
    public async Task Erasing_other_subjects_or_purposes_leaves_them_alone()
    {
        var fixture = new ConsentFixture();
        await fixture.Ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v1");
        await fixture.Ledger.WithdrawAsync("someone-else", Purpose.Marketing, ConsentChannel.Portal);
        await fixture.Ledger.GiveAsync("someone-else", ConsentFixture.Newsletter, ConsentChannel.Portal, "n1");
        fixture.Clock.AdvanceDays(1);

        IReadOnlyList<ConsentEntry> kept = await fixture.Ledger.EraseSubjectAsync(Subject);

        Assert.Equal([ConsentEntryKind.Given, ConsentEntryKind.Withdrawn], kept.Select(entry => entry.Kind));
        Assert.Equal(fixture.Clock.GetCurrentInstant(), await fixture.Ledger.FindWithdrawalAsync(Subject, Purpose.Marketing));
        Assert.Single(await fixture.Ledger.HistoryAsync("someone-else", Purpose.Marketing));
        Assert.True(await fixture.Ledger.HasConsentAsync("someone-else", ConsentFixture.Newsletter, fixture.Clock.GetCurrentInstant()));
    }

    [Fact]
    public async Task AddPrivacyPolicy_registers_the_ledger_with_the_store_registered_and_fails_naming_the_store_without_one()
    {
        var clock = new FakeClock(ConsentFixture.Start);
        var mine = new InMemoryConsentLedgerStore();
        ServiceProvider provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSingleton<IConsentLedgerStore>(mine)
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = TestRedactors.KeyId;
                options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
            })
            .BuildServiceProvider();

        ConsentLedger ledger = provider.GetRequiredService<ConsentLedger>();
        ConsentEntry entry = await ledger.GiveAsync(Subject, Purpose.Marketing, ConsentChannel.Portal, "v1");

        Assert.Same(ledger, provider.GetRequiredService<ConsentLedger>());
        Assert.Equal(ConsentFixture.Start, entry.At); // the container's clock
        Assert.Single(await mine.ListAsync(Subject, Purpose.Marketing));
        Assert.Null(TestPolicies.Services().GetService<IConsentLedgerStore>());
        InvalidOperationException missing = Assert.Throws<InvalidOperationException>(() => TestPolicies.Services().GetRequiredService<ConsentLedger>());
        Assert.Contains(nameof(IConsentLedgerStore), missing.Message, StringComparison.Ordinal);
    }

    /// <summary>A store whose reads wait for every writer to read before any goes on to append.</summary>
    private sealed class ReadTogetherStore(IConsentLedgerStore inner, Barrier barrier) : IConsentLedgerStore
    {
        public ValueTask AppendAsync(ConsentEntry entry, System.Threading.CancellationToken cancellationToken = default) => inner.AppendAsync(entry, cancellationToken);

        public async ValueTask<IReadOnlyList<ConsentEntry>> ListAsync(string subjectId, Purpose purpose, System.Threading.CancellationToken cancellationToken = default)
        {
            IReadOnlyList<ConsentEntry> entries = await inner.ListAsync(subjectId, purpose, cancellationToken);
            barrier.SignalAndWait(TimeSpan.FromSeconds(30));
            return entries;
        }

        public ValueTask<IReadOnlyList<ConsentEntry>> ListSubjectAsync(string subjectId, System.Threading.CancellationToken cancellationToken = default) => inner.ListSubjectAsync(subjectId, cancellationToken);

        public ValueTask RemoveAsync(string subjectId, IReadOnlyCollection<Guid> entryIds, System.Threading.CancellationToken cancellationToken = default) => inner.RemoveAsync(subjectId, entryIds, cancellationToken);
    }

    /// <summary>A store whose reads return what a writer saw before others appended.</summary>
    private sealed class StaleReadStore(IConsentLedgerStore inner, IReadOnlyList<ConsentEntry> seen) : IConsentLedgerStore
    {
        public ValueTask AppendAsync(ConsentEntry entry, System.Threading.CancellationToken cancellationToken = default) => inner.AppendAsync(entry, cancellationToken);

        public ValueTask<IReadOnlyList<ConsentEntry>> ListAsync(string subjectId, Purpose purpose, System.Threading.CancellationToken cancellationToken = default) => ValueTask.FromResult(seen);

        public ValueTask<IReadOnlyList<ConsentEntry>> ListSubjectAsync(string subjectId, System.Threading.CancellationToken cancellationToken = default) => ValueTask.FromResult(seen);

        public ValueTask RemoveAsync(string subjectId, IReadOnlyCollection<Guid> entryIds, System.Threading.CancellationToken cancellationToken = default) => inner.RemoveAsync(subjectId, entryIds, cancellationToken);
    }
}
