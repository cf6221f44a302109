using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>Adds the data subjects' requests table and its audit table (<see cref="SubjectRequest"/>) to a context's model.</summary>
public static class SubjectRequestModelBuilderExtensions
{
    /// <summary>The shadow column of an audit row naming its request.</summary>
    internal const string AuditRequestId = "RequestId";

    /// <summary>The shadow column of an audit row numbering it within its request: 1 for the receipt, equal to the request's version after the step.</summary>
    internal const string AuditSequence = "Sequence";

    /// <summary>
    /// Maps <see cref="SubjectRequest"/> to a table with one row per request (its current snapshot, with
    /// <see cref="SubjectRequest.Version"/> as concurrency token) and <see cref="SubjectRequestAuditEntry"/> to an
    /// append-only table keyed by request and sequence, for <see cref="EntityFrameworkSubjectRequestStore{TContext}"/>.
    /// Instants are stored as Unix ticks (a <c>bigint</c>), which SQLite and PostgreSQL both compare and order; kinds,
    /// states and identity methods as their names; (state, deadline) is indexed for the due and overdue lists. Call it
    /// from <c>OnModelCreating</c>, then create the tables with a migration.
    /// </summary>
    /// <param name="modelBuilder">The model builder.</param>
    /// <param name="tableName">The requests table's name.</param>
    /// <param name="auditTableName">The audit table's name.</param>
    /// <param name="schema">The tables' schema, or <see langword="null"/> for the default.</param>
    /// <returns>The model builder.</returns>
    public static ModelBuilder AddSubjectRequests(this ModelBuilder modelBuilder, string tableName = "SubjectRequests", string auditTableName = "SubjectRequestAudit", string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        ArgumentException.ThrowIfNullOrEmpty(auditTableName);
        var ticks = new ValueConverter<Instant, long>(instant => instant.ToUnixTimeTicks(), value => Instant.FromUnixTimeTicks(value));
        modelBuilder.Entity<SubjectRequest>(request =>
        {
            request.ToTable(tableName, schema);
            request.HasKey(row => row.Id);
            request.Property(row => row.Id).ValueGeneratedNever();
            request.Property(row => row.SubjectId).IsRequired().HasMaxLength(256);
            request.Property(row => row.Kind).HasConversion<string>().HasMaxLength(32);
            request.Property(row => row.ReceivedAt).HasConversion(ticks);
            request.Property(row => row.FirstDeadline).HasConversion(ticks);
            request.Property(row => row.Deadline).HasConversion(ticks);
            request.Property(row => row.ExtensionMonths);
            request.Property(row => row.ExtensionReason);
            request.Property(row => row.State).HasConversion<string>().HasMaxLength(32);
            request.Property(row => row.IdentityVerification).HasConversion<string>().HasMaxLength(32);
            request.Property(row => row.RefusalReason);
            request.Property(row => row.ClosedAt).HasConversion(ticks);
            request.Property(row => row.Version).IsConcurrencyToken();
            request.Ignore(row => row.IsOpen);
            request.HasMany(row => row.Audit).WithOne().HasForeignKey(AuditRequestId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            request.Navigation(row => row.Audit).HasField("_audit").UsePropertyAccessMode(PropertyAccessMode.Field);
            request.HasIndex(row => new { row.State, row.Deadline });
            request.HasIndex(row => row.SubjectId);
        });
        modelBuilder.Entity<SubjectRequestAuditEntry>(entry =>
        {
            entry.ToTable(auditTableName, schema);
            entry.Property<Guid>(AuditRequestId);
            entry.Property<int>(AuditSequence).ValueGeneratedNever();
            entry.HasKey(AuditRequestId, AuditSequence);
            entry.Property(row => row.At).HasConversion(ticks);
            entry.Property(row => row.From).HasConversion<string>().HasMaxLength(32);
            entry.Property(row => row.To).HasConversion<string>().HasMaxLength(32);
            entry.Property(row => row.Reason);
            entry.Property(row => row.IdentityVerification).HasConversion<string>().HasMaxLength(32);
            entry.Property(row => row.Deadline).HasConversion(ticks);
        });
        return modelBuilder;
    }
}
