using System;
using System.Threading.Tasks;
using Npgsql;
using Xunit.Abstractions;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Crash;

/// <summary>The crash suite on PostgreSQL, the calls range-partitioned by month: kills land in partition drops too.</summary>
public sealed class PostgresSweepCrashTests : SweepCrashSuite
{
    private readonly string _reference;

    private readonly string _victim;

    public PostgresSweepCrashTests(ITestOutputHelper output)
        : base(output)
    {
        string server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL.");
        _reference = new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_crash_{Guid.NewGuid():N}", Pooling = false }.ConnectionString;
        _victim = new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_crash_{Guid.NewGuid():N}", Pooling = false }.ConnectionString;
    }

    protected override string Database => "postgres";

    protected override string Reference => _reference;

    protected override string Victim => _victim;

    [PostgresFact]
    public Task A_sweep_killed_at_random_points_and_rerun_ends_where_one_sweep_ends() => KilledSweepsRerunEndWhereOneSweepEndsAsync();

    public override async Task DisposeAsync()
    {
        string server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable)!;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        foreach (string database in new[] { _reference, _victim })
        {
            await using NpgsqlCommand command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(database).Database}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }
    }

    protected override async Task<string> DumpAsync(string connection)
    {
        // Every table (each partition as a table of its own, so a partition dropped or left is seen), its rows in order.
        await using var postgres = new NpgsqlConnection(connection);
        return await DumpAsync(
            postgres,
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
            Select);
    }
}
