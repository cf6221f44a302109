using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using NodaTime;
using Privacy.Policy.Redaction;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>The generated <c>Redact</c> of each shape of type, compiled into this project and run.</summary>
public sealed class GeneratedRedactTests
{
    private static readonly Instant CallStart = Instant.FromUtc(2026, 3, 14, 15, 9, 26);

    private static IPrivacyPolicy Policy { get; } = TestPolicies.Create();

    public static CallRecord Call() => new()
    {
        CustomerId = "C-100234",
        CallingNumber = "06 12345678",
        CalledNumber = "+31 20 555 0199",
        CallStart = CallStart,
        Duration = Duration.FromSeconds(754),
        Imsi = "204081234567890",
        Imei = "352099001761481",
        CellLatitude = 52.37403,
        CellLongitude = 4.88969,
        TariffPlanId = 42,
        ForwardedTo = ["0687654321", "not a number"],
    };

    [Fact]
    public void A_record_is_redacted_member_by_member_and_the_original_is_untouched()
    {
        CallRecord original = Call();
        CallRecord redacted = Policy.Redact(original);

        Assert.Equal(TestRedactors.Keyed.Redact("C-100234", DataFormat.Unspecified, RedactionKind.Pseudonymize), redacted.CustomerId);
        Assert.Equal("+31*******78", redacted.CallingNumber);
        Assert.Equal(TestRedactors.Keyed.Redact("0205550199", DataFormat.PhoneNumber, RedactionKind.Pseudonymize), redacted.CalledNumber);
        Assert.StartsWith("ps:2026-11:", redacted.CalledNumber, StringComparison.Ordinal);
        Assert.Equal(Instant.FromUtc(2026, 3, 14, 0, 0), redacted.CallStart);
        Assert.Equal(Duration.Zero, redacted.Duration);
        Assert.Equal("20408**********", redacted.Imsi);
        Assert.Equal("35209900*******", redacted.Imei);
        Assert.Equal(52.37, redacted.CellLatitude);
        Assert.Equal(4.89, redacted.CellLongitude);
        Assert.Equal(42, redacted.TariffPlanId);
        Assert.Equal(["+31*******21", string.Empty], redacted.ForwardedTo);

        Assert.Equal("06 12345678", original.CallingNumber);
        Assert.Equal("0687654321", original.ForwardedTo[0]);
    }

    [Fact]
    public void A_mutable_class_is_cloned_and_its_base_and_private_members_are_redacted()
    {
        var session = new RoamingSession
        {
            CustomerId = "C-1",
            Started = CallStart,
            UserName = "jan1970",
            Password = "hunter2",
            IpAddress = "192.0.2.77",
            GatewayAddress = IPAddress.Parse("2001:db8:abcd:12::1"),
            MacAddress = "00:1A:2B:3C:4D:5E",
            BytesTransferred = 123_456_789,
            Location = "52.37403, 4.88969",
            PreviousAddresses = ["192.0.2.1", "198.51.100.7"],
            AccessTechnology = "5G",
            VisitedNetwork = "BE Proximus",
            Imsi = "206011234567890",
        };
        session.RecordQuality(87);

        InternetSession redacted = Policy.Redact<InternetSession>(session);

        var roaming = Assert.IsType<RoamingSession>(redacted);
        Assert.NotSame(session, roaming);
        Assert.Equal(string.Empty, roaming.UserName);
        Assert.Equal(string.Empty, roaming.Password);
        Assert.Equal("192.0.2.0/24", roaming.IpAddress);
        Assert.Equal(IPAddress.Parse("2001:db8:abcd::"), roaming.GatewayAddress);
        Assert.Equal("00:1A:2B:**:**:**", roaming.MacAddress);
        Assert.Equal(0, roaming.BytesTransferred);
        Assert.Equal("52.37,4.89", roaming.Location);
        Assert.All(roaming.PreviousAddresses, address => Assert.StartsWith("ps:2026-11:", address, StringComparison.Ordinal));
        Assert.NotSame(session.PreviousAddresses, roaming.PreviousAddresses);
        Assert.Equal(0, roaming.QualityScore);
        Assert.Equal("5G", roaming.AccessTechnology);
        Assert.Equal(string.Empty, roaming.VisitedNetwork);
        Assert.Equal("20601**********", roaming.Imsi);
        Assert.Equal(87, session.QualityScore);
        Assert.Equal("hunter2", session.Password);
    }

    [Fact]
    public void A_class_with_init_only_members_is_rebuilt_with_nested_collections_redacted()
    {
        var customer = new Customer
        {
            CustomerNumber = "C-100234",
            Name = "Jan de Vries",
            DateOfBirth = new LocalDate(1970, 5, 1),
            Email = "jan.devries@example.nl",
            ContactPhone = "0612345678",
            Address = "Damrak 1, 1012 LG Amsterdam",
            Bsn = "111222333",
            Iban = "NL91 ABNA 0417 1643 00",
            RecentCalls = [Call()],
            PaymentsByInvoice = new Dictionary<string, Payment>(StringComparer.OrdinalIgnoreCase)
            {
                ["INV-1"] = new Payment { Iban = "NL91ABNA0417164300", CardNumber = "4111 1111 1111 1111", Amount = 12.5m, PaidAt = CallStart },
            },
            Marketing = new MarketingProfile { Interests = "voetbal, reizen", OptedIn = true, Segment = 3 },
            IsBusiness = true,
        };

        Customer redacted = Policy.Redact(customer);

        Assert.Equal(string.Empty, redacted.CustomerNumber);
        Assert.Equal("J. d. V.", redacted.Name);
        Assert.Null(redacted.DateOfBirth);
        Assert.Equal("j***@example.nl", redacted.Email);
        Assert.Equal("+31*******78", redacted.ContactPhone);
        Assert.Equal("1012 **", redacted.Address);
        Assert.Equal(string.Empty, redacted.Bsn);
        Assert.StartsWith("ps:2026-11:", redacted.Iban, StringComparison.Ordinal);
        Assert.Equal("+31*******78", Assert.Single(redacted.RecentCalls).CallingNumber);
        Payment payment = redacted.PaymentsByInvoice["inv-1"];
        Assert.Equal("NL************4300", payment.Iban);
        Assert.Equal("************1111", payment.CardNumber);
        Assert.Equal(12.5m, payment.Amount);
        Assert.Equal(Instant.FromUtc(2026, 3, 14, 0, 0), payment.PaidAt);
        Assert.Equal(string.Empty, redacted.Marketing!.Value.Interests);
        Assert.False(redacted.Marketing.Value.OptedIn);
        Assert.Equal(3, redacted.Marketing.Value.Segment);
        Assert.True(redacted.IsBusiness);
        Assert.Equal("Jan de Vries", customer.Name);
    }

    [Fact]
    public void A_class_rebuilt_with_an_initializer_refuses_a_derived_instance_instead_of_dropping_its_members()
    {
        Device redacted = Policy.Redact(new Device { Imei = "352099001761481", Model = "Fairphone 5" });
        Assert.Equal("35209900*******", redacted.Imei);
        Assert.Equal("Fairphone 5", redacted.Model);

        var exception = Assert.Throws<NotSupportedException>(() => Policy.Redact<Device>(new Smartphone { Imei = "352099001761481", HasEsim = true }));
        Assert.DoesNotContain("352099001761481", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_inherited_from_an_unannotated_base_are_erased_and_hidden()
    {
        var account = new PortalAccount { Email = "jan@example.nl", PasswordHash = "AQAAAAEAACcQ-hash", DisplayName = "Jan de Vries", PrefersDarkMode = true };

        PortalAccount redacted = Policy.Redact(account);

        Assert.Equal(string.Empty, redacted.Email);
        Assert.Equal(string.Empty, redacted.PasswordHash);
        Assert.Equal("acct-0001", redacted.Id); // get-only: a copy cannot set it (PRIV009 says so)
        Assert.Equal("J. d. V.", redacted.DisplayName);
        Assert.True(redacted.PrefersDarkMode);
        Assert.Equal("PortalAccount { Email = ***, PasswordHash = ***, Id = ***, DisplayName = J. d. V., PrefersDarkMode = True }", account.ToString());
        Assert.Equal(["DisplayName"], PortalAccount.Descriptor.Members.Select(member => member.Name));

        var card = new ContactCard("jan@example.nl", "Jan de Vries");
        Assert.Equal("ContactCard { Email = ***, Name = J. d. V. }", card.ToString());
        ContactCard redactedCard = Policy.Redact(card);
        Assert.Equal(string.Empty, redactedCard.Email);
        Assert.Equal("J. d. V.", redactedCard.Name);
    }

    [Fact]
    public void A_subject_id_alone_makes_a_type_personal_data()
    {
        var record = new SubjectOnly { CustomerId = "C-100234", Calls = 3 };

        Assert.Equal(string.Empty, Policy.Redact(record).CustomerId);
        Assert.Equal(3, Policy.Redact(record).Calls);
        Assert.Equal("SubjectOnly { CustomerId = ***, Calls = 3 }", record.ToString());
        Assert.Equal("CustomerId", Assert.Single(SubjectOnly.Descriptor.Members).Name);
    }

    [Fact]
    public void Personal_data_nested_deeper_than_one_collection_is_erased_whole()
    {
        var holder = new DeepHolder
        {
            Set = [Call()],
            Jagged = [[Call()]],
            ByDay = new Dictionary<int, List<CallRecord>> { [1] = [Call()] },
            Label = "week 48",
        };

        DeepHolder redacted = Policy.Redact(holder);

        Assert.Null(redacted.Set);
        Assert.Empty(redacted.Jagged);
        Assert.Empty(redacted.ByDay);
        Assert.Equal("week 48", redacted.Label);
        Assert.Single(holder.Set);
    }

    [Fact]
    public void A_derived_record_redacts_base_and_own_members_through_either_type()
    {
        var ticket = new EscalatedTicket("Klant belt over storing, 06 12345678", 7, "0612345678", "Anne Bakker");

        SupportTicket viaBase = Policy.Redact<SupportTicket>(ticket);
        EscalatedTicket viaSelf = Policy.Redact(ticket);

        foreach (SupportTicket redacted in new[] { viaBase, viaSelf })
        {
            var escalated = Assert.IsType<EscalatedTicket>(redacted);
            Assert.Equal(string.Empty, escalated.Notes);
            Assert.Equal(7, escalated.TicketNumber);
            Assert.Equal("+31*******78", escalated.CallbackNumber);
            Assert.Equal("A. B.", escalated.EscalatedBy);
        }
    }

    [Fact]
    public void A_generic_type_redacts_its_own_members_and_a_payload_constrained_to_personal_data()
    {
        var envelope = new Envelopes.Envelope<CallRecord> { ReplyTo = "klant@example.nl", Payload = Call(), Subject = "Storing" };

        Envelopes.Envelope<CallRecord> redacted = Policy.Redact(envelope);

        Assert.Equal("k***@example.nl", redacted.ReplyTo);
        Assert.Equal("+31*******78", redacted.Payload!.CallingNumber);
        Assert.Equal("06 12345678", envelope.Payload!.CallingNumber);
        Assert.Equal("Storing", redacted.Subject);
        Assert.Null(Policy.Redact(new Envelopes.Envelope<CallRecord> { Payload = null }).Payload);
    }

    [Fact]
    public void Descriptors_list_every_personal_data_member_with_defaults_resolved()
    {
        PersonalDataDescriptor descriptor = CallRecord.Descriptor;

        Assert.Equal("Privacy.Policy.Tests.Domain.CallRecord", descriptor.TypeName);
        Assert.Equal("CustomerId", descriptor.DataSubjectMember);
        Assert.Equal("CallStart", descriptor.RetentionAnchorMember);
        PersonalDataMember called = descriptor.FindMember("CalledNumber")!;
        Assert.Equal(Category.Usage, called.Category);
        Assert.Equal(Purpose.Billing | Purpose.Bookkeeping, called.Purposes);
        Assert.Equal([LegalBasis.Contract, LegalBasis.LegalObligation], called.LegalBases);
        Assert.Equal("P7Y", called.Retention);
        Assert.Equal(RedactionKind.Pseudonymize, called.Redaction);
        Assert.Equal(RedactionKind.Mask, descriptor.FindMember("CallingNumber")!.Redaction);
        Assert.Equal(RedactionKind.Erase, descriptor.FindMember("Duration")!.Redaction);
        Assert.Null(descriptor.FindMember("TariffPlanId"));

        Assert.False(InternetSession.Descriptor.FindMember("Password")!.Exportable);
        Assert.Equal(RetentionStart.EndOfDay, InternetSession.Descriptor.RetentionStart);
        Assert.Equal(
            ["CustomerId", "Started", "UserName", "Password", "IpAddress", "GatewayAddress", "MacAddress", "BytesTransferred", "Location", "PreviousAddresses", "_qualityScore", "VisitedNetwork", "Imsi"],
            RoamingSession.Descriptor.Members.Select(member => member.Name));
    }

    [Fact]
    public void Every_non_generic_type_is_in_the_catalog()
    {
        PersonalDataCatalog catalog = Privacy.Policy.Generated.AssemblyPersonalDataCatalog.Catalog;
        string[] names = catalog.Descriptors.Select(descriptor => descriptor.TypeName).ToArray();
        Assert.Equal("Privacy.Policy.Tests", catalog.AssemblyName);
        Assert.Contains(catalog, PersonalDataCatalog.Loaded);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Contains("Privacy.Policy.Tests.Domain.CallRecord", names);
        Assert.Contains("Privacy.Policy.Tests.Domain.SupportTicket", names);
        Assert.Contains("Privacy.Policy.Tests.Domain.Payment", names);
        Assert.DoesNotContain(names, name => name.Contains("Envelope", StringComparison.Ordinal));
    }
}
