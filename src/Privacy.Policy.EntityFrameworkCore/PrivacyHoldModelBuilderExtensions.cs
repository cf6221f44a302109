using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>Adds the holds table (<see cref="PrivacyHold"/>) to a context's model.</summary>
public static class PrivacyHoldModelBuilderExtensions
{
    /// <summary>
    /// Maps <see cref="PrivacyHold"/> to a table of its own, so holds are stored with the data they keep and
    /// <see cref="PrivacyPolicyDbContextExtensions.SweepRetentionAsync{T}"/> and
    /// <see cref="PrivacyPolicyDbContextExtensions.EraseSubjectAsync{T}"/> skip held rows inside their own SQL. Instants are
    /// stored as Unix ticks (a <c>bigint</c>), which SQLite and PostgreSQL both compare; the subject and the record's
    /// type and key are indexed. Call it from <c>OnModelCreating</c>, then create the table with a migration.
    /// </summary>
    /// <param name="modelBuilder">The model builder.</param>
    /// <param name="tableName">The table's name.</param>
    /// <param name="schema">The table's schema, or <see langword="null"/> for the default.</param>
    /// <returns>The model builder.</returns>
    public static ModelBuilder AddPrivacyHolds(this ModelBuilder modelBuilder, string tableName = "PrivacyHolds", string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        var ticks = new ValueConverter<Instant, long>(instant => instant.ToUnixTimeTicks(), value => Instant.FromUnixTimeTicks(value));
        modelBuilder.Entity<PrivacyHold>(hold =>
        {
            hold.ToTable(tableName, schema);
            hold.HasKey(row => row.Id);
            hold.Property(row => row.Id).ValueGeneratedNever();
            hold.Property(row => row.SubjectId).HasMaxLength(256);
            hold.Property(row => row.RecordType).HasMaxLength(512);
            hold.Property(row => row.RecordKey).HasMaxLength(512);
            hold.Property(row => row.Reason).IsRequired();
            hold.Property(row => row.LegalGround).IsRequired().HasMaxLength(256);
            hold.Property(row => row.LegalBasis);
            hold.Property(row => row.PlacedBy).IsRequired().HasMaxLength(256);
            hold.Property(row => row.PlacedAt).HasConversion(ticks);
            hold.Property(row => row.Until).HasConversion(ticks);
            hold.Property(row => row.LiftedAt).HasConversion(ticks);
            hold.Property(row => row.LiftedBy).HasMaxLength(256);
            hold.Ignore(row => row.IsOnSubject);
            hold.HasIndex(row => row.SubjectId);
            hold.HasIndex(row => new { row.RecordType, row.RecordKey });
        });
        return modelBuilder;
    }
}
