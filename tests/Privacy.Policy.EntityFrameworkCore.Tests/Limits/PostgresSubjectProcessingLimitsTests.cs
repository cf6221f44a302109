using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Limits;

/// <summary>The register of restrictions and objections on PostgreSQL, in a database of its own per test.</summary>
public sealed class PostgresSubjectProcessingLimitsTests : SubjectProcessingLimitsSuite
{
    private readonly string? _connection;

    public PostgresSubjectProcessingLimitsTests()
    {
        // Read when a test runs: without a server every test is skipped, and the constructor must not throw first.
        string? server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable);
        _connection = server is null ? null : new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_limits_{Guid.NewGuid():N}" }.ConnectionString;
    }

    [PostgresFact]
    public Task A_restriction_outlives_the_instance_and_is_lifted() => ARestrictionOutlivesTheInstanceAndIsLiftedAsync();

    [PostgresFact]
    public Task An_objection_and_its_grounds_outlive_the_instance() => AnObjectionAndItsGroundsOutliveTheInstanceAsync();

    [PostgresFact]
    public Task An_objection_to_direct_marketing_takes_no_grounds() => AnObjectionToDirectMarketingTakesNoGroundsAsync();

    [PostgresFact]
    public Task A_guid_is_one_subject_in_every_form() => AGuidIsOneSubjectInEveryFormAsync();

    [PostgresFact]
    public Task Before_it_is_loaded_the_register_refuses_to_answer() => BeforeItIsLoadedTheRegisterRefusesToAnswerAsync();

    [PostgresFact]
    public Task Disclose_honours_the_registered_database_register() => DiscloseHonoursTheRegisteredDatabaseRegisterAsync();

    public override async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await using var context = new LimitsContext(new DbContextOptionsBuilder<LimitsContext>().UseNpgsql(_connection).Options);
            await context.Database.EnsureDeletedAsync();
        }
    }

    protected override DbContextOptionsBuilder Configure(DbContextOptionsBuilder options)
        => options.UseNpgsql(_connection
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL."));
}
