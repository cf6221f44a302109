using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>The subject requests store suite on PostgreSQL, in a database of its own per test.</summary>
public sealed class PostgresSubjectRequestStoreTests : SubjectRequestStoreSuite
{
    private readonly string? _connection;

    public PostgresSubjectRequestStoreTests()
    {
        // Read when a test runs: without a server every test is skipped, and the constructor must not throw first.
        string? server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable);
        _connection = server is null ? null : new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_requests_{Guid.NewGuid():N}" }.ConnectionString;
    }

    [PostgresFact]
    public Task A_request_round_trips_through_every_state_with_its_audit() => ARequestRoundTripsThroughEveryStateAsync();

    [PostgresFact]
    public Task Of_two_writers_of_one_version_exactly_one_wins() => OfTwoWritersExactlyOneWinsAsync();

    [PostgresFact]
    public Task Due_and_overdue_requests_are_listed_in_deadline_order_by_sql() => DueAndOverdueRequestsAreListedInDeadlineOrderAsync();

    [PostgresFact]
    public Task A_crash_while_answering_an_erasure_is_finished_by_a_rerun_answering_once() => ACrashWhileAnsweringAnErasureIsFinishedByARerunAsync();

    [PostgresFact]
    public Task A_crash_in_the_middle_of_the_erasure_is_finished_by_a_rerun() => ACrashInTheMiddleOfTheErasureIsFinishedByARerunAsync();

    public override async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await using var context = new RequestsContext(Options().Options);
            await context.Database.EnsureDeletedAsync();
        }
    }

    protected override DbContextOptionsBuilder<RequestsContext> Options()
        => new DbContextOptionsBuilder<RequestsContext>().UseNpgsql(_connection
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL."));
}
