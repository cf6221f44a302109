using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Holds;

/// <summary>One table per key kind, and the holds table; instants stored as Unix ticks.</summary>
public sealed class HoldsContext(DbContextOptions<HoldsContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPrivacyHolds();

        modelBuilder.Entity<CallRow>(entity => entity.HasKey(row => row.Id));
        modelBuilder.Entity<HeldIntRow>(entity => entity.HasKey(row => row.Id));
        modelBuilder.Entity<HeldBaseRow>(entity => entity.HasKey(row => row.Id));
        modelBuilder.Entity<HeldDerivedRow>();
        modelBuilder.Entity<HeldLongRow>(entity => entity.HasKey(row => row.Id));
        modelBuilder.Entity<HeldGuidRow>(entity => entity.HasKey(row => row.Id));
        modelBuilder.Entity<HeldStringRow>(entity => entity.HasKey(row => row.Code));
        modelBuilder.Entity<HeldCompositeRow>(entity => entity.HasKey(row => new { row.Region, row.Code }));
        foreach (var type in modelBuilder.Model.GetEntityTypes())
        {
            if (type.ClrType == typeof(CallRow))
            {
                modelBuilder.Entity<CallRow>().Property(row => row.CallStart).HasConversion(
                    instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                    ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
            }
            else if (type.ClrType != typeof(PrivacyHold) && type.BaseType is null)
            {
                modelBuilder.Entity(type.ClrType).Property<Instant>("At").HasConversion(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));
            }
        }
    }
}
