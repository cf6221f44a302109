using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>EF matrix entity: a plain class with an e-mail, an IBAN a legal obligation holds and a note.</summary>
public sealed partial class MatrixPlainRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing)]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; set; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string? Email { get; set; }

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string? Iban { get; set; }

    [NotPersonalData("A product code.")]
    public string Note { get; set; } = string.Empty;
}
