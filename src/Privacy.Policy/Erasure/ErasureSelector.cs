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
/// <see cref="EffectiveRetention"/>, counted from the value's anchor, has not run out. Records, for the
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
    /// Which members of <paramref name="value"/> a legal obligation keeps. A value without an anchor has no running
    /// retention to show: all of it is erased.
    /// </summary>
    /// <inheritdoc/>
    public override bool[] Select<T>(T value, string prefix, int[] reportedAt)
    {
        PersonalDataDescriptor descriptor = T.Descriptor;
        var keep = new bool[descriptor.Members.Count];
        var until = new Instant[keep.Length];
        LocalDateTime? anchor = T.GetRetentionAnchor(value, _zone);
        RetainedMember? longest = null;
        for (int i = 0; i < keep.Length; i++)
        {
            PersonalDataMember member = descriptor.Members[i];
            if (anchor is { } from
                && member.LegalObligation is { } purpose
                && _retention.Of(member) is { } period)
            {
                until[i] = RetentionCalculator.End(from, descriptor.RetentionStart, period, _zone);
                if (until[i] > _now)
                {
                    keep[i] = true;
                    var retained = new RetainedMember(prefix + member.Name, purpose, LegalBasis.LegalObligation, until[i]);
                    longest = longest is null || retained.Until > longest.Until ? retained : longest;
                }
            }
        }

        // What is kept is kept with the moment its retention counts from, as long as the longest of it: without the
        // anchor, nobody could tell when the rest runs out, and erasing again would erase it early.
        int anchorIndex = descriptor.IndexOfMember(descriptor.RetentionAnchorMember);
        if (longest is not null && anchorIndex >= 0 && (!keep[anchorIndex] || until[anchorIndex] < longest.Until))
        {
            keep[anchorIndex] = true;
            until[anchorIndex] = longest.Until;
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
                Purpose purpose = member.LegalObligation ?? longest!.Purpose;
                _reports.Add((null, new RetainedMember(prefix + member.Name, purpose, LegalBasis.LegalObligation, until[i])));
            }
        }

        return keep;
    }

    /// <inheritdoc/>
    public override void Unreport(int index) => _reports[index] = (null, null);

    /// <inheritdoc/>
    public override void Rewind(int mark) => _reports.RemoveRange(mark, _reports.Count - mark);
}
