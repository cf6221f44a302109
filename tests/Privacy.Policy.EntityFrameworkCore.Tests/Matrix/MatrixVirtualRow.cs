using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>
/// EF matrix entity: the concrete base of a second hierarchy, whose IBAN (virtual) a bookkeeping obligation holds
/// seven years; <see cref="MatrixOverrideRow"/> re-classifies it.
/// </summary>
public partial class MatrixVirtualRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing)]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; set; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public virtual string? Iban { get; set; }
}
