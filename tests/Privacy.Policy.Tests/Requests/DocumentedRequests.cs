using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using Privacy.Policy.Tests.Domain;

namespace Privacy.Policy.Tests.Requests;

/// <summary>
/// The examples of docs/requests.md, as code that compiles and runs: each block between <c>// requests: name</c> and
/// <c>// end requests</c> is on the page word for word (<see cref="DocumentedRequestsTests"/>).
/// </summary>
public static class DocumentedRequests
{
    public static IServiceCollection Register(IServiceCollection services, Action<PrivacyPolicyOptions> configure)
    {
        // requests: register
        // SubjectRequests needs a store that outlives the process; AddPrivacyPolicy does not choose one.
        services.AddSingleton<ISubjectRequestStore, InMemorySubjectRequestStore>();   // your database store here
        services.AddPrivacyPolicy(configure);                                          // registers SubjectRequests
        // end requests
        return services;
    }

    public static async Task<SubjectRequest> AnswerAccessRequestAsync(SubjectRequests requests, string customerId)
    {
        // requests: access
        // A logged-in customer asks for their data in the portal (GDPR art. 15): the session is the identity check.
        SubjectRequest request = await requests.ReceiveAsync(customerId, SubjectRequestKind.Access);
        await requests.VerifyIdentityAsync(request.Id, IdentityVerificationMethod.PortalSession);
        await requests.StartAsync(request.Id);
        // ... build the export with IPrivacyPolicy.BeginExport and send it ...
        request = await requests.AnswerAsync(request.Id);

        // request.State == SubjectRequestState.Answered; on time when request.ClosedAt < request.Deadline
        // end requests
        return request;
    }

    public static async Task<SubjectRequest> ReceiveLetterAsync(SubjectRequests requests, string customerId, Instant letterArrived)
    {
        // requests: letter
        // A letter asking for erasure (art. 17) arrived yesterday: the month runs from its arrival, not from today.
        SubjectRequest request = await requests.ReceiveAsync(customerId, SubjectRequestKind.Erasure, letterArrived);

        // No account, no e-mail address or phone number on file: only then an identity document (art. 12(6)).
        // The copy shows name and date of birth only; photo, MRZ, document number and BSN are blacked out.
        request = await requests.VerifyIdentityAsync(request.Id, IdentityVerificationMethod.IdentityDocument,
            reason: "Written request; no portal account and no known e-mail address or phone number");

        // Many requests after an outage: two further months (art. 12(3)), before the first deadline passes.
        // Tell the person, with this reason, within the first month.
        request = await requests.ExtendAsync(request.Id, totalMonths: 2, reason: "Exceptional number of requests after the outage of 3 May");
        // request.FirstDeadline: the end of the day one month after arrival; request.Deadline: two months later
        // end requests
        return request;
    }

    public static async Task<SubjectRequest> RefuseAsync(SubjectRequests requests, Guid requestId, ILogger logger)
    {
        // requests: refuse
        try
        {
            await requests.AnswerAsync(requestId);          // not verified yet: out of order
        }
        catch (SubjectRequestTransitionException refused)
        {
            // "Subject request 3f2a... cannot move from Received to Answered: ..." (no subject id)
            logger.LogWarning("Step refused for request {RequestId} in {State}", refused.RequestId, refused.State);
        }

        // Art. 12(4): tell the person why, and that they may complain to the Autoriteit Persoonsgegevens or go to court.
        SubjectRequest request = await requests.RefuseAsync(requestId, "Identity could not be confirmed (art. 12(2) and 12(6))");
        // end requests
        return request;
    }

    public static async Task<SubjectRequest> StartAsync(SubjectRequests requests, Guid requestId)
    {
        // requests: concurrency
        try
        {
            return await requests.StartAsync(requestId);
        }
        catch (SubjectRequestConcurrencyException)
        {
            // Someone else moved it between our read and our write: read it again and decide again.
            SubjectRequest current = (await requests.FindAsync(requestId))!;
            return current.State == SubjectRequestState.InProgress ? current : await requests.StartAsync(requestId);
        }
        // end requests
    }

    public static async Task<IReadOnlyList<SubjectRequest>> ReportDueAsync(SubjectRequests requests, IClock clock, ILogger logger)
    {
        // requests: due
        // Every morning: what is due within a week (overdue first, then by deadline).
        IReadOnlyList<SubjectRequest> due = await requests.ListDueAsync(days: 7);
        foreach (SubjectRequest request in due)
        {
            // ToString: id, kind, state, received, deadline, version; never the subject id or a reason.
            logger.LogInformation("{Request} overdue: {Overdue}", request, request.IsOverdueAt(clock.GetCurrentInstant()));
            foreach (SubjectRequestAuditEntry entry in request.Audit)
            {
                logger.LogInformation("  {At} {From} -> {To}, deadline {Deadline}", entry.At, entry.From, entry.To, entry.Deadline);
            }
        }

        IReadOnlyList<SubjectRequest> overdue = await requests.ListOverdueAsync();
        // end requests
        return overdue;
    }

    public static Customer DiscloseForLegalClaim(IServiceCollection services, Action<PrivacyPolicyOptions> configure, Customer customer)
    {
        // requests: restrict
        // Restriction (art. 18) must outlive the process too; AddPrivacyPolicy registers no register of limits.
        var limits = new InMemorySubjectProcessingLimits();                  // your durable register here
        services.AddSingleton<ISubjectProcessingLimits>(limits);
        IPrivacyPolicy privacyPolicy = services.AddPrivacyPolicy(configure).BuildServiceProvider().GetRequiredService<IPrivacyPolicy>();

        // The customer contests the accuracy of their data: restricted while it is checked (art. 18(1)(a)).
        limits.Restrict(customer.CustomerNumber);
        // privacyPolicy.Disclose(customer, "Pakketdienst BV", Purpose.Shipping) now throws, Reason == Restricted.

        // Only on a ground of art. 18(2), such as the defence of a legal claim, does it go.
        Customer sent = privacyPolicy.Disclose(customer, "Incassobureau BV", Purpose.Billing, RestrictionExemption.LegalClaims);
        // end requests
        return sent;
    }

    public static void RecordObjections(InMemorySubjectProcessingLimits limits, string customerId)
    {
        // requests: object
        // The customer objects to offers and to the analysis of their sessions for network security (art. 21).
        limits.Object(customerId, Purpose.Marketing);   // direct marketing: stops, no grounds can override it (art. 21(3))
        limits.Object(customerId, Purpose.Security);    // legitimate interest: stops until grounds are recorded (art. 21(1))

        // After weighing the objection, the controller demonstrates compelling legitimate grounds for Security.
        limits.RecordCompellingGrounds(customerId, Purpose.Security, "Line used in an ongoing fraud investigation");
        // Disclose(..., Purpose.Marketing) is refused with Reason == Objected; Disclose(..., Purpose.Security) goes again.
        // end requests
    }

    public static IReadOnlyList<RecipientNotification> NotifyRecipients(RecipientNotifications notifications, string customerId, IEnumerable<DisclosureAuditRecord> audit)
    {
        // requests: notify
        // The customer's e-mail address and address were corrected (art. 16): tell each recipient that got them (art. 19).
        IReadOnlyList<RecipientNotification> toSend = notifications.For<Customer>(
            customerId, ["Email", "Address"], RecipientNotificationReason.Rectification, audit);
        foreach (RecipientNotification notification in toSend)
        {
            // notification.Recipient, notification.Members (names, never values), notification.Article: send it your way.
        }
        // end requests
        return toSend;
    }
}
