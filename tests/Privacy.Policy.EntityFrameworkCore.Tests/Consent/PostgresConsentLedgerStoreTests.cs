using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>The consent ledger store suite on PostgreSQL, in a database of its own per test: the writers race for real.</summary>
public sealed class PostgresConsentLedgerStoreTests : EntityFrameworkConsentLedgerStoreSuite
{
    private readonly string? _connection;

    public PostgresConsentLedgerStoreTests()
    {
        // Read when a test runs: without a server every test is skipped, and the constructor must not throw first.
        string? server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable);
        _connection = server is null ? null : new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_consent_{Guid.NewGuid():N}" }.ConnectionString;
    }

    [PostgresFact]
    public Task Entries_read_back_as_written_in_order() => EntriesReadBackAsWrittenInOrderAsync();

    [PostgresFact]
    public Task An_entry_that_does_not_follow_the_latest_is_refused() => AnEntryThatDoesNotFollowTheLatestIsRefusedAsync();

    [PostgresFact]
    public Task Of_two_concurrent_appends_of_one_sequence_exactly_one_is_stored() => OfTwoConcurrentAppendsOfOneSequenceExactlyOneIsStoredAsync();

    [PostgresFact]
    public Task Erasure_keeps_the_evidence_and_the_ledger_goes_on() => ErasureKeepsTheEvidenceAndTheLedgerGoesOnAsync();

    [PostgresFact]
    public Task The_key_decides_between_two_inserts_that_both_passed_the_check() => TheKeyDecidesBetweenTwoInsertsThatBothPassedTheCheckAsync();

    public override async Task InitializeAsync()
    {
        if (_connection is not null)
        {
            await base.InitializeAsync();
        }
    }

    public override async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await using var context = new ConsentContext(Options().Options);
            await context.Database.EnsureDeletedAsync();
        }
    }

    protected override DbContextOptionsBuilder<ConsentContext> Options()
        => new DbContextOptionsBuilder<ConsentContext>().UseNpgsql(_connection
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL."));
}
