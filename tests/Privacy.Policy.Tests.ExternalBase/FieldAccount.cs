using NodaTime;
using Privacy.Policy;

namespace Privacy.Policy.Tests.ExternalBase;

/// <summary>
/// An account with a public field between its properties. Its own generated code lists the members as declared;
/// a type deriving from it in another assembly reads them from metadata, fields first.
/// </summary>
public partial class FieldAccount
{
    /// <summary>When the contract ended: retention counts from it.</summary>
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; set; }

    /// <summary>The support e-mail address.</summary>
    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public string Email { get; set; } = string.Empty;

    /// <summary>The IBAN, kept seven years for the bookkeeping obligation.</summary>
    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public string Iban = string.Empty;
}
