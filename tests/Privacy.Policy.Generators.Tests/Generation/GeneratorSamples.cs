using System.Collections.Generic;

namespace Privacy.Policy.Generators.Tests.Generation;

/// <summary>The consumer code the snapshot, compile and incrementality tests generate for.</summary>
internal static class GeneratorSamples
{
    public const string Record = """
        using NodaTime;
        using Privacy.Policy;

        namespace MisterVoip.Calls;

        public sealed partial record CallRecord
        {
            [DataSubject]
            public required string CustomerId { get; init; }

            [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping,
                          Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
            public required string CalledNumber { get; init; }

            [RetentionAnchor(Start = RetentionStart.EndOfYear)]
            [PersonalData(Category.Usage, Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
            public Instant CallStart { get; init; }

            [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi)]
            public string? Imsi { get; init; }

            [PersonalData(Category.Location, Format = DataFormat.GeoCoordinate)]
            public double? Latitude { get; init; }

            [NotPersonalData]
            public int TariffPlanId { get; init; }
        }
        """;

    public const string Class = """
        using System.Net;
        using Privacy.Policy;

        namespace MisterVoip.Internet;

        public partial class Session
        {
            [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.Security, Format = DataFormat.IpAddress)]
            public string? IpAddress { get; set; }

            [PersonalData(Category.Credentials)]
            public string? Password { get; set; }

            [PersonalData(Category.TechnicalIdentifier, Format = DataFormat.IpAddress)]
            public IPAddress? Gateway { get; set; }

            [NotPersonalData]
            public string Technology { get; set; } = "FTTH";
        }

        public sealed partial class RoamingSession : Session
        {
            [PersonalData(Category.TechnicalIdentifier, Format = DataFormat.Imsi)]
            public string? Imsi { get; set; }
        }

        public sealed partial class Subscriber
        {
            [PersonalData(Category.Identity, Format = DataFormat.PersonName)]
            public required string Name { get; init; }

            [NotPersonalData]
            public int Plan { get; init; }
        }
        """;

    public const string Structs = """
        using System;
        using Privacy.Policy;

        namespace MisterVoip.Billing;

        public partial record struct Payment(
            [property: PersonalData(Category.Payment, Format = DataFormat.Iban)] string Iban,
            [property: NotPersonalData] decimal Amount,
            [property: PersonalData(Category.Payment, Purposes = Purpose.Bookkeeping, Format = DataFormat.Timestamp)] DateTimeOffset PaidAt);

        public partial struct Consent
        {
            [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
            public bool OptedIn;

            [PersonalData(Category.Marketing, Format = DataFormat.FreeText)]
            public string? Interests;
        }
        """;

    public const string NestedGeneric = """
        using Privacy.Policy;

        namespace MisterVoip.Support;

        public static partial class Tickets
        {
            public partial class Thread<TMessage>
            {
                public partial record Message<TAttachment>
                {
                    [PersonalData(Category.Correspondence, Purposes = Purpose.Support, Format = DataFormat.FreeText)]
                    public string Text { get; init; } = "";

                    [PersonalData(Category.Contact, Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]
                    public string? From { get; init; }

                    [NotPersonalData]
                    public TAttachment? Attachment { get; init; }
                }
            }
        }

        public partial class Envelope<TPayload>
            where TPayload : IPersonalData<TPayload>
        {
            [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
            public string? ReplyTo { get; set; }

            [NotPersonalData("The payload redacts itself.")]
            public TPayload? Payload { get; set; }
        }
        """;

    public const string Collections = """
        using System.Collections.Generic;
        using Privacy.Policy;

        namespace MisterVoip.Devices;

        public partial record Sim
        {
            [PersonalData(Category.TechnicalIdentifier, Format = DataFormat.Imsi)]
            public string? Imsi { get; init; }
        }

        public partial class Household
        {
            [PersonalData(Category.Contact, Format = DataFormat.PhoneNumber)]
            public string[] Numbers { get; set; } = [];

            [PersonalData(Category.Contact, Format = DataFormat.EmailAddress, Redaction = RedactionKind.Pseudonymize)]
            public List<string?> Emails { get; set; } = [];

            [PersonalData(Category.TechnicalIdentifier)]
            public IReadOnlyList<Sim> Sims { get; set; } = [];

            [PersonalData(Category.TechnicalIdentifier, Format = DataFormat.Imei)]
            public Dictionary<string, string> ImeiByDevice { get; set; } = new();

            [PersonalData(Category.Usage)]
            public IEnumerable<long> DailyVolumes { get; set; } = [];

            [NotPersonalData]
            public List<int> Plans { get; set; } = [];
        }
        """;

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        [nameof(Record)] = Record,
        [nameof(Class)] = Class,
        [nameof(Structs)] = Structs,
        [nameof(NestedGeneric)] = NestedGeneric,
        [nameof(Collections)] = Collections,
    };
}
