using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>Adds the tables of the register of restrictions and objections to a context's model.</summary>
public static class SubjectProcessingLimitsModelBuilderExtensions
{
    /// <summary>
    /// Maps the tables <see cref="EntityFrameworkSubjectProcessingLimits{TContext}"/> keeps: one row per restricted
    /// subject (GDPR art. 18), keyed by the subject's id, and one row per subject and purpose objected to (art. 21), with
    /// the compelling grounds recorded against it. Purposes are stored as their flag's number, instants as Unix ticks (a
    /// <c>bigint</c>). Call it from <c>OnModelCreating</c>, then create the tables with a migration.
    /// </summary>
    /// <param name="modelBuilder">The model builder.</param>
    /// <param name="restrictionsTableName">The restrictions table's name.</param>
    /// <param name="objectionsTableName">The objections table's name.</param>
    /// <param name="schema">The tables' schema, or <see langword="null"/> for the default.</param>
    /// <returns>The model builder.</returns>
    public static ModelBuilder AddSubjectProcessingLimits(this ModelBuilder modelBuilder, string restrictionsTableName = "SubjectRestrictions", string objectionsTableName = "SubjectObjections", string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentException.ThrowIfNullOrEmpty(restrictionsTableName);
        ArgumentException.ThrowIfNullOrEmpty(objectionsTableName);
        var ticks = new ValueConverter<Instant, long>(instant => instant.ToUnixTimeTicks(), value => Instant.FromUnixTimeTicks(value));
        modelBuilder.Entity<SubjectRestrictionRow>(restriction =>
        {
            restriction.ToTable(restrictionsTableName, schema);
            restriction.HasKey(row => row.SubjectId);
            restriction.Property(row => row.SubjectId).HasMaxLength(256);
            restriction.Property(row => row.RestrictedAt).HasConversion(ticks);
        });
        modelBuilder.Entity<SubjectObjectionRow>(objection =>
        {
            objection.ToTable(objectionsTableName, schema);
            objection.HasKey(row => new { row.SubjectId, row.Purpose });
            objection.Property(row => row.SubjectId).HasMaxLength(256);
            objection.Property(row => row.Purpose).HasConversion<int>().ValueGeneratedNever();
            objection.Property(row => row.ObjectedAt).HasConversion(ticks);
            objection.Property(row => row.CompellingGrounds);
            objection.Property(row => row.GroundsRecordedAt).HasConversion(ticks);
        });
        return modelBuilder;
    }
}
