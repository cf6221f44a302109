using NodaTime;
using NodaTime.Testing;

namespace Privacy.Policy.Tests.Requests;

/// <summary>A request service on an in-memory store, a fake clock and Amsterdam's zone.</summary>
internal sealed class RequestFixture
{
    /// <summary>A subject id that must never appear in a message or a <c>ToString</c>.</summary>
    public const string Subject = "C-4711-SECRET-SUBJECT";

    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public RequestFixture(Instant now)
    {
        Clock = new FakeClock(now);
        Store = new InMemorySubjectRequestStore();
        Requests = new SubjectRequests(Store, Clock, Amsterdam);
    }

    public FakeClock Clock { get; }

    public InMemorySubjectRequestStore Store { get; }

    public SubjectRequests Requests { get; }

    /// <summary>An instant given as a local date and time in Amsterdam.</summary>
    public static Instant Local(int year, int month, int day, int hour = 12, int minute = 0)
        => Amsterdam.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();
}
