using NodaTime;

namespace Privacy.Policy.Tests.Domain;

/// <summary>
/// An account whose e-mail is for support (masked) and whose IBAN is for billing only, with no obligation to keep it:
/// the base type of <see cref="DispatchBusinessAccount"/>, which classifies both differently.
/// </summary>
public partial class DispatchAccount
{
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; set; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress, Redaction = RedactionKind.Mask)]
    public virtual string Email { get; set; } = string.Empty;

    [PersonalData(Category.Payment, Retention = "P1Y", Purposes = Purpose.Billing, Format = DataFormat.Iban)]
    public virtual string Iban { get; set; } = string.Empty;
}

/// <summary>
/// A business account: its stored overrides make the e-mail billing-only (pseudonymised, never for support) and keep
/// the IBAN seven years for the bookkeeping obligation; the phone is its own member, for support. Every operation
/// on a value of it, also through <see cref="DispatchAccount"/>, must follow these classifications.
/// </summary>
public sealed partial class DispatchBusinessAccount : DispatchAccount
{
    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Billing, Format = DataFormat.EmailAddress, Redaction = RedactionKind.Pseudonymize)]
    public override string Email { get; set; } = string.Empty;

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public override string Iban { get; set; } = string.Empty;

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.PhoneNumber)]
    public string Phone { get; set; } = string.Empty;
}

/// <summary>
/// An account type with nothing of its own to classify, so no generated code: held as <see cref="DispatchAccount"/>
/// it is described, logged and exported by its nearest generated base, and dispatch by runtime type ends there.
/// </summary>
public class PlainDispatchAccount : DispatchAccount
{
}
