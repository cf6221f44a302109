using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>The entity shapes of issue 12's EF Core erasure matrix; instants are stored as Unix ticks, as SQLite needs.</summary>
public sealed class MatrixContext(DbContextOptions<MatrixContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MatrixPlainRow>(entity => AsTicks(entity.Property(row => row.ContractEnded)));
        modelBuilder.Entity<MatrixRecordRow>(entity => AsTicks(entity.Property(row => row.ContractEnded)));
        modelBuilder.Entity<MatrixBaseRow>(entity => AsTicks(entity.Property(row => row.ContractEnded)));
        modelBuilder.Entity<MatrixDerivedRow>();
        modelBuilder.Entity<MatrixVirtualRow>(entity =>
        {
            AsTicks(entity.Property(row => row.ContractEnded));
            StoredOverride(entity);
        });
        modelBuilder.Entity<MatrixOverrideRow>();
        modelBuilder.Entity<MatrixUndescribedRow>();
        modelBuilder.Entity<MatrixPaymentRow>(entity =>
        {
            AsTicks(entity.Property(row => row.ContractEnded));
            entity.Property(row => row.Iban).UsePropertyAccessMode(PropertyAccessMode.Property); // a stored override, as below
        });
        modelBuilder.Entity<MatrixLedgerRow>();
        modelBuilder.Entity<MatrixPaymentNoteRow>();
        modelBuilder.Entity<MatrixOwnerRow>(entity => entity.OwnsOne(row => row.Contact, owned => AsTicks(owned.Property(part => part.ContractEnded))));
        modelBuilder.Entity<MatrixOwnsManyRow>(entity => entity.OwnsMany(row => row.Contacts, owned =>
        {
            // A key of its own: SQLite generates no value for the default composite key (owner, ordinal).
            owned.Property<long>("Id");
            owned.HasKey("Id");
            AsTicks(owned.Property(part => part.ContractEnded));
        }));
        modelBuilder.Entity<MatrixUniqueRow>(entity =>
        {
            AsTicks(entity.Property(row => row.ContractEnded));
            entity.HasIndex(row => row.Email).IsUnique();
        });
        modelBuilder.Entity<MatrixUniqueRequiredRow>(entity =>
        {
            AsTicks(entity.Property(row => row.ContractEnded));
            entity.HasIndex(row => row.Email).IsUnique();
        });
        modelBuilder.Entity<MatrixFieldRow>(entity =>
        {
            AsTicks(entity.Property(row => row.ContractEnded));
            entity.Property(row => row.Iban);
        });
    }

    /// <summary>
    /// The IBAN is overridden by <see cref="MatrixOverrideRow"/> with an auto-property of its own (a second backing
    /// field): EF Core must go through the property, not the base's backing field, or a derived row's IBAN is lost.
    /// </summary>
    internal static void StoredOverride(EntityTypeBuilder<MatrixVirtualRow> entity)
        => entity.Property(row => row.Iban).UsePropertyAccessMode(PropertyAccessMode.Property);

    internal static void AsTicks(PropertyBuilder<Instant?> property)
        => property.HasConversion(
            instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
            ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
}
