using System;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Xunit;

namespace Privacy.Policy.Tests.Requests;

/// <summary>
/// The state machine: received → identity verified → in progress → answered, refused from any open state with a
/// reason (GDPR art. 12(4)); every other step refused, naming the request and the states, not the subject; every
/// step audited.
/// </summary>
public sealed class SubjectRequestTransitionTests
{
    private static readonly Instant Now = RequestFixture.Local(2027, 3, 10);

    private static readonly SubjectRequestState[] States = Enum.GetValues<SubjectRequestState>();

    /// <summary>Every pair of states, and whether the step between them is allowed.</summary>
    public static TheoryData<SubjectRequestState, SubjectRequestState, bool> AllPairs()
    {
        var data = new TheoryData<SubjectRequestState, SubjectRequestState, bool>();
        foreach (SubjectRequestState from in States)
        {
            foreach (SubjectRequestState to in States)
            {
                bool allowed = (from, to) switch
                {
                    (SubjectRequestState.Received, SubjectRequestState.IdentityVerified) => true,
                    (SubjectRequestState.IdentityVerified, SubjectRequestState.InProgress) => true,
                    (SubjectRequestState.InProgress, SubjectRequestState.Answered) => true,
                    (SubjectRequestState.Received, SubjectRequestState.Refused) => true,
                    (SubjectRequestState.IdentityVerified, SubjectRequestState.Refused) => true,
                    (SubjectRequestState.InProgress, SubjectRequestState.Refused) => true,
                    _ => false,
                };
                data.Add(from, to, allowed);
            }
        }

        return data;
    }

    [Fact]
    public void The_table_has_every_pair()
        => Assert.Equal(States.Length * States.Length, AllPairs().Count());

    [Theory]
    [MemberData(nameof(AllPairs))]
    public async Task A_step_is_taken_only_in_order(SubjectRequestState from, SubjectRequestState to, bool allowed)
    {
        var fixture = new RequestFixture(Now);
        SubjectRequest request = await InState(fixture, from);
        Assert.Equal(from, request.State);

        if (to is SubjectRequestState.Received)
        {
            // No method moves a request back to Received; the state machine refuses it too.
            Assert.False(allowed);
            var refused = Assert.Throws<SubjectRequestTransitionException>(() => request.MoveTo(to, Now, null));
            AssertNamesStates(refused, request, from, to);
            return;
        }

        if (allowed)
        {
            SubjectRequest moved = await Step(fixture, request.Id, to);
            Assert.Equal(to, moved.State);
            Assert.Equal(request.Version + 1, moved.Version);
            SubjectRequestAuditEntry last = moved.Audit[^1];
            Assert.Equal((from, to, Now), (last.From!.Value, last.To, last.At));
            Assert.Equal(request.Audit.Count + 1, moved.Audit.Count);
        }
        else
        {
            var refused = await Assert.ThrowsAsync<SubjectRequestTransitionException>(() => Step(fixture, request.Id, to));
            AssertNamesStates(refused, request, from, to);
            SubjectRequest? stored = await fixture.Requests.FindAsync(request.Id);
            Assert.Equal(request.Version, stored!.Version); // nothing written
            Assert.Equal(from, stored.State);
        }
    }

    [Fact]
    public async Task A_request_answered_in_order_has_the_full_audit_and_is_closed()
    {
        var fixture = new RequestFixture(Now);
        SubjectRequest request = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access, Now - Duration.FromDays(2));
        fixture.Clock.AdvanceHours(1);
        await fixture.Requests.VerifyIdentityAsync(request.Id, IdentityVerificationMethod.PortalSession);
        fixture.Clock.AdvanceHours(1);
        await fixture.Requests.StartAsync(request.Id);
        fixture.Clock.AdvanceDays(3);
        SubjectRequest answered = await fixture.Requests.AnswerAsync(request.Id);

        Assert.False(answered.IsOpen);
        Assert.Equal(fixture.Clock.GetCurrentInstant(), answered.ClosedAt);
        Assert.Equal(IdentityVerificationMethod.PortalSession, answered.IdentityVerification);
        Assert.Equal(
            [(null, SubjectRequestState.Received), (SubjectRequestState.Received, SubjectRequestState.IdentityVerified),
             (SubjectRequestState.IdentityVerified, SubjectRequestState.InProgress), (SubjectRequestState.InProgress, SubjectRequestState.Answered)],
            answered.Audit.Select(entry => ((SubjectRequestState?)entry.From, entry.To)).ToArray());
        Assert.Equal(Now - Duration.FromDays(2), answered.Audit[0].At); // receipt, not recording
        Assert.Equal(4, answered.Version);
        Assert.False(answered.IsOverdueAt(answered.Deadline + Duration.FromDays(100)));
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_and_records_it()
    {
        var fixture = new RequestFixture(Now);
        SubjectRequest request = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Erasure);

        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Requests.RefuseAsync(request.Id, " ").AsTask());
        SubjectRequest refused = await fixture.Requests.RefuseAsync(request.Id, "Identity could not be verified (art. 12(2))");

        Assert.Equal(SubjectRequestState.Refused, refused.State);
        Assert.Equal("Identity could not be verified (art. 12(2))", refused.RefusalReason);
        Assert.Equal(refused.RefusalReason, refused.Audit[^1].Reason);
        Assert.Equal(Now, refused.ClosedAt);
    }

    [Fact]
    public async Task An_identity_document_needs_a_reason_the_lighter_methods_do_not()
    {
        var fixture = new RequestFixture(Now);
        SubjectRequest first = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Portability);
        SubjectRequest second = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Portability);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Requests.VerifyIdentityAsync(first.Id, IdentityVerificationMethod.IdentityDocument).AsTask());
        Assert.Contains("art. 12(6)", refused.Message, StringComparison.Ordinal);
        Assert.Equal(SubjectRequestState.Received, (await fixture.Requests.FindAsync(first.Id))!.State);

        SubjectRequest byDocument = await fixture.Requests.VerifyIdentityAsync(first.Id, IdentityVerificationMethod.IdentityDocument, "No account, no known e-mail address or phone number");
        SubjectRequest byEmail = await fixture.Requests.VerifyIdentityAsync(second.Id, IdentityVerificationMethod.KnownEmailAddress);

        Assert.Equal(IdentityVerificationMethod.IdentityDocument, byDocument.Audit[^1].IdentityVerification);
        Assert.Equal("No account, no known e-mail address or phone number", byDocument.Audit[^1].Reason);
        Assert.Equal(IdentityVerificationMethod.KnownEmailAddress, byEmail.IdentityVerification);
        Assert.Null(byEmail.Audit[^1].Reason);
    }

    [Fact]
    public async Task A_request_cannot_be_received_in_the_future_or_without_a_subject()
    {
        var fixture = new RequestFixture(Now);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access, Now + Duration.FromSeconds(1)).AsTask());
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Requests.ReceiveAsync(" ", SubjectRequestKind.Access).AsTask());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => fixture.Requests.ReceiveAsync(RequestFixture.Subject, (SubjectRequestKind)42).AsTask());
        Assert.Empty(await fixture.Requests.ListDueAsync(1000));
    }

    [Fact]
    public async Task A_step_on_a_request_that_does_not_exist_is_refused_without_writing()
        => await Assert.ThrowsAsync<System.Collections.Generic.KeyNotFoundException>(() => new RequestFixture(Now).Requests.StartAsync(Guid.NewGuid()).AsTask());

    internal static async Task<SubjectRequest> InState(RequestFixture fixture, SubjectRequestState state)
    {
        SubjectRequest request = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Rectification);
        return state switch
        {
            SubjectRequestState.Received => request,
            SubjectRequestState.IdentityVerified => await fixture.Requests.VerifyIdentityAsync(request.Id, IdentityVerificationMethod.KnownPhoneNumber),
            SubjectRequestState.InProgress => await fixture.Requests.StartAsync((await InState(fixture, SubjectRequestState.IdentityVerified)).Id),
            SubjectRequestState.Answered => await fixture.Requests.AnswerAsync((await InState(fixture, SubjectRequestState.InProgress)).Id),
            _ => await fixture.Requests.RefuseAsync(request.Id, "Manifestly unfounded (art. 12(5))"),
        };
    }

    private static async Task<SubjectRequest> Step(RequestFixture fixture, Guid id, SubjectRequestState to) => to switch
    {
        SubjectRequestState.IdentityVerified => await fixture.Requests.VerifyIdentityAsync(id, IdentityVerificationMethod.KnownEmailAddress),
        SubjectRequestState.InProgress => await fixture.Requests.StartAsync(id),
        SubjectRequestState.Answered => await fixture.Requests.AnswerAsync(id),
        SubjectRequestState.Refused => await fixture.Requests.RefuseAsync(id, "Exempt (art. 23)"),
        _ => throw new ArgumentOutOfRangeException(nameof(to)),
    };

    private static void AssertNamesStates(SubjectRequestTransitionException refused, SubjectRequest request, SubjectRequestState from, SubjectRequestState to)
    {
        Assert.Equal((request.Id, from, (SubjectRequestState?)to), (refused.RequestId, refused.State, refused.AttemptedState));
        Assert.Contains(request.Id.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.Contains($"from {from} to {to}", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RequestFixture.Subject, refused.Message, StringComparison.Ordinal);
    }
}
