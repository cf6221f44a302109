using Microsoft.EntityFrameworkCore;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>The hierarchy of <see cref="MatrixVirtualRow"/> mapped to a table per concrete type, which the erasure refuses.</summary>
public sealed class MatrixTablePerConcreteTypeContext(DbContextOptions<MatrixTablePerConcreteTypeContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MatrixVirtualRow>(entity =>
        {
            entity.UseTpcMappingStrategy();
            entity.Property(row => row.Id).ValueGeneratedNever();
            MatrixContext.AsTicks(entity.Property(row => row.ContractEnded));
            MatrixContext.StoredOverride(entity);
        });
        modelBuilder.Entity<MatrixOverrideRow>();
    }
}
