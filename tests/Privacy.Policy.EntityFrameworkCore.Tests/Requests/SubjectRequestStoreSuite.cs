using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>
/// <see cref="EntityFrameworkSubjectRequestStore{TContext}"/>, the same suite on every provider: a request keeps every
/// member and audit entry through every state; of two writers of one version exactly one wins; the due and overdue
/// lists come from SQL in deadline order; a crash while answering an erasure request, or in the middle of the erasure
/// itself, leaves it in progress, and a re-run erases (again, harmlessly) and answers it once.
/// </summary>
public abstract class SubjectRequestStoreSuite : IAsyncLifetime
{
    protected static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 10, 0);

    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public async Task InitializeAsync()
    {
        await using var context = new RequestsContext(Options().Options);
        await context.Database.EnsureCreatedAsync();
    }

    /// <summary>Deletes this test's database.</summary>
    public abstract Task DisposeAsync();

    protected abstract DbContextOptionsBuilder<RequestsContext> Options();

    /// <summary>Every member of a request, and every audit entry, reads back as it was written, after every step.</summary>
    protected async Task ARequestRoundTripsThroughEveryStateAsync()
    {
        var clock = new FakeClock(Now);
        var store = new EntityFrameworkSubjectRequestStore<RequestsContext>(Factory());
        var requests = new SubjectRequests(store, clock, Amsterdam);

        SubjectRequest request = await requests.ReceiveAsync("C-100234", SubjectRequestKind.Erasure, Now - Duration.FromDays(1));
        await AssertStoredAsync(store, request);
        clock.AdvanceHours(1);
        request = await requests.VerifyIdentityAsync(request.Id, IdentityVerificationMethod.IdentityDocument, "Written request; no account, e-mail address or phone number");
        await AssertStoredAsync(store, request);
        clock.AdvanceHours(1);
        request = await requests.ExtendAsync(request.Id, 1, "Many requests after the outage");
        await AssertStoredAsync(store, request);
        clock.AdvanceHours(1);
        request = await requests.ExtendAsync(request.Id, 2, "Still many requests after the outage");
        await AssertStoredAsync(store, request);
        clock.AdvanceHours(1);
        request = await requests.StartAsync(request.Id);
        await AssertStoredAsync(store, request);
        clock.AdvanceHours(1);
        request = await requests.AnswerAsync(request.Id);
        SubjectRequest stored = await AssertStoredAsync(store, request);

        Assert.Equal(SubjectRequestState.Answered, stored.State);
        Assert.Equal(6, stored.Version);
        Assert.Equal(Now + Duration.FromHours(5), stored.ClosedAt);
        Assert.Equal(2, stored.ExtensionMonths);
        Assert.Equal(IdentityVerificationMethod.IdentityDocument, stored.IdentityVerification);
        Assert.Equal(
            [SubjectRequestState.Received, SubjectRequestState.IdentityVerified, SubjectRequestState.IdentityVerified, SubjectRequestState.IdentityVerified, SubjectRequestState.InProgress, SubjectRequestState.Answered],
            stored.Audit.Select(entry => entry.To));

        SubjectRequest refused = await requests.ReceiveAsync("C-100235", SubjectRequestKind.Access);
        refused = await requests.RefuseAsync(refused.Id, "Identity could not be confirmed (art. 12(2) and 12(6))");
        stored = await AssertStoredAsync(store, refused);
        Assert.Equal("Identity could not be confirmed (art. 12(2) and 12(6))", stored.RefusalReason);
        Assert.Null(await store.FindAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddAsync(refused).AsTask());
        await AssertStoredAsync(store, refused);
    }

    /// <summary>
    /// Two services, each with a context of its own, read one request at version 2 and both write: exactly one wins,
    /// the other gets <see cref="SubjectRequestConcurrencyException"/>, and the stored request has the winner's one step.
    /// </summary>
    protected async Task OfTwoWritersExactlyOneWinsAsync()
    {
        var clock = new FakeClock(Now);
        var setup = new SubjectRequests(new EntityFrameworkSubjectRequestStore<RequestsContext>(Factory()), clock, Amsterdam);
        SubjectRequest request = await setup.ReceiveAsync("C-100234", SubjectRequestKind.Access);
        request = await setup.VerifyIdentityAsync(request.Id, IdentityVerificationMethod.KnownEmailAddress);
        clock.AdvanceMinutes(5);

        using var bothRead = new Barrier(2);
        var one = new SubjectRequests(new BarrierStore(new EntityFrameworkSubjectRequestStore<RequestsContext>(Factory()), bothRead), clock, Amsterdam);
        var two = new SubjectRequests(new BarrierStore(new EntityFrameworkSubjectRequestStore<RequestsContext>(Factory()), bothRead), clock, Amsterdam);
        Task<SubjectRequest> start = Task.Run(async () => await one.StartAsync(request.Id));
        Task<SubjectRequest> refuse = Task.Run(async () => await two.RefuseAsync(request.Id, "Manifestly unfounded (art. 12(5))"));
        Exception?[] outcomes = await Task.WhenAll(OutcomeAsync(start), OutcomeAsync(refuse));

        Assert.Single(outcomes, outcome => outcome is null);
        SubjectRequestConcurrencyException lost = Assert.IsType<SubjectRequestConcurrencyException>(Assert.Single(outcomes, outcome => outcome is not null));
        Assert.Equal(2, lost.ExpectedVersion);
        Assert.Equal(3, lost.ActualVersion);

        SubjectRequest stored = (await setup.FindAsync(request.Id))!;
        SubjectRequest winner = outcomes[0] is null ? await start : await refuse;
        Assert.Equal(Describe(winner), Describe(stored));
        Assert.Equal(3, stored.Version);
        Assert.Equal(3, stored.Audit.Count);

        // A writer that read version 2 cannot write over version 3 directly either, and nothing changes.
        var store = new EntityFrameworkSubjectRequestStore<RequestsContext>(Factory());
        SubjectRequestConcurrencyException stale = await Assert.ThrowsAsync<SubjectRequestConcurrencyException>(() => store.UpdateAsync(winner, 2).AsTask());
        Assert.Equal(3, stale.ActualVersion);
        Assert.Equal(Describe(winner), Describe((await store.FindAsync(request.Id))!));
    }

    /// <summary>
    /// The due and overdue lists hold the open requests with their deadline at or before the limit, earliest first and
    /// then by id as the in-memory store orders them, from one SQL query that filters and orders.
    /// </summary>
    protected async Task DueAndOverdueRequestsAreListedInDeadlineOrderAsync()
    {
        var log = new CommandLog();
        var clock = new FakeClock(Now);
        var store = new EntityFrameworkSubjectRequestStore<RequestsContext>(Factory(log));
        var requests = new SubjectRequests(store, clock, Amsterdam);

        SubjectRequest later = await requests.ReceiveAsync("C-3", SubjectRequestKind.Access, Now - Duration.FromDays(10));
        SubjectRequest overdue = await requests.ReceiveAsync("C-1", SubjectRequestKind.Erasure, Now - Duration.FromDays(40));
        SubjectRequest dueSoon = await requests.ReceiveAsync("C-2", SubjectRequestKind.Rectification, Now - Duration.FromDays(25));
        SubjectRequest dueSoonToo = await requests.ReceiveAsync("C-4", SubjectRequestKind.Restriction, Now - Duration.FromDays(25) + Duration.FromHours(1));
        SubjectRequest answered = await requests.ReceiveAsync("C-5", SubjectRequestKind.Access, Now - Duration.FromDays(45));
        await requests.VerifyIdentityAsync(answered.Id, IdentityVerificationMethod.PortalSession);
        await requests.StartAsync(answered.Id);
        await requests.AnswerAsync(answered.Id);
        SubjectRequest refused = await requests.ReceiveAsync("C-6", SubjectRequestKind.Objection, Now - Duration.FromDays(35));
        await requests.RefuseAsync(refused.Id, "Not an objection to processing we do");
        SubjectRequest inProgress = await requests.ReceiveAsync("C-7", SubjectRequestKind.Portability, Now - Duration.FromDays(50));
        await requests.VerifyIdentityAsync(inProgress.Id, IdentityVerificationMethod.KnownPhoneNumber);
        inProgress = await requests.StartAsync(inProgress.Id);

        Assert.Equal(dueSoon.Deadline, dueSoonToo.Deadline);
        Guid[] soon = new[] { dueSoon, dueSoonToo }.OrderBy(request => request.Id).Select(request => request.Id).ToArray();

        log.Commands.Clear();
        IReadOnlyList<SubjectRequest> overdueNow = await requests.ListOverdueAsync();
        string query = Assert.Single(log.Commands);
        Assert.Contains("\"Deadline\" <=", query, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", query, StringComparison.Ordinal);
        Assert.Equal([inProgress.Id, overdue.Id], overdueNow.Select(request => request.Id));
        Assert.Equal(Describe(inProgress), Describe(overdueNow[0]));

        IReadOnlyList<SubjectRequest> week = await requests.ListDueAsync(7);
        Assert.Equal([inProgress.Id, overdue.Id, .. soon], week.Select(request => request.Id));

        IReadOnlyList<SubjectRequest> month = await requests.ListDueAsync(31);
        Assert.Equal([inProgress.Id, overdue.Id, .. soon, later.Id], month.Select(request => request.Id));
        Assert.Empty(await store.ListOpenDueByAsync(inProgress.Deadline - Duration.Epsilon));
    }

    /// <summary>
    /// Issue 16: a crash in the middle of answering an erasure request leaves the request in a state from which
    /// re-running finishes it. The subject is erased, then the process dies while recording the answer (the audit
    /// insert fails after the request row was updated, in the same transaction); the request is still in progress with
    /// no answer recorded. The re-run erases again (nothing changes), answers, and the audit shows one answer; a third
    /// run has nothing to do.
    /// </summary>
    protected async Task ACrashWhileAnsweringAnErasureIsFinishedByARerunAsync()
    {
        var clock = new FakeClock(Now);
        IPrivacyPolicy policy = new ServiceCollection().AddSingleton<IClock>(clock).AddPrivacyPolicy().BuildServiceProvider().GetRequiredService<IPrivacyPolicy>();
        Dictionary<long, string> original = await SeedCallsAsync();

        var healthy = new SubjectRequests(new EntityFrameworkSubjectRequestStore<RequestsContext>(Factory()), clock, Amsterdam);
        SubjectRequest request = await healthy.ReceiveAsync("C-1", SubjectRequestKind.Erasure);
        await healthy.VerifyIdentityAsync(request.Id, IdentityVerificationMethod.PortalSession);
        await healthy.StartAsync(request.Id);
        clock.AdvanceHours(1);

        var crash = new FailingAuditInsertInterceptor();
        var dying = new SubjectRequests(new EntityFrameworkSubjectRequestStore<RequestsContext>(Factory(crash)), clock, Amsterdam);
        await Assert.ThrowsAnyAsync<Exception>(() => FinishErasuresAsync(dying, policy));
        Assert.Equal(1, crash.Failures);

        Dictionary<long, string> erased = await CallsAsync();
        Assert.NotEqual(original.Where(row => row.Value.StartsWith("C-1|", StringComparison.Ordinal)), erased.Where(row => row.Value.StartsWith("C-1|", StringComparison.Ordinal)));
        Assert.Equal(original.Where(row => row.Value.StartsWith("C-2|", StringComparison.Ordinal)), erased.Where(row => row.Value.StartsWith("C-2|", StringComparison.Ordinal)));
        SubjectRequest afterCrash = (await healthy.FindAsync(request.Id))!;
        Assert.Equal(SubjectRequestState.InProgress, afterCrash.State);
        Assert.Equal(3, afterCrash.Version);
        Assert.Null(afterCrash.ClosedAt);
        Assert.DoesNotContain(afterCrash.Audit, entry => entry.To == SubjectRequestState.Answered);

        clock.AdvanceHours(1);
        Assert.Equal(1, await FinishErasuresAsync(healthy, policy));
        Assert.Equal(erased, await CallsAsync());
        Assert.Equal(0, await FinishErasuresAsync(healthy, policy));

        SubjectRequest finished = (await healthy.FindAsync(request.Id))!;
        Assert.Equal(SubjectRequestState.Answered, finished.State);
        Assert.Equal(4, finished.Version);
        Assert.Equal(Now + Duration.FromHours(2), finished.ClosedAt);
        Assert.Single(finished.Audit, entry => entry.To == SubjectRequestState.Answered);
        await Assert.ThrowsAsync<SubjectRequestTransitionException>(() => healthy.AnswerAsync(request.Id).AsTask());
        Assert.Single((await healthy.FindAsync(request.Id))!.Audit, entry => entry.To == SubjectRequestState.Answered);
    }

    /// <summary>
    /// Issue 16, the other half: the process dies in the middle of the erasure itself, after the database erased the
    /// subject's rows and before the erasure committed. Nothing of the erasure stays (it is one transaction), the request
    /// is still in progress with no answer, and the re-run erases and answers it once.
    /// </summary>
    protected async Task ACrashInTheMiddleOfTheErasureIsFinishedByARerunAsync()
    {
        var clock = new FakeClock(Now);
        IPrivacyPolicy policy = new ServiceCollection().AddSingleton<IClock>(clock).AddPrivacyPolicy().BuildServiceProvider().GetRequiredService<IPrivacyPolicy>();
        Dictionary<long, string> original = await SeedCallsAsync();

        var requests = new SubjectRequests(new EntityFrameworkSubjectRequestStore<RequestsContext>(Factory()), clock, Amsterdam);
        SubjectRequest request = await requests.ReceiveAsync("C-1", SubjectRequestKind.Erasure);
        await requests.VerifyIdentityAsync(request.Id, IdentityVerificationMethod.PortalSession);
        await requests.StartAsync(request.Id);
        clock.AdvanceHours(1);

        var crash = new FailingAfterErasureWriteInterceptor();
        await Assert.ThrowsAnyAsync<Exception>(() => FinishErasuresAsync(requests, policy, crash));
        Assert.Equal(1, crash.Failures);
        Assert.Equal(3, crash.RowsWrittenBeforeTheCrash);

        // The rows the statement had erased are back: the erasure's transaction never committed.
        Assert.Equal(original, await CallsAsync());
        SubjectRequest afterCrash = (await requests.FindAsync(request.Id))!;
        Assert.Equal(SubjectRequestState.InProgress, afterCrash.State);
        Assert.Equal(3, afterCrash.Version);
        Assert.Null(afterCrash.ClosedAt);

        clock.AdvanceHours(1);
        Assert.Equal(1, await FinishErasuresAsync(requests, policy));
        Dictionary<long, string> erased = await CallsAsync();
        Assert.NotEqual(original.Where(row => row.Value.StartsWith("C-1|", StringComparison.Ordinal)), erased.Where(row => row.Value.StartsWith("C-1|", StringComparison.Ordinal)));
        Assert.Equal(original.Where(row => row.Value.StartsWith("C-2|", StringComparison.Ordinal)), erased.Where(row => row.Value.StartsWith("C-2|", StringComparison.Ordinal)));
        Assert.Equal(0, await FinishErasuresAsync(requests, policy));

        SubjectRequest finished = (await requests.FindAsync(request.Id))!;
        Assert.Equal(SubjectRequestState.Answered, finished.State);
        Assert.Equal(Now + Duration.FromHours(2), finished.ClosedAt);
        Assert.Single(finished.Audit, entry => entry.To == SubjectRequestState.Answered);
    }

    // The job a service runs (and re-runs after a crash): every open erasure request in progress is erased, then answered.
    private async Task<int> FinishErasuresAsync(SubjectRequests requests, IPrivacyPolicy policy, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] erasureInterceptors)
    {
        int answered = 0;
        foreach (SubjectRequest request in await requests.ListDueAsync(366))
        {
            if (request is not { Kind: SubjectRequestKind.Erasure, State: SubjectRequestState.InProgress })
            {
                continue;
            }

            await using (RequestsContext context = new(Options().AddInterceptors(erasureInterceptors).Options))
            {
                await context.EraseSubjectAsync<CallRow>(policy, request.SubjectId);
            }

            await requests.AnswerAsync(request.Id);
            answered++;
        }

        return answered;
    }

    private async Task<Dictionary<long, string>> SeedCallsAsync()
    {
        await using (RequestsContext context = new(Options().Options))
        {
            for (int i = 1; i <= 5; i++)
            {
                context.Calls.Add(new CallRow
                {
                    Id = i,
                    CustomerId = i <= 3 ? "C-1" : "C-2",
                    CallStart = Now - Duration.FromDays(10 + i),
                    CalledNumber = $"061234567{i}",
                    CallingNumber = $"062345678{i}",
                    Imsi = $"20416123456789{i}",
                    DurationSeconds = 60 * i,
                });
            }

            await context.SaveChangesAsync();
        }

        return await CallsAsync();
    }

    private async Task<Dictionary<long, string>> CallsAsync()
    {
        await using RequestsContext context = new(Options().Options);
        return await context.Calls.AsNoTracking().ToDictionaryAsync(
            row => row.Id,
            row => string.Join("|", row.CustomerId, row.CalledNumber, row.CallingNumber, row.Imsi, row.DurationSeconds.ToString(CultureInfo.InvariantCulture)));
    }

    private RequestsContextFactory Factory(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
        => new(() => Options().AddInterceptors(interceptors).Options);

    private static async Task<SubjectRequest> AssertStoredAsync(ISubjectRequestStore store, SubjectRequest expected)
    {
        SubjectRequest stored = (await store.FindAsync(expected.Id))!;
        Assert.NotNull(stored);
        Assert.Equal(Describe(expected), Describe(stored));
        return stored;
    }

    private static async Task<Exception?> OutcomeAsync(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    // Every member, the personal ones too: this is the test's own comparison, never shown outside it.
    private static string Describe(SubjectRequest request)
        => string.Join(
            "\n",
            new[]
            {
                string.Join("|", request.Id, request.SubjectId, request.Kind, request.ReceivedAt, request.FirstDeadline, request.Deadline, request.ExtensionMonths, request.ExtensionReason, request.State, request.IdentityVerification, request.RefusalReason, request.ClosedAt, request.Version),
            }.Concat(request.Audit.Select(entry => string.Join("|", entry.At, entry.From, entry.To, entry.Reason, entry.IdentityVerification, entry.Deadline))));
}
