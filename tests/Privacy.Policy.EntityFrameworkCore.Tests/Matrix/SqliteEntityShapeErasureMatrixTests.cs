using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
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

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    protected override DbContextOptionsBuilder<MatrixContext> Options()
        => new DbContextOptionsBuilder<MatrixContext>().UseSqlite($"Data Source={_path}");
}
