using NodaTime;

namespace Privacy.Policy;

/// <summary>
/// For one member with a retention, at one instant: the latest anchor whose retention has run out. A record whose
/// anchor, as a local date and time in the configured zone, is at or before <see cref="ExpiredUpTo"/> has that member
/// expired; a later anchor has not. This is what a set-based sweep compares the anchor column with, computed once. For a
/// member whose retention counts from another member (<see cref="PersonalDataMember.RetentionFrom"/>) the threshold is
/// that member's value instead, counted from its <see cref="PersonalDataMember.RetentionFromStart"/>; a row whose
/// <c>RetentionFrom</c> member is empty is still in use and has nothing expired.
/// </summary>
/// <param name="Member">The C# member name.</param>
/// <param name="ExpiredUpTo">The latest local anchor whose retention of the member has run out.</param>
public sealed record RetentionThreshold(string Member, LocalDateTime ExpiredUpTo);
