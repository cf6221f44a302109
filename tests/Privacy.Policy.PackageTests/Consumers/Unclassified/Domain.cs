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

        [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping,
                      Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
        public string CalledNumber { get; init; } = "";

        public int TariffPlanId { get; init; }
    }

    public static partial class UsageLog
    {
        // Microsoft's logging generator writes this body, and would log CalledNumber in clear.
        [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Call ended")]
        public static partial void CallEnded(Microsoft.Extensions.Logging.ILogger logger, [Microsoft.Extensions.Logging.LogProperties] CallRecord call);
    }

    public partial class Invoice
    {
        [PersonalData(Category.Payment, Retention = "7 years", Format = DataFormat.Iban)]
        public string Iban { get; init; } = "";
    }

    public class Subscriber
    {
        [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
        public string Email { get; init; } = "";
    }

    public partial class Device
    {
        [DataSubject]
        public double Score { get; init; }
    }

    public partial class Session
    {
        [PersonalData(Category.TechnicalIdentifier, Format = DataFormat.Imsi, Redaction = RedactionKind.Pseudonymize)]
        public long Imsi { get; init; }
    }
}

namespace Telecom.Billing
{
    public class PaymentReminder
    {
        public string DebtorName { get; init; } = "";
    }
}
