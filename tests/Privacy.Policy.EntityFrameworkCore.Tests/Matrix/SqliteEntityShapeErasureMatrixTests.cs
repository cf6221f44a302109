using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>The EF Core erasure matrix on SQLite, in a file of its own per cell.</summary>
public sealed class SqliteEntityShapeErasureMatrixTests : EntityShapeErasureMatrix
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"privacy-matrix-{Guid.NewGuid():N}.db");

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public Task Each_column_is_erased_or_kept_as_the_in_memory_erasure_decides(string shape) => EachColumnIsErasedOrKeptAsTheInMemoryErasureDecidesAsync(shape);

    [Fact]
    public Task An_owned_collection_is_refused_before_anything_changes() => AnOwnedCollectionIsRefusedBeforeAnythingChangesAsync();

    [Fact]
    public Task A_hierarchy_erased_through_its_base_is_erased_per_concrete_type_by_its_own_classification() => AHierarchyIsErasedPerConcreteTypeByItsOwnClassificationAsync();

    [Fact]
    public Task A_hierarchy_is_erased_all_or_nothing() => AHierarchyIsErasedAllOrNothingAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task A_hierarchy_in_several_tables_is_refused_before_anything_changes(bool perConcreteType) => AHierarchyInSeveralTablesIsRefusedBeforeAnythingChangesAsync(perConcreteType);

    [Fact]
    public Task A_hierarchy_swept_through_its_base_is_swept_per_concrete_type_by_its_own_classification() => AHierarchyIsSweptPerConcreteTypeByItsOwnClassificationAsync();

    [Fact]
    public Task A_hierarchy_sweep_batch_is_all_or_nothing() => AHierarchySweepBatchIsAllOrNothingAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task A_hierarchy_in_several_tables_is_not_swept(bool perConcreteType) => AHierarchyInSeveralTablesIsNotSweptAsync(perConcreteType);

    public override Task DisposeAsync()
    {
        SqliteTestFiles.Delete(_path);
        return Task.CompletedTask;
    }

    protected override DbContextOptionsBuilder<TContext> Options<TContext>()
        => new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={_path}");
}
