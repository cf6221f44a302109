using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Privacy.Policy.Redaction;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>
/// The seed's data filled with unique canary values: after <c>Redact</c>, in <c>ToString</c> and in exception
/// messages, no canary appears beyond what the mask rules keep.
/// </summary>
public sealed class CanaryTests
{
    public static readonly Canary CustomerId = new("CANARY-CUST-7731");
    public static readonly Canary CallingNumber = new("06 48151623", "+31", "23");
    public static readonly Canary CalledNumber = new("06 42424217");
    public static readonly Canary Imsi = new("204169988776655", "20416");
    public static readonly Canary Imei = new("359881234567896", "35988123");
    public static readonly Canary Name = new("Xandrijn Quellenbeek", "X.", "Q.");
    public static readonly Canary Email = new("xandrijn.quellenbeek@canary-mail.nl", "x", "@canary-mail.nl");
    public static readonly Canary Address = new("Zonnewijzerpad 77, 3456 QZ Woerden", " 3456 ");
    public static readonly Canary Bsn = new("123456782");
    public static readonly Canary Iban = new("NL91ABNA0417164300", "NL", "4300");
    public static readonly Canary Card = new("4929 8577 3362 1146", "1146");
    public static readonly Canary Password = new("Zq8!xKv#Pw55word");
    public static readonly Canary UserName = new("xquellenbeek77");
    public static readonly Canary IpAddress = new("203.0.113.199", "203.0.113.");
    public static readonly Canary MacAddress = new("DE:AD:BE:EF:CA:FE", "DE:AD:BE:");
    public static readonly Canary Location = new("52.09073, 5.12142", "52.09", "5.12");
    public static readonly Canary Notes = new("Notitie: Xandrijn belde boos over storing");
    public static readonly Canary Interests = new("hobby-zeilen-wadden");

    public static IReadOnlyList<Canary> All { get; } =
    [
        CustomerId, CallingNumber, CalledNumber, Imsi, Imei, Name, Email, Address, Bsn, Iban, Card, Password, UserName,
        IpAddress, MacAddress, Location, Notes, Interests,
    ];

    private static IServiceProvider Services { get; } = TestPolicies.Services();

    public static CallRecord CanaryCall() => new()
    {
        CustomerId = CustomerId.Value,
        CallingNumber = CallingNumber.Value,
        CalledNumber = CalledNumber.Value,
        CallStart = Instant.FromUtc(2026, 11, 29, 13, 37, 42),
        Duration = Duration.FromSeconds(4711),
        Imsi = Imsi.Value,
        Imei = Imei.Value,
        CellLatitude = 52.09073,
        CellLongitude = 5.12142,
        ForwardedTo = [CalledNumber.Value],
    };

    public static InternetSession CanarySession() => new()
    {
        CustomerId = CustomerId.Value,
        Started = Instant.FromUtc(2026, 11, 29, 13, 37, 42),
        UserName = UserName.Value,
        Password = Password.Value,
        IpAddress = IpAddress.Value,
        GatewayAddress = System.Net.IPAddress.Parse(IpAddress.Value),
        MacAddress = MacAddress.Value,
        Location = Location.Value,
        PreviousAddresses = [IpAddress.Value],
    };

    public static Customer CanaryCustomer() => new()
    {
        CustomerNumber = CustomerId.Value,
        Name = Name.Value,
        DateOfBirth = new LocalDate(1977, 7, 7),
        Email = Email.Value,
        ContactPhone = CallingNumber.Value,
        Address = Address.Value,
        Bsn = Bsn.Value,
        Iban = Iban.Value,
        RecentCalls = [CanaryCall()],
        PaymentsByInvoice = new Dictionary<string, Payment> { ["INV-7"] = new Payment { Iban = Iban.Value, CardNumber = Card.Value, Amount = 1m } },
        Marketing = new MarketingProfile { Interests = Interests.Value, OptedIn = true },
    };

    public static SupportTicket CanaryTicket() => new EscalatedTicket(Notes.Value, 1, CallingNumber.Value, Name.Value);

    [Fact]
    public void The_canaries_are_found_where_they_are_not_redacted()
    {
        // The detector itself must work, or every other test here passes vacuously.
        string plain = string.Join(" ", CanaryCall().CalledNumber, CanaryCustomer().Email, CanarySession().Password);
        Assert.Throws<Xunit.Sdk.TrueException>(() => Canary.AssertNoneIn(plain, All, "plain text"));
    }

    [Fact]
    public void Redacted_copies_hold_no_canary()
    {
        IPrivacyPolicy policy = Services.GetRequiredService<IPrivacyPolicy>();

        Canary.AssertNoneIn(Dump(policy.Redact(CanaryCall())), All, "redacted call record");
        Canary.AssertNoneIn(Dump(policy.Redact(CanarySession())), All, "redacted session");
        Canary.AssertNoneIn(Dump(policy.Redact(CanaryCustomer())), All, "redacted customer");
        Canary.AssertNoneIn(Dump(policy.Redact(CanaryTicket())), All, "redacted ticket");
    }

    [Fact]
    public void ToString_of_the_originals_holds_no_canary()
    {
        Canary.AssertNoneIn(CanaryCall().ToString(), All, "CallRecord.ToString()");
        Canary.AssertNoneIn(CanarySession().ToString(), All, "InternetSession.ToString()");
        Canary.AssertNoneIn(CanaryCustomer().ToString(), All, "Customer.ToString()");
        Canary.AssertNoneIn(CanaryTicket().ToString(), All, "SupportTicket.ToString()");
        Canary.AssertNoneIn(CanaryCustomer().PaymentsByInvoice["INV-7"].ToString(), All, "Payment.ToString()");
        Canary.AssertNoneIn($"{CanaryCustomer().Marketing}", All, "MarketingProfile.ToString()");
    }

    [Fact]
    public void Exception_messages_hold_no_canary()
    {
        var messages = new List<string>();
        var unkeyed = new ServiceCollection().AddPrivacyPolicy().BuildServiceProvider();
        messages.Add(Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => unkeyed.GetRequiredService<IPrivacyPolicy>()).ToString());
        messages.Add(Assert.Throws<InvalidOperationException>(() => CallRecord.Redact(CanaryCall(), TestRedactors.Unkeyed)).ToString());

        var options = TestRedactors.Options(o => o.Pseudonymization.Key = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Password.Value)));
        messages.Add(Assert.Throws<ArgumentException>(() => PersonalDataRedactor.Create(options)).ToString());

        var redactor = new PrivacyPolicyRedactor(TestRedactors.Keyed, DataFormat.PhoneNumber, RedactionKind.Mask);
        messages.Add(Assert.Throws<ArgumentException>(() => redactor.Redact(CallingNumber.Value.AsSpan(), new char[2])).ToString());

        Assert.Equal(4, messages.Count);
        foreach (string message in messages)
        {
            Canary.AssertNoneIn(message, All, "exception");
            Assert.DoesNotContain(options.Pseudonymization.Key!, message, StringComparison.Ordinal);
        }
    }

    /// <summary>Every public property value, recursively into collections and nested values, as text.</summary>
    internal static string Dump(object? value) => value switch
    {
        null => "null",
        string text => text,
        System.Collections.IDictionary dictionary => string.Join(", ", System.Linq.Enumerable.Cast<object>(dictionary.Keys).Select(key => $"{key}: {Dump(dictionary[key])}")),
        System.Collections.IEnumerable items => string.Join(", ", System.Linq.Enumerable.Cast<object?>(items).Select(Dump)),
        IPAddress address => address.ToString(),
        _ when value.GetType().Namespace == typeof(CallRecord).Namespace => string.Join("; ", value.GetType()
            .GetMembers(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
            .Select(member => member switch
            {
                System.Reflection.FieldInfo field => $"{field.Name}={Dump(field.GetValue(value))}",
                System.Reflection.PropertyInfo { CanRead: true } property when property.GetIndexParameters().Length == 0 => $"{property.Name}={Dump(property.GetValue(value))}",
                _ => string.Empty,
            })),
        _ => value.ToString() ?? string.Empty,
    };
}
