using System;
using Microsoft.EntityFrameworkCore;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>Makes a new context from the given options each time, as <c>AddDbContextFactory</c> does.</summary>
public sealed class ConsentContextFactory(Func<DbContextOptions<ConsentContext>> options) : IDbContextFactory<ConsentContext>
{
    public ConsentContext CreateDbContext() => new(options());
}
