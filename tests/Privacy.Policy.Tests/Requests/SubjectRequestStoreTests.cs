using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Xunit;

namespace Privacy.Policy.Tests.Requests;

/// <summary>
/// The in-memory store: optimistic concurrency (two writers never both move one request), an append-only audit, and
/// the due and overdue lists ordered by deadline.
/// </summary>
public sealed class SubjectRequestStoreTests
{
    private static readonly Instant Now = RequestFixture.Local(2027, 3, 10, 12, 0);

    [Fact]
    public async Task A_writer_with_a_stale_version_is_refused_and_the_first_write_stands()
    {
        var fixture = new RequestFixture(Now);
        SubjectRequest received = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access);
        SubjectRequest verified = received.MoveTo(SubjectRequestState.IdentityVerified, Now, null, IdentityVerificationMethod.PortalSession);
        SubjectRequest refused = received.MoveTo(SubjectRequestState.Refused, Now, "Manifestly unfounded");

        await fixture.Store.UpdateAsync(verified, received.Version);
        var conflict = await Assert.ThrowsAsync<SubjectRequestConcurrencyException>(() => fixture.Store.UpdateAsync(refused, received.Version).AsTask());

        Assert.Equal((received.Id, 1L, (long?)2), (conflict.RequestId, conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Contains(received.Id.ToString(), conflict.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RequestFixture.Subject, conflict.Message, StringComparison.Ordinal);
        Assert.Equal(SubjectRequestState.IdentityVerified, (await fixture.Store.FindAsync(received.Id))!.State);
    }

    [Fact]
    public async Task Concurrent_writers_move_a_request_once()
    {
        var fixture = new RequestFixture(Now);
        SubjectRequest verified = await SubjectRequestTransitionTests.InState(fixture, SubjectRequestState.IdentityVerified);
        using var start = new Barrier(8);

        // Every writer reads version 2 before any writes: exactly one may move it.
        Task<bool>[] writers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            SubjectRequest read = (await fixture.Store.FindAsync(verified.Id))!;
            start.SignalAndWait();
            try
            {
                await fixture.Store.UpdateAsync(read.MoveTo(SubjectRequestState.InProgress, Now, null), read.Version);
                return true;
            }
            catch (SubjectRequestConcurrencyException)
            {
                return false;
            }
        })).ToArray();
        bool[] results = await Task.WhenAll(writers);

        Assert.Equal(1, results.Count(moved => moved));
        SubjectRequest stored = (await fixture.Store.FindAsync(verified.Id))!;
        Assert.Equal(3, stored.Version);
        Assert.Single(stored.Audit, entry => entry.To == SubjectRequestState.InProgress);
    }

    [Fact]
    public async Task Concurrent_service_steps_answer_a_request_once()
    {
        var fixture = new RequestFixture(Now);
        SubjectRequest inProgress = await SubjectRequestTransitionTests.InState(fixture, SubjectRequestState.InProgress);

        // Every step reads before any writes, as on a busy server.
        using var readAll = new Barrier(16);
        var requests = new SubjectRequests(new ReadTogetherStore(fixture.Store, readAll), fixture.Clock, RequestFixture.Amsterdam);
        Task<Exception?>[] writers = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                _ = i % 2 == 0 ? await requests.AnswerAsync(inProgress.Id) : await requests.RefuseAsync(inProgress.Id, "Exempt");
                return (Exception?)null;
            }
            catch (Exception exception) when (exception is SubjectRequestConcurrencyException or SubjectRequestTransitionException)
            {
                return exception;
            }
        })).ToArray();
        Exception?[] outcomes = await Task.WhenAll(writers);

        Assert.Equal(1, outcomes.Count(outcome => outcome is null));
        SubjectRequest stored = (await fixture.Store.FindAsync(inProgress.Id))!;
        Assert.Equal(inProgress.Audit.Count + 1, stored.Audit.Count);
        Assert.False(stored.IsOpen);
    }

    [Fact]
    public async Task A_snapshot_that_drops_or_rewrites_the_audit_is_not_stored()
    {
        var fixture = new RequestFixture(Now);
        SubjectRequest received = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access);
        SubjectRequest verified = await fixture.Requests.VerifyIdentityAsync(received.Id, IdentityVerificationMethod.PortalSession);

        // A step from the old snapshot carries version 2 again and lacks the verification entry.
        SubjectRequest forked = received.MoveTo(SubjectRequestState.Refused, Now, "Exempt");
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Store.UpdateAsync(forked, verified.Version).AsTask());
        await Assert.ThrowsAsync<SubjectRequestConcurrencyException>(() => fixture.Store.UpdateAsync(forked, received.Version).AsTask());
        await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Store.AddAsync(received).AsTask());
        Assert.Equal(verified.Version, (await fixture.Store.FindAsync(received.Id))!.Version);
    }

    [Fact]
    public async Task Due_and_overdue_requests_are_listed_by_deadline_and_closed_ones_are_not()
    {
        var fixture = new RequestFixture(Now); // 10 March 2027 12:00
        SubjectRequests requests = fixture.Requests;

        // Deadlines: received 5 Feb → end of 5 Mar (overdue); 9 Feb → end of 9 Mar (overdue);
        // 10 Feb → end of 10 Mar (today); 14 Feb → end of 14 Mar (4 days); 20 Feb → end of 20 Mar (10 days).
        SubjectRequest overdueLate = await requests.ReceiveAsync("a", SubjectRequestKind.Access, RequestFixture.Local(2027, 2, 9));
        SubjectRequest today = await requests.ReceiveAsync("b", SubjectRequestKind.Erasure, RequestFixture.Local(2027, 2, 10, 23, 59));
        SubjectRequest inTenDays = await requests.ReceiveAsync("c", SubjectRequestKind.Objection, RequestFixture.Local(2027, 2, 20));
        SubjectRequest overdueEarly = await requests.ReceiveAsync("d", SubjectRequestKind.Restriction, RequestFixture.Local(2027, 2, 5));
        SubjectRequest inFourDays = await requests.ReceiveAsync("e", SubjectRequestKind.Portability, RequestFixture.Local(2027, 2, 14));
        SubjectRequest answered = await SubjectRequestTransitionTests.InState(fixture, SubjectRequestState.Answered); // received now
        SubjectRequest refusedLate = await requests.ReceiveAsync("f", SubjectRequestKind.Access, RequestFixture.Local(2027, 2, 1));
        await requests.RefuseAsync(refusedLate.Id, "Manifestly excessive");

        Assert.Equal([overdueEarly.Id, overdueLate.Id], Ids(await requests.ListOverdueAsync()));
        Assert.Equal([overdueEarly.Id, overdueLate.Id, today.Id], Ids(await requests.ListDueAsync(0)));
        Assert.Equal([overdueEarly.Id, overdueLate.Id, today.Id], Ids(await requests.ListDueAsync(3)));
        Assert.Equal([overdueEarly.Id, overdueLate.Id, today.Id, inFourDays.Id], Ids(await requests.ListDueAsync(4)));
        Assert.Equal([overdueEarly.Id, overdueLate.Id, today.Id, inFourDays.Id, inTenDays.Id], Ids(await requests.ListDueAsync(10)));
        Assert.DoesNotContain(answered.Id, Ids(await requests.ListDueAsync(60)));
        Assert.True(overdueLate.IsOverdueAt(Now));
        Assert.False(today.IsOverdueAt(Now));

        // At the end of 10 March (11 March 00:00 CET) today's request is overdue too.
        fixture.Clock.Reset(Instant.FromUtc(2027, 3, 10, 23, 0));
        Assert.Equal([overdueEarly.Id, overdueLate.Id, today.Id], Ids(await requests.ListOverdueAsync()));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => requests.ListDueAsync(-1).AsTask());
    }

    /// <summary>A store whose reads wait until every writer has read.</summary>
    private sealed class ReadTogetherStore(ISubjectRequestStore inner, Barrier barrier) : ISubjectRequestStore
    {
        public ValueTask AddAsync(SubjectRequest request, CancellationToken cancellationToken = default) => inner.AddAsync(request, cancellationToken);

        public async ValueTask<SubjectRequest?> FindAsync(Guid id, CancellationToken cancellationToken = default)
        {
            SubjectRequest? found = await inner.FindAsync(id, cancellationToken);
            barrier.SignalAndWait(cancellationToken);
            return found;
        }

        public ValueTask UpdateAsync(SubjectRequest request, long expectedVersion, CancellationToken cancellationToken = default) => inner.UpdateAsync(request, expectedVersion, cancellationToken);

        public ValueTask<IReadOnlyList<SubjectRequest>> ListOpenDueByAsync(Instant until, CancellationToken cancellationToken = default) => inner.ListOpenDueByAsync(until, cancellationToken);
    }

    private static Guid[] Ids(IReadOnlyList<SubjectRequest> requests) => requests.Select(request => request.Id).ToArray();
}
