using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Requests;

/// <summary>
/// No personal data leaves a request through text: <see cref="SubjectRequest.ToString"/>, the audit's, and every
/// exception's message name the request's id and states, never the subject id or a reason.
/// </summary>
public sealed class SubjectRequestPrivacyTests
{
    private const string Reason = "Reason mentioning J. de Vries at Kerkstraat 1";

    [Fact]
    public async Task ToString_shows_the_request_not_the_subject_nor_the_reasons()
    {
        var fixture = new RequestFixture(RequestFixture.Local(2027, 5, 1));
        SubjectRequest request = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Rectification);
        await fixture.Requests.ExtendAsync(request.Id, 1, Reason);
        await fixture.Requests.VerifyIdentityAsync(request.Id, IdentityVerificationMethod.IdentityDocument, Reason);
        SubjectRequest refused = await fixture.Requests.RefuseAsync(request.Id, Reason);

        string[] texts = [refused.ToString(), .. refused.Audit.Select(entry => entry.ToString())];

        Assert.Contains(request.Id.ToString(), texts[0], StringComparison.Ordinal);
        Assert.Contains("Rectification Refused", texts[0], StringComparison.Ordinal);
        Assert.Contains("IdentityVerified -> Refused", texts[^1], StringComparison.Ordinal);
        Assert.Contains("(IdentityDocument)", texts[^2], StringComparison.Ordinal);
        Assert.All(texts, text =>
        {
            Assert.DoesNotContain(RequestFixture.Subject, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Vries", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task No_exception_names_the_subject()
    {
        var fixture = new RequestFixture(RequestFixture.Local(2027, 5, 1));
        SubjectRequest request = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access);
        SubjectRequest stale = request;
        await fixture.Requests.VerifyIdentityAsync(request.Id, IdentityVerificationMethod.PortalSession);

        Exception[] thrown =
        [
            await Assert.ThrowsAsync<SubjectRequestTransitionException>(() => fixture.Requests.AnswerAsync(request.Id).AsTask()),
            await Assert.ThrowsAsync<SubjectRequestConcurrencyException>(() => fixture.Store.UpdateAsync(stale.MoveTo(SubjectRequestState.Refused, SystemClock.Instance.GetCurrentInstant(), Reason), stale.Version).AsTask()),
            await Assert.ThrowsAsync<SubjectRequestTransitionException>(() => fixture.Requests.ExtendAsync(request.Id, 3, Reason).AsTask()),
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access, Instant.MaxValue).AsTask()),
        ];

        Assert.All(thrown, exception =>
        {
            Assert.DoesNotContain(RequestFixture.Subject, exception.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Vries", exception.ToString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AddPrivacyPolicy_registers_the_service_in_the_policys_zone_and_keeps_a_store_registered_first()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 31, 12, 0));
        var mine = new InMemorySubjectRequestStore();
        ServiceProvider provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSingleton<ISubjectRequestStore>(mine)
            .AddPrivacyPolicy(options =>
            {
                options.TimeZone = "America/New_York";
                options.Pseudonymization.KeyId = TestRedactors.KeyId;
                options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
            })
            .BuildServiceProvider();

        SubjectRequests requests = provider.GetRequiredService<SubjectRequests>();
        SubjectRequest request = await requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access);

        Assert.Same(requests, provider.GetRequiredService<SubjectRequests>());
        Assert.Same(mine, provider.GetRequiredService<ISubjectRequestStore>());
        Assert.NotNull(await mine.FindAsync(request.Id));
        Assert.Equal("America/New_York", requests.TimeZone.Id);
        Assert.Equal(Instant.FromUtc(2027, 3, 1, 5, 0), request.Deadline); // end of 28 February in New York (EST)
        Assert.Null(TestPolicies.Services().GetService<ISubjectRequestStore>());
        InvalidOperationException missing = Assert.Throws<InvalidOperationException>(() => TestPolicies.Services().GetRequiredService<SubjectRequests>());
        Assert.Contains(nameof(ISubjectRequestStore), missing.Message, StringComparison.Ordinal);
    }
}
