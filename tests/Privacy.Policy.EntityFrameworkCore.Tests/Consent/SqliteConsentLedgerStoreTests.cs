using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>The consent ledger store suite on SQLite, in a file of its own per test.</summary>
public sealed class SqliteConsentLedgerStoreTests : EntityFrameworkConsentLedgerStoreSuite
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"privacy-consent-{Guid.NewGuid():N}.db");

    [Fact]
    public Task Entries_read_back_as_written_in_order() => EntriesReadBackAsWrittenInOrderAsync();

    [Fact]
    public Task An_entry_that_does_not_follow_the_latest_is_refused() => AnEntryThatDoesNotFollowTheLatestIsRefusedAsync();

    [Fact]
    public Task Of_two_concurrent_appends_of_one_sequence_exactly_one_is_stored() => OfTwoConcurrentAppendsOfOneSequenceExactlyOneIsStoredAsync();

    [Fact]
    public Task Erasure_keeps_the_evidence_and_the_ledger_goes_on() => ErasureKeepsTheEvidenceAndTheLedgerGoesOnAsync();

    [Fact]
    public Task The_key_decides_between_two_inserts_that_both_passed_the_check() => TheKeyDecidesBetweenTwoInsertsThatBothPassedTheCheckAsync();

    [Fact]
    public Task A_store_over_a_context_without_the_table_refuses_naming_the_call() => AStoreOverAContextWithoutTheTableRefusesNamingTheCallAsync();

    public override Task DisposeAsync()
    {
        SqliteTestFiles.Delete(_path);
        return Task.CompletedTask;
    }

    protected override DbContextOptionsBuilder<ConsentContext> Options()
        => new DbContextOptionsBuilder<ConsentContext>().UseSqlite($"Data Source={_path}");
}
