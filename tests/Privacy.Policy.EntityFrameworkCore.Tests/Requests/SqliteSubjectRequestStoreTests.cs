using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>The subject requests store suite on SQLite, in a file of its own per test.</summary>
public sealed class SqliteSubjectRequestStoreTests : SubjectRequestStoreSuite
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"privacy-requests-{Guid.NewGuid():N}.db");

    [Fact]
    public Task A_request_round_trips_through_every_state_with_its_audit() => ARequestRoundTripsThroughEveryStateAsync();

    [Fact]
    public Task Of_two_writers_of_one_version_exactly_one_wins() => OfTwoWritersExactlyOneWinsAsync();

    [Fact]
    public Task Due_and_overdue_requests_are_listed_in_deadline_order_by_sql() => DueAndOverdueRequestsAreListedInDeadlineOrderAsync();

    [Fact]
    public Task A_crash_while_answering_an_erasure_is_finished_by_a_rerun_answering_once() => ACrashWhileAnsweringAnErasureIsFinishedByARerunAsync();

    [Fact]
    public Task A_crash_in_the_middle_of_the_erasure_is_finished_by_a_rerun() => ACrashInTheMiddleOfTheErasureIsFinishedByARerunAsync();

    public override Task DisposeAsync()
    {
        SqliteTestFiles.Delete(_path);
        return Task.CompletedTask;
    }

    protected override DbContextOptionsBuilder<RequestsContext> Options()
        => new DbContextOptionsBuilder<RequestsContext>().UseSqlite($"Data Source={_path}");
}
