using System;
using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Retention;

/// <summary>
/// The retention that applies to a member: its own period; else, for billing traffic data counted from its invoice,
/// the bill dispute window (<see cref="PrivacyPolicyOptions.BillDisputeWindow"/>, Telecommunicatiewet art. 11.5(3));
/// else its category's default from <see cref="PrivacyPolicyOptions.RetentionDefaults"/>; else none. The one place that
/// rule is written: retention decisions, erasure's legal obligations, the subject-access export and the processing
/// inventory all ask it, so a member is kept as long in each of them (GDPR art. 5(1)(e)). It also holds the book
/// year's end, from which <see cref="RetentionStart.EndOfYear"/> counts (AWR art. 52(4), BW 2:10(3)).
/// </summary>
internal sealed class EffectiveRetention
{
    private readonly IReadOnlyDictionary<Category, Period> _defaults;
    private readonly Period? _billDisputeWindow;

    /// <summary>The rule with category defaults already read.</summary>
    /// <param name="defaults">The period of each category that has a default; the rule keeps its own copy.</param>
    /// <param name="bookYearEnd">The last day of the book year; <see langword="null"/> for 31 December.</param>
    /// <param name="billDisputeWindow">The retention of billing traffic data counted from its invoice; <see langword="null"/> for none.</param>
    public EffectiveRetention(IReadOnlyDictionary<Category, Period> defaults, AnnualDate? bookYearEnd = null, Period? billDisputeWindow = null)
    {
        _defaults = new Dictionary<Category, Period>(defaults ?? throw new ArgumentNullException(nameof(defaults)));
        BookYearEnd = bookYearEnd ?? BookYear.CalendarYearEnd;
        _billDisputeWindow = billDisputeWindow;
    }

    /// <summary>The last day of the book year: <see cref="RetentionStart.EndOfYear"/> counts from the midnight after it.</summary>
    public AnnualDate BookYearEnd { get; }

    /// <summary>
    /// The category defaults, book year and bill dispute window of <paramref name="options"/>, read once. A value that
    /// cannot be read is left out (the category has no default, the book year is the calendar year, billing traffic
    /// data has no window): the options validator refuses it at start-up, so only options never validated (a statement
    /// rendered from hand-made options) can hold one.
    /// </summary>
    /// <param name="options">The options read.</param>
    /// <returns>The retention rule.</returns>
    public static EffectiveRetention From(PrivacyPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var defaults = new Dictionary<Category, Period>();
        foreach (KeyValuePair<Category, string> entry in options.RetentionDefaults)
        {
            if (RetentionPeriods.TryParse(entry.Value, out Period period))
            {
                defaults[entry.Key] = period;
            }
        }

        return new EffectiveRetention(
            defaults,
            BookYear.TryParse(options.BookYearEnd, out AnnualDate end) ? end : null,
            RetentionPeriods.TryParse(options.BillDisputeWindow, out Period window) ? window : null);
    }

    /// <summary>
    /// The period <paramref name="member"/> is kept for, counted from its <see cref="PersonalDataMember.RetentionFrom"/>
    /// member when it has one, else from its record's anchor; <see langword="null"/> when none applies.
    /// </summary>
    /// <param name="member">The member.</param>
    /// <returns>The member's own period, else the bill dispute window for billing traffic data counted from its invoice, else its category's default, else <see langword="null"/>.</returns>
    public Period? Of(PersonalDataMember member)
    {
        if (member.RetentionPeriod is { } own)
        {
            return own;
        }

        // Traffic data kept for billing may stay until the bill can no longer be contested, counted from the invoice
        // (Tw art. 11.5(3)): the member names the invoice's date with RetentionFrom.
        if (_billDisputeWindow is { } window && IsBillingTrafficData(member))
        {
            return window;
        }

        return _defaults.TryGetValue(member.Category, out Period? period) ? period : null;
    }

    /// <summary>Whether the bill dispute window is <paramref name="member"/>'s retention when it gives none of its own.</summary>
    public static bool IsBillingTrafficData(PersonalDataMember member)
        => member.Category == Category.Usage && (member.Purposes & Purpose.Billing) != 0 && member.RetentionFrom is not null;

    /// <summary>The instant a retention of <paramref name="period"/> counted from <paramref name="from"/> runs out, the book year as configured.</summary>
    public Instant End(LocalDateTime from, RetentionStart start, Period period, DateTimeZone zone)
        => RetentionCalculator.End(from, start, period, zone, BookYearEnd);
}
