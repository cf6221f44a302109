using System;
using System.Collections.Generic;
using NodaTime;
using Privacy.Policy.Erasure;
using Privacy.Policy.Generated;

namespace Privacy.Policy.Holds;

/// <summary>
/// What a hold does to the in-memory decisions: a held value keeps everything. Retention keeps the record
/// (<see cref="RetentionAction.Keep"/>, naming the hold); erasure keeps every member it would have erased, reported as
/// retained on the ground of the hold, with the hold's law and end.
/// </summary>
internal static class HeldValues
{
    /// <summary>The active hold on <paramref name="value"/> at <paramref name="now"/>, if the holds name one.</summary>
    public static PrivacyHold? Find<T>(IPrivacyHolds holds, T value, Instant now)
        where T : IPersonalData<T>
        => holds.FindHold(value, T.GetDataSubject(value), now) is { } hold && hold.IsActiveAt(now) ? hold : null;

    /// <summary>
    /// The decision while <paramref name="hold"/> holds: keep, nothing expired. It next changes when the hold ends, if
    /// something has run out by then; else when the decision without the hold changes (never, for an open-ended hold,
    /// until it is lifted).
    /// </summary>
    public static RetentionDecision Keep(RetentionDecision decision, PrivacyHold hold)
    {
        Instant? next = hold.Until is not { } until
            ? null
            : decision.Action != RetentionAction.Keep
                ? until
                : decision.NextChangeAt is { } change ? (change > until ? change : until) : null;
        return new RetentionDecision(RetentionAction.Keep, [], next, decision.AnchorMissing) { Hold = hold };
    }

    /// <summary>
    /// The erasure while <paramref name="hold"/> holds: a copy that keeps every member; what a legal obligation or use
    /// keeps is reported as erasure reported it, and what erasure would have erased as kept by the hold.
    /// </summary>
    public static ErasureResult<T> Keep<T>(T value, ErasureResult<T> erasure, PrivacyHold hold)
        where T : IPersonalData<T>
    {
        PersonalDataDescriptor descriptor = T.Descriptor;
        Instant until = hold.Until ?? Instant.MaxValue;
        var retained = new List<RetainedMember>(erasure.Retained.Count + erasure.Erased.Count);
        retained.AddRange(erasure.Retained);
        foreach (string path in erasure.Erased)
        {
            // A nested path is kept for what its holder member is processed for.
            int dot = path.IndexOf('.', StringComparison.Ordinal);
            Purpose purpose = descriptor.FindMember(dot < 0 ? path : path[..dot])?.Purposes ?? Purpose.None;
            retained.Add(new RetainedMember(path, purpose, hold.LegalBasis, until) { Ground = RetentionGround.Hold, Article = hold.LegalGround });
        }

        return new ErasureResult<T>(MemberProjection.Project(value, KeepEverything.Instance), retained, []);
    }

    /// <summary>The selector of a held value's copy: every member is kept, nested values whole; it reports nothing of its own.</summary>
    private sealed class KeepEverything : MemberSelector
    {
        public static readonly KeepEverything Instance = new();

        public override bool KeepsNestedWhole => true;

        public override int Mark => 0;

        public override bool[] Select<TValue>(TValue value, string prefix, int[] reportedAt)
        {
            var keep = new bool[TValue.Descriptor.Members.Count];
            Array.Fill(keep, true);
            return keep;
        }

        public override void Rewind(int mark)
        {
        }
    }
}
