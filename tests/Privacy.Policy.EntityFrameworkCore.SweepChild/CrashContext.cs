using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.SweepChild;

/// <summary>Call records and the holds table; instants as Unix ticks.</summary>
public sealed class CrashContext(DbContextOptions<CrashContext> options) : DbContext(options)
{
    public DbSet<CrashRow> Calls => Set<CrashRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPrivacyHolds();
        modelBuilder.Entity<CrashRow>(entity =>
        {
            entity.ToTable("CrashRows");
            entity.HasKey(row => row.Id);
            entity.Property(row => row.Id).ValueGeneratedNever();
            entity.Property(row => row.CallStart).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
        });
    }
}
