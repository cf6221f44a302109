using Microsoft.EntityFrameworkCore;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>The context docs/requests.md and docs/consent.md show: a service's own context with the requests, consent and limits tables.</summary>
public sealed class ServiceContext(DbContextOptions<ServiceContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // requests: ef-model
        // Two tables: SubjectRequests (a row per request, its current state) and SubjectRequestAudit (a row per step, never changed).
        modelBuilder.AddSubjectRequests();
        // end requests

        // consent: ef-model
        // One table, ConsentLedger: a row per consent given or withdrawn, keyed by subject, purpose and sequence; only inserted.
        modelBuilder.AddConsentLedger();
        // end consent

        // requests: ef-limits-model
        // Two tables: SubjectRestrictions (a row per restricted subject) and SubjectObjections (a row per subject and purpose).
        modelBuilder.AddSubjectProcessingLimits();
        // end requests
    }
}
