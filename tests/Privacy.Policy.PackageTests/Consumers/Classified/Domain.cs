using NodaTime;
using Privacy.Policy;

namespace Telecom.Usage
{
    public partial record CallRecord
    {
        [DataSubject]
        public string CustomerId { get; init; } = "";

        [RetentionAnchor]
        public Instant CallStart { get; init; }

        [NotPersonalData(Reason = "when the invoice that billed the call was sent; empty until then")]
        public Instant? InvoicedAt { get; init; }

        // Kept for billing, counted from the invoice (Telecommunicatiewet art. 11.5(2)); the invoice below is the fiscal record.
        [PersonalData(Category.Usage, Retention = "P2Y", Purposes = Purpose.Billing, RetentionFrom = nameof(InvoicedAt),
                      Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
        public string CalledNumber { get; init; } = "";

        [NotPersonalData(Reason = "a tariff is shared by every customer on it")]
        public int TariffPlanId { get; init; }
    }

    public partial class Invoice
    {
        [RetentionAnchor(Start = RetentionStart.EndOfYear)]
        public LocalDate IssuedOn { get; init; }

        [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.Iban)]
        public string Iban { get; init; } = "";
    }

    public partial class Subscriber
    {
        [PersonalData(Category.Contact, Purposes = Purpose.ServiceNotifications, Format = DataFormat.EmailAddress)]
        public string Email { get; init; } = "";
    }

    public partial class Device
    {
        [DataSubject]
        public long CustomerNumber { get; init; }

        [NotPersonalData]
        public double Score { get; init; }
    }

    public partial class Session
    {
        [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi, Redaction = RedactionKind.Erase)]
        public long Imsi { get; init; }
    }
}

namespace Telecom.Billing
{
    public partial class PaymentReminder
    {
        [PersonalData(Category.Identity, Purposes = Purpose.Billing, Format = DataFormat.PersonName)]
        public string DebtorName { get; init; } = "";
    }
}
