using NodaTime;

namespace Privacy.Policy;

/// <summary>
/// A member erasure kept: a legal obligation still requires it (GDPR art. 17(3)(b)), until <paramref name="Until"/>.
/// </summary>
/// <param name="Member">The C# member name as declared (<c>CalledNumber</c>); for a nested value, the path to it (<c>RecentCalls.CalledNumber</c>).</param>
/// <param name="Purpose">The purpose that keeps it, such as <see cref="Purpose.Bookkeeping"/>.</param>
/// <param name="LegalBasis">The legal basis of that purpose: <see cref="LegalBasis.LegalObligation"/>.</param>
/// <param name="Until">
/// The instant its retention runs out; after it, erasure erases it too. <see cref="Instant.MaxValue"/> when it never
/// does: the retention ends past the calendar's last day (an open contract's sentinel anchor such as 9999-12-31).
/// </param>
public sealed record RetainedMember(string Member, Purpose Purpose, LegalBasis LegalBasis, Instant Until);
