using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy;

/// <summary>
/// What retention decides for one record at one instant: keep it, erase some of its members, or delete it; and when
/// that decision next changes.
/// </summary>
public sealed class RetentionDecision
{
    internal RetentionDecision(RetentionAction action, IReadOnlyList<string> expiredMembers, Instant? nextChangeAt, bool anchorMissing)
    {
        Action = action;
        ExpiredMembers = expiredMembers;
        NextChangeAt = nextChangeAt;
        AnchorMissing = anchorMissing;
    }

    /// <summary>What to do with the record now.</summary>
    public RetentionAction Action { get; }

    /// <summary>The C# names of the personal-data members whose retention has run out, in declaration order.</summary>
    public IReadOnlyList<string> ExpiredMembers { get; }

    /// <summary>
    /// The instant the decision next changes (the earliest end of retention still to come), or <see langword="null"/>
    /// when it never will: everything has expired, nothing has a retention, the anchor is missing, every member still
    /// to expire is still in use (its <see cref="PersonalDataMember.RetentionFrom"/> member is empty), or every retention
    /// still running ends past the calendar's last day (an open contract's sentinel anchor such as 9999-12-31).
    /// </summary>
    public Instant? NextChangeAt { get; }

    /// <summary>
    /// Whether the record has no anchor value to count retention from. Such a record is kept, never deleted, and
    /// should be looked at: its retention cannot be enforced.
    /// </summary>
    public bool AnchorMissing { get; }

    /// <summary>
    /// The hold that keeps the record (<see cref="IPrivacyHolds"/>), or <see langword="null"/>. A held record is kept
    /// whole, with nothing expired, whatever its retention says.
    /// </summary>
    public PrivacyHold? Hold { get; internal init; }

    /// <inheritdoc />
    public override string ToString()
        => $"{Action} ({ExpiredMembers.Count} expired{(AnchorMissing ? ", anchor missing" : string.Empty)}{(Hold is null ? string.Empty : ", held")})";
}
