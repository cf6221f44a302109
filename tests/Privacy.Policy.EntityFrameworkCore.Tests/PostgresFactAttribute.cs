using System;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>
/// A test that needs the PostgreSQL server named by <c>PRIVACY_POLICY_POSTGRES</c> (a connection string). Without it
/// the test is skipped with that message, except where <c>PRIVACY_POLICY_REQUIRE_POSTGRES=1</c> (CI sets it): there it
/// runs and fails, so CI can never pass without PostgreSQL.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string ConnectionVariable = "PRIVACY_POLICY_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ConnectionVariable))
            && Environment.GetEnvironmentVariable("PRIVACY_POLICY_REQUIRE_POSTGRES") != "1")
        {
            Skip = $"No PostgreSQL server: set {ConnectionVariable} to a connection string (bash .ci/run starts one).";
        }
    }
}
