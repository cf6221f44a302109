using System;
using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Retention;

/// <summary>
/// Decides retention for one record from its type's descriptor and its anchor, without reflection: a member expires
/// when its retention (its own period, else the category default) counted from the anchor has run out.
/// </summary>
internal sealed class RetentionEvaluator
{
    private static readonly RetentionDecision MissingAnchor = new(RetentionAction.Keep, [], null, anchorMissing: true);

    private readonly DateTimeZone _zone;
    private readonly IReadOnlyDictionary<Category, Period> _defaults;

    public RetentionEvaluator(DateTimeZone zone, IReadOnlyDictionary<Category, Period> defaults)
    {
        _zone = zone;
        _defaults = defaults;
    }

    public RetentionDecision Evaluate<T>(T value, Instant now)
        where T : IPersonalData<T>
    {
        PersonalDataDescriptor descriptor = T.Descriptor;
        if (T.GetRetentionAnchor(value, _zone) is not { } anchor)
        {
            return MissingAnchor;
        }

        List<string>? expired = null;
        Instant? next = null;
        int members = descriptor.Members.Count;
        for (int i = 0; i < members; i++)
        {
            PersonalDataMember member = descriptor.Members[i];
            if (PeriodOf(member) is not { } period)
            {
                continue; // no retention: never expires
            }

            Instant end = RetentionCalculator.End(anchor, descriptor.RetentionStart, period, _zone);
            if (end <= now)
            {
                (expired ??= new List<string>(members)).Add(member.Name);
            }
            else if (next is null || end < next)
            {
                next = end;
            }
        }

        if (expired is null)
        {
            return new RetentionDecision(RetentionAction.Keep, [], next, anchorMissing: false);
        }

        RetentionAction action = expired.Count == members ? RetentionAction.Delete : RetentionAction.EraseMembers;
        return new RetentionDecision(action, expired, next, anchorMissing: false);
    }

    private Period? PeriodOf(PersonalDataMember member)
        => member.RetentionPeriod ?? (_defaults.TryGetValue(member.Category, out Period? period) ? period : null);
}
