using System;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Privacy.Policy.Tests.Requests;

/// <summary>
/// Extensions (GDPR art. 12(3)): up to two further months in all, recorded with a reason, and only before the first
/// deadline passes; refused otherwise, naming the request, never the subject.
/// </summary>
public sealed class SubjectRequestExtensionTests
{
    // Received 31 January 2027: the first deadline is the end of 28 February (1 March 00:00 CET = 28 February 23:00 UTC).
    private static readonly Instant Received = RequestFixture.Local(2027, 1, 31, 9, 0);
    private static readonly Instant FirstDeadline = Instant.FromUtc(2027, 2, 28, 23, 0);

    [Fact]
    public async Task Two_further_months_are_counted_from_the_first_deadline_day_and_audited()
    {
        var fixture = new RequestFixture(Received);
        SubjectRequest request = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access);
        fixture.Clock.Reset(FirstDeadline - Duration.FromSeconds(1));

        SubjectRequest extended = await fixture.Requests.ExtendAsync(request.Id, 2, "Complex: records in three systems");

        Assert.Equal(FirstDeadline, extended.FirstDeadline);
        Assert.Equal(Instant.FromUtc(2027, 4, 28, 22, 0), extended.Deadline); // end of 28 April, CEST
        Assert.Equal((2, "Complex: records in three systems"), (extended.ExtensionMonths, extended.ExtensionReason));
        SubjectRequestAuditEntry entry = extended.Audit[^1];
        Assert.Equal((SubjectRequestState.Received, SubjectRequestState.Received, extended.Deadline, "Complex: records in three systems"),
            (entry.From!.Value, entry.To, entry.Deadline, entry.Reason));
    }

    [Fact]
    public async Task One_month_may_be_lengthened_to_two_but_not_shortened_repeated_or_exceeded()
    {
        var fixture = new RequestFixture(Received);
        SubjectRequest request = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Erasure);

        SubjectRequest one = await fixture.Requests.ExtendAsync(request.Id, 1, "Many requests this month");
        Assert.Equal(Instant.FromUtc(2027, 3, 28, 22, 0), one.Deadline);

        await AssertRefusedAsync(fixture, request.Id, 1, "would not lengthen");
        await AssertRefusedAsync(fixture, request.Id, 3, "exceeds the two");
        SubjectRequest two = await fixture.Requests.ExtendAsync(request.Id, 2, "Still complex");
        Assert.Equal(Instant.FromUtc(2027, 4, 28, 22, 0), two.Deadline);
        await AssertRefusedAsync(fixture, request.Id, 2, "would not lengthen");
        await AssertRefusedAsync(fixture, request.Id, 3, "exceeds the two");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public async Task More_than_two_further_months_are_refused(int months)
    {
        var fixture = new RequestFixture(Received);
        SubjectRequest request = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access);

        await AssertRefusedAsync(fixture, request.Id, months, "art. 12(3)");
    }

    [Theory]
    [InlineData(0)]       // at the deadline: the month has ended
    [InlineData(1)]
    [InlineData(86_400)]
    public async Task An_extension_after_the_first_deadline_is_refused(int secondsAfter)
    {
        var fixture = new RequestFixture(Received);
        SubjectRequest request = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access);
        fixture.Clock.Reset(FirstDeadline + Duration.FromSeconds(secondsAfter));

        await AssertRefusedAsync(fixture, request.Id, 1, "has passed");
    }

    [Fact]
    public async Task An_extended_request_cannot_be_extended_again_after_its_first_deadline()
    {
        var fixture = new RequestFixture(Received);
        SubjectRequest request = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access);
        await fixture.Requests.ExtendAsync(request.Id, 1, "Many requests this month");
        fixture.Clock.Reset(FirstDeadline + Duration.FromDays(1)); // before the extended deadline, after the first

        await AssertRefusedAsync(fixture, request.Id, 2, "has passed");
    }

    [Fact]
    public async Task A_closed_request_and_an_empty_reason_are_refused()
    {
        var fixture = new RequestFixture(Received);
        SubjectRequest answered = await SubjectRequestTransitionTests.InState(fixture, SubjectRequestState.Answered);
        SubjectRequest open = await fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access);

        await AssertRefusedAsync(fixture, answered.Id, 1, "closed");
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Requests.ExtendAsync(open.Id, 1, "").AsTask());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => fixture.Requests.ExtendAsync(open.Id, 0, "Complex").AsTask());
    }

    [Property(MaxTest = 1000)]
    public Property For_any_receipt_an_extension_is_allowed_until_the_first_deadline_and_refused_from_it()
        => Prop.ForAll(Gen.Choose(0, 7 * 366 * 24).ToArbitrary(), Gen.Choose(1, 2).ToArbitrary(), (hours, months) =>
        {
            Instant received = Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromHours(hours) + Duration.FromMinutes(hours % 60);
            var fixture = new RequestFixture(received);
            SubjectRequest early = fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access).AsTask().GetAwaiter().GetResult();
            SubjectRequest late = fixture.Requests.ReceiveAsync(RequestFixture.Subject, SubjectRequestKind.Access).AsTask().GetAwaiter().GetResult();

            fixture.Clock.Reset(early.FirstDeadline - Duration.Epsilon);
            SubjectRequest extended = fixture.Requests.ExtendAsync(early.Id, months, "Complex").AsTask().GetAwaiter().GetResult();
            fixture.Clock.Reset(late.FirstDeadline);
            bool refused = false;
            try
            {
                fixture.Requests.ExtendAsync(late.Id, months, "Complex").AsTask().GetAwaiter().GetResult();
            }
            catch (SubjectRequestTransitionException)
            {
                refused = true;
            }

            // The BCL's own month arithmetic (it clamps to the month's end too) from the first deadline's day.
            LocalDate firstDay = (early.FirstDeadline - Duration.Epsilon).InZone(RequestFixture.Amsterdam).Date;
            DateTime expected = new DateTime(firstDay.Year, firstDay.Month, firstDay.Day).AddMonths(months);
            LocalDate lastDay = (extended.Deadline - Duration.Epsilon).InZone(RequestFixture.Amsterdam).Date;
            Duration added = extended.Deadline - extended.FirstDeadline;
            return (refused
                    && lastDay == LocalDate.FromDateTime(expected)
                    && added >= Duration.FromDays(28 * months - 3) - Duration.FromHours(1)
                    && added <= Duration.FromDays(31 * months) + Duration.FromHours(1))
                .Label($"received {received}, {months} month(s): refused {refused}, last day {lastDay}, expected {expected:yyyy-MM-dd}, added {added}");
        });

    private static async Task AssertRefusedAsync(RequestFixture fixture, Guid id, int months, string because)
    {
        SubjectRequest before = (await fixture.Requests.FindAsync(id))!;
        var refused = await Assert.ThrowsAsync<SubjectRequestTransitionException>(() => fixture.Requests.ExtendAsync(id, months, "Complex").AsTask());

        Assert.Contains(because, refused.Message, StringComparison.Ordinal);
        Assert.Contains(id.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RequestFixture.Subject, refused.Message, StringComparison.Ordinal);
        Assert.Null(refused.AttemptedState);
        SubjectRequest after = (await fixture.Requests.FindAsync(id))!;
        Assert.Equal((before.Version, before.Deadline), (after.Version, after.Deadline));
    }
}
