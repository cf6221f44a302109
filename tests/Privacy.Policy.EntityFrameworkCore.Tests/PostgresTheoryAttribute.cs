using System;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>A theory that runs only when a PostgreSQL server is given, as <see cref="PostgresFactAttribute"/>.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable))
            && Environment.GetEnvironmentVariable("PRIVACY_POLICY_REQUIRE_POSTGRES") != "1")
        {
            Skip = $"No PostgreSQL server: set {PostgresFactAttribute.ConnectionVariable} to a connection string (bash .ci/run starts one).";
        }
    }
}
