using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Privacy.Policy.Retention;

/// <summary>
/// Decides retention for one record from its type's descriptor and its anchor, without reflection: a member expires
/// when its retention (<see cref="EffectiveRetention"/>) counted from the anchor, or from its own
/// <see cref="PersonalDataMember.RetentionFrom"/> member, has run out. A member whose <c>RetentionFrom</c> member is
/// empty is still in use: it never expires and keeps its record.
/// </summary>
internal sealed class RetentionEvaluator
{
    private static readonly RetentionDecision MissingAnchor = new(RetentionAction.Keep, [], null, anchorMissing: true);

    private readonly DateTimeZone _zone;
    private readonly EffectiveRetention _retention;

    public RetentionEvaluator(DateTimeZone zone, EffectiveRetention retention)
    {
        _zone = zone;
        _retention = retention;
    }

    /// <summary>The decision by the members' periods, then by the record's consent (<see cref="ConsentWithdrawal"/>).</summary>
    public RetentionDecision Evaluate<T>(T value, Instant now)
        where T : IPersonalData<T>
        => ConsentWithdrawal.Apply(value, EvaluatePeriods(value, now), _zone);

    private RetentionDecision EvaluatePeriods<T>(T value, Instant now)
        where T : IPersonalData<T>
    {
        PersonalDataDescriptor descriptor = T.Descriptor;
        if (T.GetRetentionAnchor(value, _zone) is not { } anchor)
        {
            return MissingAnchor;
        }

        // The anchor and the subject id hold the record together (and so does a member others count their retention
        // from, RetentionFrom): every other member's retention is counted from the anchor, and access (GDPR art. 15) and erasure (art. 17) requests find the record by its subject id. Neither
        // is erased on its own, only with its record (Delete); a period of their own can only make the record live
        // longer. Without a period (nor a category default) they follow the record: they live as long as the
        // longest-lived member and go with the row, instead of keeping the row for ever (GDPR art. 5(1)(e)). Any other
        // member without a period never expires, and keeps its record from being deleted (PRIV015 warns at build time).
        string? anchorMember = descriptor.RetentionAnchorMember;
        string? subjectMember = descriptor.DataSubjectMember;
        bool deletable = true;
        List<string>? expired = null;
        Instant? next = null;
        Instant? recordEnd = null;
        int members = descriptor.Members.Count;
        bool[] origins = RetentionOrigins.Of(descriptor); // a member others count from goes with its record, as the anchor does
        for (int i = 0; i < members; i++)
        {
            PersonalDataMember member = descriptor.Members[i];
            bool holdsRecord = member.Name == anchorMember || member.Name == subjectMember || origins[i];
            if (_retention.Of(member) is not { } period)
            {
                deletable &= holdsRecord;
                continue; // no retention: follows the record (subject id, anchor), or never expires
            }

            LocalDateTime from = anchor;
            RetentionStart start = descriptor.RetentionStart;
            if (member.RetentionFrom is not null)
            {
                // Counted from a member of its own (the invoice date, the contract's end, the last collection). While
                // that is empty the data is still in use: kept, with no end to announce, and its record kept with it.
                if (T.GetRetentionFrom(value, i, _zone) is not { } own)
                {
                    deletable = false;
                    continue;
                }

                from = own;
                start = member.RetentionFromStart;
            }

            Instant end = _retention.End(from, start, period, _zone);
            if (recordEnd is null || end > recordEnd)
            {
                recordEnd = end;
            }

            if (holdsRecord)
            {
                continue; // its own end matters only as the record's end
            }

            if (end <= now)
            {
                (expired ??= new List<string>(members)).Add(member.Name);
            }
            else if (end != RetentionCalculator.Never && (next is null || end < next))
            {
                next = end;
            }
        }

        if (deletable && recordEnd is { } last)
        {
            // The record goes when its longest-lived member runs out, every member with it.
            if (last <= now)
            {
                return new RetentionDecision(RetentionAction.Delete, descriptor.Members.Select(member => member.Name).ToList(), null, anchorMissing: false);
            }

            if (last != RetentionCalculator.Never)
            {
                next ??= last; // every end still to come is at or before the record's: only when none is left, this one
            }
        }

        return expired is null
            ? new RetentionDecision(RetentionAction.Keep, [], next, anchorMissing: false)
            : new RetentionDecision(RetentionAction.EraseMembers, expired, next, anchorMissing: false);
    }

    /// <summary>
    /// The threshold of every member with a retention that has run out for some anchor (for a member with a
    /// <see cref="PersonalDataMember.RetentionFrom"/>, for some value of that member): the latest local value L with End(L) at or before
    /// <paramref name="now"/>. End is monotone in L (calendar addition clamps, never goes back), so a binary search
    /// over ticks finds it exactly.
    /// </summary>
    public IReadOnlyList<RetentionThreshold> Thresholds<T>(Instant now)
        where T : IPersonalData<T>
    {
        PersonalDataDescriptor descriptor = T.Descriptor;
        var thresholds = new List<RetentionThreshold>();
        LocalDateTime nowLocal = now.InZone(_zone).LocalDateTime;
        foreach (PersonalDataMember member in descriptor.Members)
        {
            if (_retention.Of(member) is not { } period)
            {
                continue;
            }

            // A member counted from a member of its own is compared with that member's column, from its own start.
            RetentionStart start = member.RetentionFrom is null ? descriptor.RetentionStart : member.RetentionFromStart;

            // A lower bound whose retention has surely run out: the period back, and two more years for the start
            // rounding (end of year) and any daylight-saving shift. A period longer than the calendar reaches back
            // has nothing expired yet: the member gets no threshold, as no anchor can be at or before one.
            LocalDateTime low = YearsBack(nowLocal, period, 2);
            LocalDateTime high = nowLocal;
            bool none = false;
            while (_retention.End(low, start, period, _zone) > now)
            {
                if (low == LocalDateTime.MinIsoValue)
                {
                    none = true;
                    break;
                }

                low = YearsBack(low, Period.Zero, 10);
            }

            if (none)
            {
                continue;
            }

            long lowTicks = Ticks(low);
            long highTicks = Ticks(high); // End(high) > now: the period is positive
            while (highTicks - lowTicks > 1)
            {
                long middle = lowTicks + ((highTicks - lowTicks) / 2);
                if (_retention.End(FromTicks(middle), start, period, _zone) <= now)
                {
                    lowTicks = middle;
                }
                else
                {
                    highTicks = middle;
                }
            }

            thresholds.Add(new RetentionThreshold(member.Name, FromTicks(lowTicks)));
        }

        return thresholds;
    }

    /// <summary><paramref name="value"/> minus the period and some years, or the calendar's first moment if that is before it.</summary>
    private static LocalDateTime YearsBack(LocalDateTime value, Period period, int years)
    {
        // Periods are never negative: only an underflow can throw, and it is rare (a period of thousands of years).
        if ((long)value.Year - period.Years - years <= LocalDate.MinIsoValue.Year)
        {
            return LocalDateTime.MinIsoValue;
        }

        try
        {
            return value.Minus(period).PlusYears(-years);
        }
        catch (ArgumentOutOfRangeException)
        {
            return LocalDateTime.MinIsoValue;
        }
        catch (OverflowException)
        {
            return LocalDateTime.MinIsoValue;
        }
    }

    private static readonly LocalDateTime Epoch = new(1, 1, 1, 0, 0);

    private static long Ticks(LocalDateTime value) => Period.Between(Epoch, value, PeriodUnits.Ticks).Ticks;

    private static LocalDateTime FromTicks(long ticks) => Epoch.PlusTicks(ticks);
}
