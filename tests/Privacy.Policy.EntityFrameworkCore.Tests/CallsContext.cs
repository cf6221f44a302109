using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>A context with call records and invoices; instants are stored as Unix ticks, which keep their order.</summary>
public sealed class CallsContext(DbContextOptions<CallsContext> options) : DbContext(options)
{
    public DbSet<CallRow> Calls => Set<CallRow>();

    public DbSet<InvoiceRow> Invoices => Set<InvoiceRow>();

    public DbSet<PortalUserRow> PortalUsers => Set<PortalUserRow>();

    public DbSet<QuickStartCallRow> QuickStartCalls => Set<QuickStartCallRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CallRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.Property(row => row.CallStart).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
        });
        modelBuilder.Entity<InvoiceRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.Property(row => row.IssuedAt).HasConversion(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));
        });
        modelBuilder.Entity<QuickStartCallRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.Property(row => row.CallStart).HasConversion(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));
        });
        modelBuilder.Entity<PortalUserRow>(entity =>
        {
            // As Identity's own model: unique normalised names.
            entity.HasKey(row => row.Id);
            entity.HasIndex(row => row.NormalizedUserName).IsUnique();
            entity.HasIndex(row => row.NormalizedEmail).IsUnique();
        });
    }
}
