using System;
using Microsoft.EntityFrameworkCore;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>Makes a new context from the given options each time, as <c>AddDbContextFactory</c> does.</summary>
public sealed class RequestsContextFactory(Func<DbContextOptions<RequestsContext>> options) : IDbContextFactory<RequestsContext>
{
    public RequestsContext CreateDbContext() => new(options());
}
