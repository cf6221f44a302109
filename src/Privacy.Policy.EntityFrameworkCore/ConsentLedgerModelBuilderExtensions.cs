using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>Adds the consent ledger's table (<see cref="ConsentEntry"/>) to a context's model.</summary>
public static class ConsentLedgerModelBuilderExtensions
{
    /// <summary>
    /// Maps <see cref="ConsentEntry"/> to an append-only table keyed by subject, purpose and sequence, for
    /// <see cref="EntityFrameworkConsentLedgerStore{TContext}"/>: the key is what makes two writers of one sequence
    /// conflict in the database (GDPR art. 7(1): the ledger is the evidence, so no entry may be decided from a state that
    /// no longer holds). The entry's id is unique too. Purposes are stored as their flag's number (a company purpose has
    /// no name in <see cref="Purpose"/>); kinds and channels as their names; instants as Unix ticks (a <c>bigint</c>),
    /// which SQLite and PostgreSQL both compare and order. Call it from <c>OnModelCreating</c>, then create the table
    /// with a migration.
    /// </summary>
    /// <param name="modelBuilder">The model builder.</param>
    /// <param name="tableName">The table's name.</param>
    /// <param name="schema">The table's schema, or <see langword="null"/> for the default.</param>
    /// <returns>The model builder.</returns>
    public static ModelBuilder AddConsentLedger(this ModelBuilder modelBuilder, string tableName = "ConsentLedger", string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        var ticks = new ValueConverter<Instant, long>(instant => instant.ToUnixTimeTicks(), value => Instant.FromUnixTimeTicks(value));
        modelBuilder.Entity<ConsentEntry>(entry =>
        {
            entry.ToTable(tableName, schema);
            entry.HasKey(row => new { row.SubjectId, row.Purpose, row.Sequence });
            entry.Property(row => row.SubjectId).IsRequired().HasMaxLength(256);
            entry.Property(row => row.Purpose).HasConversion<int>().ValueGeneratedNever();
            entry.Property(row => row.Sequence).ValueGeneratedNever();
            entry.Property(row => row.Id).ValueGeneratedNever();
            entry.HasIndex(row => row.Id).IsUnique();
            entry.Property(row => row.Kind).HasConversion<string>().HasMaxLength(32);
            entry.Property(row => row.At).HasConversion(ticks);
            entry.Property(row => row.Channel).HasConversion<string>().HasMaxLength(32);
            entry.Property(row => row.TextVersion).HasMaxLength(256);
        });
        return modelBuilder;
    }
}
