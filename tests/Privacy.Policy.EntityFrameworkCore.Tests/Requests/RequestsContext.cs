using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>The subject requests tables beside call records, the data an erasure request erases.</summary>
public sealed class RequestsContext(DbContextOptions<RequestsContext> options) : DbContext(options)
{
    public DbSet<CallRow> Calls => Set<CallRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddSubjectRequests();
        modelBuilder.Entity<CallRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.Property(row => row.CallStart).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
        });
    }
}
