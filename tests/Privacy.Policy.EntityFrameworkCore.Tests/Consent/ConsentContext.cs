using Microsoft.EntityFrameworkCore;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>A context with the consent ledger's table.</summary>
public sealed class ConsentContext(DbContextOptions<ConsentContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddConsentLedger();
}
