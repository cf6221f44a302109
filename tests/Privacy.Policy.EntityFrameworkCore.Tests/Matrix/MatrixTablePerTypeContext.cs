using Microsoft.EntityFrameworkCore;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>The hierarchy of <see cref="MatrixVirtualRow"/> mapped to a table per type, which the erasure refuses.</summary>
public sealed class MatrixTablePerTypeContext(DbContextOptions<MatrixTablePerTypeContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MatrixVirtualRow>(entity =>
        {
            entity.UseTptMappingStrategy();
            MatrixContext.AsTicks(entity.Property(row => row.ContractEnded));
            MatrixContext.StoredOverride(entity);
        });
        modelBuilder.Entity<MatrixOverrideRow>();
    }
}
