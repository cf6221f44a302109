using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Privacy.Policy.Generated;
using Privacy.Policy.Retention;

namespace Privacy.Policy.Erasure;

/// <summary>
/// The selector of an erasure (GDPR art. 17): a member is kept only while a legal obligation (art. 17(3)(b)) keeps
/// it, that is, it has a purpose whose legal basis is <see cref="LegalBasis.LegalObligation"/> and its
/// <see cref="EffectiveRetention"/>, counted from the value's anchor (or its own <c>RetentionFrom</c> member), has not
/// run out; or while an open contract still needs it (art. 17(1)(a)): see <see cref="InUse"/>. Records, for the
/// <see cref="ErasureResult{T}"/>, which member paths were erased and which were retained, until when and why.
/// </summary>
internal sealed class ErasureSelector : MemberSelector
{
    private readonly Instant _now;
    private readonly DateTimeZone _zone;
    private readonly EffectiveRetention _retention;

    // In order of decision: an erased path (Retained null), a retained member (Path null), or a taken-back report of a
    // holder whose nested value reports its own members (both null).
    private readonly List<(string? Erased, RetainedMember? Retained)> _reports = [];

    public ErasureSelector(Instant now, DateTimeZone zone, EffectiveRetention retention)
    {
        _now = now;
        _zone = zone;
        _retention = retention;
    }

    /// <inheritdoc/>
    public override bool KeepsNestedWhole => true;

    /// <inheritdoc/>
    public override int Mark => _reports.Count;

    /// <summary>Erases <paramref name="value"/>: a copy in which every member no legal obligation keeps is erased, with the report of what was kept.</summary>
    /// <typeparam name="T">The value's personal-data type.</typeparam>
    /// <param name="value">The value to erase.</param>
    /// <param name="now">The current instant: a retention that ends at it or before has run out.</param>
    /// <param name="zone">The configured time zone, in which anchors and retention are counted.</param>
    /// <param name="retention">The retention of each member.</param>
    /// <returns>The erased copy, the members retained and the paths erased.</returns>
    public static ErasureResult<T> Erase<T>(T value, Instant now, DateTimeZone zone, EffectiveRetention retention)
        where T : IPersonalData<T>
    {
        var selector = new ErasureSelector(now, zone, retention);
        T erased = MemberProjection.Project(value, selector);

        // Each element of a collection is erased under the collection member's path: a path is reported once.
        return new ErasureResult<T>(
            erased,
            selector._reports.Where(report => report.Retained is not null).Select(report => report.Retained!).Distinct().ToArray(),
            selector._reports.Where(report => report.Erased is not null).Select(report => report.Erased!).Distinct().ToArray());
    }

    /// <summary>
    /// Which members of <paramref name="value"/> erasure keeps: what a running legal obligation holds (art. 17(3)(b)),
    /// and what an open contract still needs (art. 17(1)(a) with 6(1)(b)): a member with a purpose whose legal basis
    /// is a contract, still in use because the moment its retention counts from is empty. A member is kept with the
    /// moment its retention counts from (the anchor, or its <see cref="PersonalDataMember.RetentionFrom"/> member), as
    /// long as the member. A value without an anchor has no running retention to show: all else of it is erased.
    /// </summary>
    /// <inheritdoc/>
    public override bool[] Select<T>(T value, string prefix, int[] reportedAt)
    {
        PersonalDataDescriptor descriptor = T.Descriptor;
        var keep = new bool[descriptor.Members.Count];
        var reasons = new RetainedMember?[keep.Length];
        var origins = new int[keep.Length];
        LocalDateTime? anchor = T.GetRetentionAnchor(value, _zone);
        int anchorIndex = descriptor.IndexOfMember(descriptor.RetentionAnchorMember);
        for (int i = 0; i < keep.Length; i++)
        {
            PersonalDataMember member = descriptor.Members[i];
            LocalDateTime? from = anchor;
            RetentionStart start = descriptor.RetentionStart;
            origins[i] = anchorIndex;
            bool inUse = anchor is null && descriptor.RetentionAnchorMember is not null && i != anchorIndex; // an empty anchor holds nothing to keep
            if (member.RetentionFrom is not null)
            {
                from = T.GetRetentionFrom(value, i, _zone);
                start = member.RetentionFromStart;
                origins[i] = descriptor.IndexOfMember(member.RetentionFrom);
                inUse = from is null;
            }

            if (inUse && InUse.ContractPurpose(member) is { } contract)
            {
                reasons[i] = InUse.Retained(prefix + member.Name, contract);
            }
            else if (member.LegalObligation is { } purpose && _retention.Of(member) is { } period)
            {
                // A statutory period that counts from a member still empty has not begun: it runs out after any instant known.
                Instant until = from is { } origin ? _retention.End(origin, start, period, _zone)
                    : member.RetentionFrom is not null ? Instant.MaxValue
                    : Instant.MinValue;
                if (until > _now)
                {
                    reasons[i] = LegalObligationRetained(prefix + member.Name, purpose, until);
                }
            }

            keep[i] = reasons[i] is not null;
        }

        // What is kept is kept with the moment its retention counts from, as long as the longest of it: without it,
        // nobody could tell when the rest runs out, and erasing again would erase it early.
        for (int i = 0; i < keep.Length; i++)
        {
            int origin = origins[i];
            // Data still in use has an empty origin: there is nothing to keep with it.
            if (reasons[i] is { Ground: not RetentionGround.InUse } reason && origin >= 0 && origin != i && (reasons[origin] is null || reasons[origin]!.Until < reason.Until))
            {
                keep[origin] = true;
                reasons[origin] = reason with { Member = prefix + descriptor.Members[origin].Name };
            }
        }

        for (int i = 0; i < keep.Length; i++)
        {
            PersonalDataMember member = descriptor.Members[i];
            if (!keep[i])
            {
                reportedAt[i] = _reports.Count;
                _reports.Add((prefix + member.Name, null));
            }
            else
            {
                _reports.Add((null, reasons[i]));
            }
        }

        return keep;
    }

    /// <summary>A member a legal obligation keeps until <paramref name="until"/> (art. 17(3)(b)).</summary>
    private static RetainedMember LegalObligationRetained(string member, Purpose purpose, Instant until)
        => new(member, purpose, LegalBasis.LegalObligation, until) { Ground = RetentionGround.LegalObligation, Article = LegalObligationArticle };

    /// <summary>The article an erasure report cites for what a legal obligation keeps.</summary>
    public const string LegalObligationArticle = "AVG art. 17(3)(b)";

    /// <inheritdoc/>
    public override void Unreport(int index) => _reports[index] = (null, null);

    /// <inheritdoc/>
    public override void Rewind(int mark) => _reports.RemoveRange(mark, _reports.Count - mark);
}
