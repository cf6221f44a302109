using System.Collections.Generic;

namespace Privacy.Policy.Generators.Tests.Generation;

/// <summary>The consumer code the snapshot, compile and incrementality tests generate for.</summary>
internal static class GeneratorSamples
{
    public const string Record = """
        using NodaTime;
        using Privacy.Policy;

        namespace MisterVoip.Calls;

        [ServiceArea("Bellen", "Calls")]
        public sealed partial record CallRecord
        {
            [DataSubject]
            public required string CustomerId { get; init; }

            [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping,
                          Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
            public required string CalledNumber { get; init; }

            [RetentionAnchor(Start = RetentionStart.EndOfYear, Dutch = "na het einde van het \"gespreksjaar\"", English = "after the end of the call's year")]
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
            [DataSubject]
            public long? AccountNumber;

            [ConsentRecord(Purpose.Marketing)]
            [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
            public bool OptedIn;

            [PersonalData(Category.Marketing, Format = DataFormat.FreeText, Redaction = RedactionKind.Scrub)]
            public string? Interests;

            [ConsentRecord(Purpose.Security)]
            public System.DateTimeOffset? FraudScreeningConsent;

            [PersonalData(Category.Payment, Purposes = Purpose.Security | Purpose.Billing, LegalBasis = LegalBasis.LegitimateInterest, Interest = "Recovering unpaid bills")]
            public string? CollectionNote;
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
                    [PersonalData(Category.Correspondence, Purposes = Purpose.Support, Format = DataFormat.FreeText, Redaction = RedactionKind.Scrub)]
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

            [PersonalData(Category.Correspondence)]
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

            // Keyed by a number: each value erased and disclosed by its own code. Keyed by text: emptied whole.
            [PersonalData(Category.TechnicalIdentifier)]
            public Dictionary<int, Sim> SimsByLine { get; set; } = new();

            [PersonalData(Category.TechnicalIdentifier)]
            public IReadOnlyDictionary<string, Sim> SimsByName { get; set; } = new Dictionary<string, Sim>();

            // Open [NotPersonalData] collections and dynamic: each element checked at run time.
            [NotPersonalData]
            public List<object> Attachments { get; set; } = [];

            [NotPersonalData]
            public object[]? Extras { get; set; }

            [NotPersonalData]
            public IReadOnlyList<IDevice>? Devices { get; set; }

            [NotPersonalData]
            public Dictionary<int, object>? ByLine { get; set; }

            [NotPersonalData]
            public dynamic? Script { get; set; }

            [NotPersonalData]
            public List<dynamic> Scripts { get; set; } = [];
        }

        public interface IDevice
        {
        }
        """;

    public const string EdgeShapes = """
        using System.Collections.Generic;
        using Privacy.Policy;
        using Pii = Privacy.Policy.PersonalDataAttribute;

        namespace Shapes;

        // Hint names: Outer`1 and Outer_1 are different types, as are Person and person.
        public partial class Outer<T>
        {
            public partial record Inner
            {
                [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
                public string Email { get; init; } = "";
            }
        }

        public partial class Outer_1
        {
            public partial record Inner
            {
                [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
                public string Email { get; init; } = "";
            }
        }

        public partial record Person
        {
            [PersonalData(Category.Identity, Format = DataFormat.PersonName)]
            public string Name { get; init; } = "";
        }

        public partial record person
        {
            [PersonalData(Category.Identity, Format = DataFormat.PersonName)]
            public string Name { get; init; } = "";
        }

        // An alias on a positional parameter, a subject id alone, a keyword for a name.
        public sealed partial record Aliased([property: Pii(Category.Contact, Format = DataFormat.EmailAddress)] string Email);

        public partial record SubjectOnly
        {
            [DataSubject]
            public string CustomerId { get; init; } = "";
        }

        public partial record Keyword
        {
            [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
            public string @default { get; init; } = "";
        }

        // A generic personal-data type with a nullable type argument, and personal data nested too deep to copy.
        public partial record Box<T>
        {
            [PersonalData(Category.Contact, Format = DataFormat.EmailAddress)]
            public string Email { get; init; } = "";

            [NotPersonalData]
            public T? Tag { get; init; }
        }

        public partial record Holder
        {
            [PersonalData(Category.Contact)]
            public Box<string?>? Box { get; init; }

            [PersonalData(Category.Contact)]
            public HashSet<Person> People { get; init; } = new();

            [PersonalData(Category.Contact)]
            public Person[][] Grid { get; init; } = [];

            [PersonalData(Category.Location, Format = DataFormat.GeoCoordinate)]
            public (double Latitude, double Longitude) Position { get; init; }
        }
        """;

    /// <summary>
    /// Declared purposes: a company purpose with its name and wording, a built-in purpose whose basis the assembly
    /// replaces, a member's own basis, and consent records on a base type and a derived one.
    /// </summary>
    public const string Declared = """
        using NodaTime;
        using Privacy.Policy;

        [assembly: ProcessingPurpose(MisterVoip.Network.Purposes.NetworkPlanning, LegalBasis.LegitimateInterest,
            Name = "NetworkPlanning", Interest = "Het netwerk plannen naar het verkeer",
            Dutch = "Netwerkplanning", English = "Network planning")]
        [assembly: ProcessingPurpose(Purpose.Marketing, LegalBasis.LegitimateInterest,
            Interest = "Bestaande klanten wijzen op vergelijkbare eigen diensten (Tw art. 11.7 lid 3)",
            Dutch = "Aanbiedingen aan bestaande klanten", English = "Offers to existing customers")]

        namespace MisterVoip.Network;

        public static class Purposes
        {
            public const Purpose NetworkPlanning = (Purpose)(1 << 16);
        }

        public partial class CellVisit
        {
            [DataSubject]
            public string? CustomerNumber { get; set; }

            [PersonalData(Category.Location, Purposes = Purposes.NetworkPlanning | Purpose.ServiceDelivery)]
            public string? Cell { get; set; }

            [PersonalData(Category.Marketing, Purposes = Purpose.Marketing)]
            public string? Segment { get; set; }

            [PersonalData(Category.Marketing, Purposes = Purpose.Support, LegalBasis = LegalBasis.Consent)]
            public string? Preferences { get; set; }

            [ConsentRecord(Purpose.Support)]
            public Instant? SupportConsentGiven { get; set; }
        }

        public partial class RoamingVisit : CellVisit
        {
            [ConsentRecord(Purpose.Marketing)]
            public bool? RoamingOffers { get; set; }

            [PersonalData(Category.Location, Purposes = Purpose.Marketing, LegalBasis = LegalBasis.Consent)]
            public string? Country { get; set; }
        }
        """;

    public const string RetentionFrom = """
        using System;
        using NodaTime;
        using Privacy.Policy;

        namespace MisterVoip.Payments;

        public partial class Mandate
        {
            [DataSubject]
            public string CustomerId { get; init; } = "";

            [RetentionAnchor]
            public LocalDate SignedOn { get; init; }

            [RetentionMoment(Dutch = "na de laatste incasso", English = "after the last collection")]
            [NotPersonalData("The last collection; empty while the mandate is in use.")]
            public LocalDate? LastCollection { get; init; }

            [PersonalData(Category.Payment, Retention = "P13M", RetentionFrom = nameof(LastCollection), Purposes = Purpose.Billing, Format = DataFormat.Iban)]
            public string Iban { get; init; } = "";

            [PersonalData(Category.Payment, Retention = "P7Y", RetentionFrom = nameof(LastCollection), RetentionFromStart = RetentionStart.EndOfYear, Purposes = Purpose.Bookkeeping)]
            public string Reference { get; init; } = "";
        }

        public partial class CorporateMandate : Mandate
        {
            [NotPersonalData]
            public DateTimeOffset Registered { get; init; }

            [PersonalData(Category.Identity, Retention = "P1Y", RetentionFrom = nameof(Registered), Purposes = Purpose.Billing)]
            public string Signatory { get; init; } = "";
        }
        """;

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        [nameof(Declared)] = Declared,
        [nameof(Record)] = Record,
        [nameof(Class)] = Class,
        [nameof(Structs)] = Structs,
        [nameof(NestedGeneric)] = NestedGeneric,
        [nameof(Collections)] = Collections,
        [nameof(EdgeShapes)] = EdgeShapes,
        [nameof(RetentionFrom)] = RetentionFrom,
    };
}
