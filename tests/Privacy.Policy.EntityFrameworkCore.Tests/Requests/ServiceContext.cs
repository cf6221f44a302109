using Microsoft.EntityFrameworkCore;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>The context docs/requests.md shows: a service's own context with the subject requests tables.</summary>
public sealed class ServiceContext(DbContextOptions<ServiceContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // requests: ef-model
        // Two tables: SubjectRequests (a row per request, its current state) and SubjectRequestAudit (a row per step, never changed).
        modelBuilder.AddSubjectRequests();
        // end requests
    }
}
