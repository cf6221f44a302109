using System.Threading.Tasks;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>The consent ledger store suite on <see cref="InMemoryConsentLedgerStore"/>: the database stores behave as it does.</summary>
public sealed class InMemoryConsentLedgerStoreTests : ConsentLedgerStoreSuite
{
    private readonly InMemoryConsentLedgerStore _store = new();

    [Fact]
    public Task Entries_read_back_as_written_in_order() => EntriesReadBackAsWrittenInOrderAsync();

    [Fact]
    public Task An_entry_that_does_not_follow_the_latest_is_refused() => AnEntryThatDoesNotFollowTheLatestIsRefusedAsync();

    [Fact]
    public Task Of_two_concurrent_appends_of_one_sequence_exactly_one_is_stored() => OfTwoConcurrentAppendsOfOneSequenceExactlyOneIsStoredAsync();

    [Fact]
    public Task Erasure_keeps_the_evidence_and_the_ledger_goes_on() => ErasureKeepsTheEvidenceAndTheLedgerGoesOnAsync();

    public override Task DisposeAsync() => Task.CompletedTask;

    protected override IConsentLedgerStore Store() => _store;
}
