using NodaTime;

namespace Privacy.Policy.Tests.Domain;

/// <summary>
/// The security review's customer: a support e-mail and an IBAN kept seven years for the bookkeeping obligation. Its
/// members are virtual so that <see cref="BusinessSupportCustomer"/> can re-declare one.
/// </summary>
public partial record SupportCustomer
{
    [RetentionAnchor]
    [NotPersonalData("When the contract ended: retention counts from it.")]
    public Instant? ContractEnded { get; init; }

    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
    public virtual string Email { get; init; } = string.Empty;

    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]
    public virtual string Iban { get; init; } = string.Empty;
}

/// <summary>
/// A derived customer with a stored <c>override</c> of the base's e-mail: its descriptor lists the base's IBAN before
/// its own e-mail, so the base's members sit at other positions there than in the base's own descriptor.
/// </summary>
public sealed partial record BusinessSupportCustomer : SupportCustomer
{
    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support | Purpose.ServiceNotifications, Format = DataFormat.EmailAddress)]
    public override string Email { get; init; } = string.Empty;
}

/// <summary>
/// An account deriving from <see cref="Privacy.Policy.Tests.ExternalBase.FieldAccount"/>, compiled in another
/// assembly with a public field among its properties: its descriptor lists the field first, as metadata does.
/// </summary>
public partial class LeasedFieldAccount : Privacy.Policy.Tests.ExternalBase.FieldAccount
{
    [PersonalData(Category.Contact, Retention = "P1Y", Purposes = Purpose.Support, Format = DataFormat.PhoneNumber)]
    public string Phone { get; set; } = string.Empty;
}
