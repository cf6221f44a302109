using NodaTime;

namespace Privacy.Policy;

/// <summary>
/// A member erasure kept, why (<see cref="Ground"/>, <see cref="Article"/>) and until when: a legal obligation still
/// requires it (GDPR art. 17(3)(b)), an open contract still needs it (art. 17(1)(a)), or a hold keeps it.
/// </summary>
/// <param name="Member">The C# member name as declared (<c>CalledNumber</c>); for a nested value, the path to it (<c>RecentCalls.CalledNumber</c>).</param>
/// <param name="Purpose">The purpose that keeps it, such as <see cref="Purpose.Bookkeeping"/>.</param>
/// <param name="LegalBasis">The legal basis of that purpose: <see cref="LegalBasis.LegalObligation"/>.</param>
/// <param name="Until">
/// The instant its retention runs out; after it, erasure erases it too. <see cref="Instant.MaxValue"/> when it never
/// does or is not known yet: the retention ends past the calendar's last day, or the data is still in use.
/// </param>
public sealed record RetainedMember(string Member, Purpose Purpose, LegalBasis LegalBasis, Instant Until)
{
    /// <summary>Why the member was kept; <see cref="RetentionGround.LegalObligation"/> unless set.</summary>
    public RetentionGround Ground { get; init; }

    /// <summary>The article that keeps it, as the erasure report cites it: <c>AVG art. 17(3)(b)</c>.</summary>
    public string? Article { get; init; }
}
