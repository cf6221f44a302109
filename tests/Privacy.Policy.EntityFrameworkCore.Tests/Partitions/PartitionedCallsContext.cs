using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Partitions;

/// <summary>Call records and the holds table; the calls' table is made range-partitioned by month in the test.</summary>
public sealed class PartitionedCallsContext(DbContextOptions<PartitionedCallsContext> options) : DbContext(options)
{
    public DbSet<CallRow> Calls => Set<CallRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPrivacyHolds();
        modelBuilder.Entity<CallRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.Property(row => row.Id).ValueGeneratedNever();
            entity.Property(row => row.CallStart).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
        });
    }
}
