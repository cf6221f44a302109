using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Tests.Disclosure;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Redaction;
using Xunit;
using static Privacy.Policy.Tests.Disclosure.DisclosurePolicies;

namespace Privacy.Policy.Tests.Requests;

/// <summary>Art. 19: the recipients to tell after rectification, erasure or restriction, from the disclosure audit.</summary>
public sealed class RecipientNotificationsTests
{
    private const string Subject = "C-100234";

    private static Customer Customer(string number) => new()
    {
        CustomerNumber = number,
        Name = "Jan de Vries",
        Email = "jan.devries@example.nl",
        ContactPhone = "06 11223344",
        Address = "Kerkstraat 1, 1017 GA Amsterdam",
        Iban = "NL91ABNA0417164300",
    };

    private static (IPrivacyPolicy Policy, RecordingAuditSink Audit, RecipientNotifications Notifications) Create()
    {
        var audit = new RecordingAuditSink();
        ServiceProvider provider = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Now))
            .AddSingleton<IDisclosureAuditSink>(audit)
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = TestRedactors.KeyId;
                options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
                DeclareRecipients(options);
            })
            .BuildServiceProvider();
        return (provider.GetRequiredService<IPrivacyPolicy>(), audit, provider.GetRequiredService<RecipientNotifications>());
    }

    [Fact]
    public void A_rectified_member_is_notified_to_exactly_the_recipients_that_received_it()
    {
        (IPrivacyPolicy policy, RecordingAuditSink audit, RecipientNotifications notifications) = Create();
        policy.Disclose(Customer(Subject), Carrier, Purpose.Shipping);                   // Address
        policy.Disclose(Customer(Subject), Partner, Purpose.ServiceNotifications);       // Email, ContactPhone
        policy.Disclose(Customer("C-999999"), Partner, Purpose.Shipping);                // another subject: Address
        Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(Customer(Subject), FormerCarrier, Purpose.Shipping));

        RecipientNotification email = Assert.Single(notifications.For<Customer>(Subject, ["Email"], RecipientNotificationReason.Rectification, audit.Records));
        Assert.Equal(Partner, email.Recipient);
        Assert.Equal(["Email"], email.Members);
        Assert.Equal("GDPR art. 16, art. 19", email.Article);
        Assert.Equal("Privacy.Policy.Tests.Domain.Customer", email.TypeName);

        IReadOnlyList<RecipientNotification> erased = notifications.For<Customer>(Subject, ["Address", "ContactPhone", "Iban"], RecipientNotificationReason.Erasure, audit.Records);
        Assert.Equal([Partner, Carrier], erased.Select(n => n.Recipient));
        Assert.Equal(["ContactPhone"], erased[0].Members);
        Assert.Equal(["Address"], erased[1].Members);
        Assert.All(erased, n => Assert.Equal("GDPR art. 17, art. 19", n.Article));
        Assert.All(erased, n => Assert.DoesNotContain(Subject, n.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain("Kerkstraat", string.Join(" ", erased), StringComparison.Ordinal);

        Assert.Empty(notifications.For<Customer>(Subject, ["Bsn"], RecipientNotificationReason.Restriction, audit.Records));
        Assert.Empty(notifications.For<CallRecord>(Subject, ["Address"], RecipientNotificationReason.Restriction, audit.Records));
    }

    private static readonly string[] Recipients = ["A BV", "B BV", "C BV"];
    private static readonly string[] Paths = ["Email", "Address", "RecentCalls.ForwardedTo", "RecentCalls.CalledNumber", "Iban"];
    private static readonly string[] Affected = ["Email", "RecentCalls", "RecentCalls.CalledNumber", "Iban", "Bsn"];

    private static Gen<DisclosureAuditRecord> Records()
        => from recipient in Gen.Elements(Recipients)
           from subject in Gen.Elements<string?>("ps:me", "ps:other", null)
           from type in Gen.Elements("T", "U")
           from members in Gen.SubListOf(Paths)
           from refused in Gen.Elements(false, false, true)
           select new DisclosureAuditRecord(Now, recipient, Purpose.Support, DisclosureBasis.DeclaredPurpose, type, refused ? [] : [.. members], subject, refused ? DisclosureRefusal.PurposeNotDeclared : null, null);

    [Property(MaxTest = 300)]
    public Property Each_recipient_that_received_an_affected_member_of_the_subject_is_told_of_exactly_those_members()
        => Prop.ForAll(Gen.ListOf(Records()).ToArbitrary(), Gen.SubListOf(Affected).ToArbitrary(), (records, affected) =>
        {
            IReadOnlyList<RecipientNotification> notifications = RecipientNotifications.Select(records, new HashSet<string> { "ps:me" }, "T", [.. affected], RecipientNotificationReason.Rectification);

            // What must be told, by the definition: the subject's allowed records of the type, members at or under an affected path, or above one.
            static bool Related(string a, string b) => a == b || a.StartsWith(b + ".", StringComparison.Ordinal) || b.StartsWith(a + ".", StringComparison.Ordinal);
            var expected = records
                .Where(r => r.Allowed && r.Subject == "ps:me" && r.TypeName == "T")
                .SelectMany(r => r.Members.Where(m => affected.Any(a => Related(m, a))).Select(m => (r.Recipient, m)))
                .ToHashSet();
            var told = notifications.SelectMany(n => n.Members.Select(m => (n.Recipient, m))).ToHashSet();

            return expected.SetEquals(told)
                && notifications.Select(n => n.Recipient).Distinct().Count() == notifications.Count
                && notifications.All(n => n.Members.Count > 0 && n.Reason == RecipientNotificationReason.Rectification);
        });
}
