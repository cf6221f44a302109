namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>
/// EF matrix entity: derived from <see cref="MatrixPaymentRow"/> in the same table without generated code of its own
/// (not partial), so nothing classifies its remark: a sweep must erase it as soon as anything in its row has expired.
/// </summary>
public sealed class MatrixPaymentNoteRow : MatrixPaymentRow
{
    [NotPersonalData("A free remark.")]
    public string? Remark { get; set; }
}
