using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>A context with call records and invoices; instants are stored as Unix ticks, which keep their order.</summary>
public sealed class CallsContext(DbContextOptions<CallsContext> options) : DbContext(options)
{
    public DbSet<CallRow> Calls => Set<CallRow>();

    public DbSet<InvoiceRow> Invoices => Set<InvoiceRow>();

    public DbSet<OfferRow> Offers => Set<OfferRow>();

    public DbSet<PortalUserRow> PortalUsers => Set<PortalUserRow>();

    public DbSet<QuickStartCallRow> QuickStartCalls => Set<QuickStartCallRow>();

    public DbSet<ContactRow> Contacts => Set<ContactRow>();

    public DbSet<LoginRow> Logins => Set<LoginRow>();

    public DbSet<CustomerRow> Customers => Set<CustomerRow>();

    public DbSet<HouseholdRow> Households => Set<HouseholdRow>();

    public DbSet<AccountRow> Accounts => Set<AccountRow>();

    public DbSet<AccountSessionRow> AccountSessions => Set<AccountSessionRow>();

    public DbSet<MandateRow> Mandates => Set<MandateRow>();

    public DbSet<EndedContractRow> EndedContracts => Set<EndedContractRow>();

    public DbSet<SiteUserRow> SiteUsers => Set<SiteUserRow>();

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
        modelBuilder.Entity<OfferRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.Property(row => row.Since).HasConversion(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));
            entity.Property(row => row.OffersWithdrawn).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
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
        modelBuilder.Entity<ContactRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.HasIndex(row => row.Email).IsUnique();
        });
        modelBuilder.Entity<LoginRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.Property(row => row.LoginName).HasMaxLength(64);
            entity.HasIndex(row => row.LoginName).IsUnique();
        });
        modelBuilder.Entity<CustomerRow>(entity =>
        {
            entity.HasKey(row => row.CustomerId);
            entity.Property(row => row.LastInvoiceAt).HasConversion(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));
            entity.OwnsOne(row => row.BillingAddress);
        });
        modelBuilder.Entity<MandateRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.Property(row => row.SignedAt).HasConversion(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));
            entity.Property(row => row.LastCollectionAt).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
        });
        modelBuilder.Entity<EndedContractRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.Property(row => row.StartedAt).HasConversion(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));
            entity.Property(row => row.EndedAt).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
        });
        modelBuilder.Entity<SiteUserRow>(entity =>
        {
            // As Identity's own model: a string key, a unique e-mail address; and a unique, required nickname.
            entity.HasKey(row => row.Id);
            entity.Property(row => row.LastLoginAt).HasConversion(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));
            entity.HasIndex(row => row.Email).IsUnique();
            entity.HasIndex(row => row.UserName).IsUnique();
            entity.HasIndex(row => row.Nickname).IsUnique();
        });
        modelBuilder.Entity<AccountRow>(entity => entity.HasKey(row => row.CustomerId));
        modelBuilder.Entity<AccountSessionRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.HasOne<AccountRow>().WithMany().HasForeignKey(row => row.AccountId);
        });
        modelBuilder.Entity<HouseholdRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.OwnsOne(row => row.Address);
        });
    }
}
