using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Testing;
using Privacy.Policy.Tests.Disclosure;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Requests;

/// <summary>docs/requests.md shows the code of <see cref="DocumentedRequests"/> word for word, and that code does what the page says.</summary>
public sealed class DocumentedRequestsTests
{
    private static readonly Instant Now = RequestFixture.Local(2027, 5, 10, 9, 0);

    [Fact]
    public void The_page_shows_each_example_as_it_compiles()
    {
        Dictionary<string, string> code = DocumentedBlocks.Read(File.ReadAllLines(RepositoryPaths.Combine("tests", "Privacy.Policy.Tests", "Requests", "DocumentedRequests.cs")), @"^\s*// requests: (?<name>\S+)\s*$", @"^\s*// end requests\s*$");
        Dictionary<string, string> page = DocumentedBlocks.Read(File.ReadAllLines(RepositoryPaths.Combine("docs", "requests.md")), @"^<!-- requests: (?<name>\S+) -->$", "^```$", skipFence: true);
        Assert.Equal(["access", "concurrency", "due", "letter", "notify", "object", "refuse", "register", "restrict"], code.Keys.Order());
        foreach ((string name, string text) in code)
        {
            Assert.True(page.TryGetValue(name, out string? shown), $"docs/requests.md has no block marked requests: {name}");
            Assert.Equal(text, shown);
        }
    }

    [Fact]
    public void The_page_names_every_public_type_of_the_folder()
    {
        string page = File.ReadAllText(RepositoryPaths.Combine("docs", "requests.md"));
        string[] types = Directory.EnumerateFiles(RepositoryPaths.Combine("src", "Privacy.Policy", "Requests"), "*.cs")
            .Where(file => File.ReadAllText(file).Contains("\npublic ", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .ToArray()!;

        Assert.Contains("SubjectRequests", types);
        Assert.All(types, type => Assert.Contains($"`{type}`", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_examples_do_what_the_page_says()
    {
        var clock = new FakeClock(Now);
        ServiceProvider provider = DocumentedRequests.Register(new ServiceCollection().AddSingleton<IClock>(clock), options =>
        {
            options.Pseudonymization.KeyId = TestRedactors.KeyId;
            options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
        }).BuildServiceProvider();
        SubjectRequests requests = provider.GetRequiredService<SubjectRequests>();

        SubjectRequest access = await DocumentedRequests.AnswerAccessRequestAsync(requests, RequestFixture.Subject);
        Assert.Equal(SubjectRequestState.Answered, access.State);
        Assert.True(access.ClosedAt < access.Deadline);

        SubjectRequest letter = await DocumentedRequests.ReceiveLetterAsync(requests, RequestFixture.Subject, Now - Duration.FromDays(1));
        Assert.Equal(Instant.FromUtc(2027, 6, 9, 22, 0), letter.FirstDeadline);  // end of 9 June, CEST
        Assert.Equal(Instant.FromUtc(2027, 8, 9, 22, 0), letter.Deadline);       // end of 9 August
        Assert.Equal(IdentityVerificationMethod.IdentityDocument, letter.IdentityVerification);

        SubjectRequest unverified = await requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Objection);
        SubjectRequest refused = await DocumentedRequests.RefuseAsync(requests, unverified.Id, NullLogger.Instance);
        Assert.Equal(SubjectRequestState.Refused, refused.State);

        SubjectRequest started = await DocumentedRequests.StartAsync(requests, letter.Id);
        Assert.Equal(SubjectRequestState.InProgress, started.State);

        SubjectRequest late = await requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Restriction, Now - Duration.FromDays(40));
        clock.AdvanceDays(1);
        IReadOnlyList<SubjectRequest> overdue = await DocumentedRequests.ReportDueAsync(requests, clock, NullLogger.Instance);
        Assert.Equal([late.Id], overdue.Select(request => request.Id));
    }

    [Fact]
    public void The_restriction_example_refuses_and_then_discloses_for_a_legal_claim()
    {
        var audit = new RecordingAuditSink();
        var customer = new Customer { CustomerNumber = RequestFixture.Subject, Name = "Jan de Vries", Iban = "NL91ABNA0417164300", Address = "Kerkstraat 1" };
        IServiceCollection services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now)).AddSingleton<IDisclosureAuditSink>(audit);
        void Configure(PrivacyPolicyOptions options)
        {
            options.Pseudonymization.KeyId = TestRedactors.KeyId;
            options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
            options.Recipients.Add(new RecipientDeclaration("Incassobureau BV", RecipientRole.IndependentController, Purpose.Billing));
        }

        Customer sent = DocumentedRequests.DiscloseForLegalClaim(services, Configure, customer);

        Assert.Equal(customer.Iban, sent.Iban);
        Assert.True(Assert.Single(audit.Records).Allowed);
        IPrivacyPolicy policy = services.BuildServiceProvider().GetRequiredService<IPrivacyPolicy>();
        Assert.True(services.BuildServiceProvider().GetRequiredService<ISubjectProcessingLimits>().IsRestricted(RequestFixture.Subject));
        DisclosureRefusedException refused = Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(customer, "Incassobureau BV", Purpose.Billing));
        Assert.Equal(DisclosureRefusal.Restricted, refused.Reason);
    }

    [Fact]
    public void The_objection_example_stops_marketing_and_keeps_security_on_its_grounds()
    {
        var limits = new InMemorySubjectProcessingLimits();

        DocumentedRequests.RecordObjections(limits, RequestFixture.Subject);

        Assert.True(limits.HasObjected(RequestFixture.Subject, Purpose.Marketing));
        Assert.Null(limits.CompellingGroundsFor(RequestFixture.Subject, Purpose.Marketing));
        Assert.NotNull(limits.CompellingGroundsFor(RequestFixture.Subject, Purpose.Security));
    }

    [Fact]
    public void The_notification_example_lists_the_recipients_that_got_the_corrected_members()
    {
        var audit = new RecordingAuditSink();
        ServiceProvider provider = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now)).AddSingleton<IDisclosureAuditSink>(audit)
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = TestRedactors.KeyId;
                options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
                DisclosurePolicies.DeclareRecipients(options);
            }).BuildServiceProvider();
        var customer = new Customer { CustomerNumber = RequestFixture.Subject, Name = "Jan de Vries", Email = "jan@example.nl", Address = "Kerkstraat 1" };
        provider.GetRequiredService<IPrivacyPolicy>().Disclose(customer, DisclosurePolicies.Carrier, Purpose.Shipping);

        IReadOnlyList<RecipientNotification> toSend = DocumentedRequests.NotifyRecipients(provider.GetRequiredService<RecipientNotifications>(), RequestFixture.Subject, audit.Records);

        RecipientNotification notification = Assert.Single(toSend);
        Assert.Equal(DisclosurePolicies.Carrier, notification.Recipient);
        Assert.Equal(["Address"], notification.Members);
    }
}
