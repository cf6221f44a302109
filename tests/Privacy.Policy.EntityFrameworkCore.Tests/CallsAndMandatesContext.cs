using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>
/// The calls and mandates of <see cref="CallsContext"/>'s tables, mapped alike, and nothing else: a context every
/// personal-data type of which a sweep can reach, for the sweep of a whole context.
/// </summary>
public sealed class CallsAndMandatesContext(DbContextOptions<CallsAndMandatesContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CallRow>(entity =>
        {
            entity.ToTable("Calls");
            entity.HasKey(row => row.Id);
            entity.Property(row => row.CallStart).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
        });
        modelBuilder.Entity<MandateRow>(entity =>
        {
            entity.ToTable("Mandates");
            entity.HasKey(row => row.Id);
            entity.Property(row => row.SignedAt).HasConversion(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));
            entity.Property(row => row.LastCollectionAt).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
        });
    }
}
