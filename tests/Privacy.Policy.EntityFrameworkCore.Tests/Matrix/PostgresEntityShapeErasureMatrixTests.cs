using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>The EF Core erasure matrix on PostgreSQL, in a database of its own per cell.</summary>
public sealed class PostgresEntityShapeErasureMatrixTests : EntityShapeErasureMatrix
{
    private readonly string? _connection;

    public PostgresEntityShapeErasureMatrixTests()
    {
        // Read when a cell runs: without a server every cell is skipped, and the constructor must not throw first.
        string? server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable);
        _connection = server is null ? null : new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_matrix_{Guid.NewGuid():N}" }.ConnectionString;
    }

    [PostgresTheory]
    [Xunit.MemberData(nameof(ShapeNames))]
    public Task Each_column_is_erased_or_kept_as_the_in_memory_erasure_decides(string shape) => EachColumnIsErasedOrKeptAsTheInMemoryErasureDecidesAsync(shape);

    [PostgresFact]
    public Task An_owned_collection_is_refused_before_anything_changes() => AnOwnedCollectionIsRefusedBeforeAnythingChangesAsync();

    [PostgresFact]
    public Task A_hierarchy_erased_through_its_base_is_erased_per_concrete_type_by_its_own_classification() => AHierarchyIsErasedPerConcreteTypeByItsOwnClassificationAsync();

    [PostgresFact]
    public Task A_hierarchy_is_erased_all_or_nothing() => AHierarchyIsErasedAllOrNothingAsync();

    [PostgresTheory]
    [Xunit.InlineData(false)]
    [Xunit.InlineData(true)]
    public Task A_hierarchy_in_several_tables_is_refused_before_anything_changes(bool perConcreteType) => AHierarchyInSeveralTablesIsRefusedBeforeAnythingChangesAsync(perConcreteType);

    [PostgresFact]
    public Task A_hierarchy_swept_through_its_base_is_swept_per_concrete_type_by_its_own_classification() => AHierarchyIsSweptPerConcreteTypeByItsOwnClassificationAsync();

    [PostgresFact]
    public Task A_hierarchy_sweep_batch_is_all_or_nothing() => AHierarchySweepBatchIsAllOrNothingAsync();

    [PostgresTheory]
    [Xunit.InlineData(false)]
    [Xunit.InlineData(true)]
    public Task A_hierarchy_in_several_tables_is_not_swept(bool perConcreteType) => AHierarchyInSeveralTablesIsNotSweptAsync(perConcreteType);

    public override async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await using var context = new MatrixContext(Options<MatrixContext>().Options);
            await context.Database.EnsureDeletedAsync();
        }
    }

    protected override DbContextOptionsBuilder<TContext> Options<TContext>()
        => new DbContextOptionsBuilder<TContext>().UseNpgsql(_connection
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL."));
}
