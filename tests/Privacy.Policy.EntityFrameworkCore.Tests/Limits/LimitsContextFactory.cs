using System;
using Microsoft.EntityFrameworkCore;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Limits;

/// <summary>Makes a new context from the given options each time, as <c>AddDbContextFactory</c> does.</summary>
public sealed class LimitsContextFactory(Func<DbContextOptions<LimitsContext>> options) : IDbContextFactory<LimitsContext>
{
    public LimitsContext CreateDbContext() => new(options());
}
