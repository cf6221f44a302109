namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>
/// EF matrix entity: derived from <see cref="MatrixVirtualRow"/> in the same table without generated code of its own
/// (not partial), so nothing classifies its note: the erasure must erase it, as it cannot prove it safe.
/// </summary>
public sealed class MatrixUndescribedRow : MatrixVirtualRow
{
    [NotPersonalData("A free remark.")]
    public string? Remark { get; set; }
}
