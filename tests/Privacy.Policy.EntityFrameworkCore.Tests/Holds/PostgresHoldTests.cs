using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Holds;

/// <summary>The holds suite on PostgreSQL, in a database of its own per test.</summary>
public sealed class PostgresHoldTests : HoldSuite
{
    private readonly string? _connection;

    public PostgresHoldTests()
    {
        // Read when a test runs: without a server every test is skipped, and the constructor must not throw first.
        string? server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable);
        _connection = server is null ? null : new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_holds_{Guid.NewGuid():N}" }.ConnectionString;
    }

    [PostgresFact]
    public Task A_sweep_leaves_held_rows_with_an_int_key() => ASweepLeavesHeldRowsAsync(IntKey);

    [PostgresFact]
    public Task A_sweep_leaves_held_rows_with_a_long_key_and_an_int_subject() => ASweepLeavesHeldRowsAsync(LongKey);

    [PostgresFact]
    public Task An_erasure_leaves_held_rows_with_an_int_key() => AnErasureLeavesHeldRowsAsync(IntKey);

    [PostgresFact]
    public Task An_erasure_leaves_held_rows_with_a_long_key_and_an_int_subject() => AnErasureLeavesHeldRowsAsync(LongKey);

    [PostgresFact]
    public Task An_erasure_leaves_held_rows_with_a_guid_key_and_a_guid_subject() => AnErasureLeavesHeldRowsAsync(GuidKey);

    [PostgresFact]
    public Task An_erasure_leaves_held_rows_with_a_string_key() => AnErasureLeavesHeldRowsAsync(StringKey);

    [PostgresFact]
    public Task An_erasure_leaves_held_rows_with_a_composite_key() => AnErasureLeavesHeldRowsAsync(CompositeKey);

    [PostgresFact]
    public Task A_composite_key_hold_names_one_row_however_its_parts_read() => ACompositeKeyHoldNamesOneRowAsync();

    [PostgresFact]
    public Task Placing_and_lifting_are_audited_without_personal_data() => PlacingAndLiftingAreAuditedAsync();

    [PostgresFact]
    public Task Every_writing_statement_checks_the_holds_itself() => EveryWritingStatementChecksTheHoldsAsync();

    [PostgresFact]
    public Task A_hold_on_a_hierarchys_row_names_it_by_any_of_its_types() => AHoldOnAHierarchysRowNamesItByAnyOfItsTypesAsync();

    [PostgresFact]
    public Task A_sweep_leaves_held_rows_with_a_guid_key_and_a_guid_subject() => ASweepLeavesHeldRowsAsync(GuidKey);

    [PostgresFact]
    public Task A_sweep_leaves_held_rows_with_a_string_key() => ASweepLeavesHeldRowsAsync(StringKey);

    [PostgresFact]
    public Task A_sweep_leaves_held_rows_with_a_composite_key() => ASweepLeavesHeldRowsAsync(CompositeKey);

    public override async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await using var context = new HoldsContext(Options().Options);
            await context.Database.EnsureDeletedAsync();
        }
    }

    protected override DbContextOptionsBuilder<HoldsContext> Options()
        => new DbContextOptionsBuilder<HoldsContext>().UseNpgsql(_connection
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL."));
}
