using System;
using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Retention;

/// <summary>
/// The retention that applies to a member: its own period, else its category's default from
/// <see cref="PrivacyPolicyOptions.RetentionDefaults"/>, else none. The one place that rule is written: retention
/// decisions, erasure's legal obligations, the subject-access export and the processing inventory all ask it, so a
/// member is kept as long in each of them (GDPR art. 5(1)(e)).
/// </summary>
internal sealed class EffectiveRetention
{
    private readonly IReadOnlyDictionary<Category, Period> _defaults;

    /// <summary>The rule with category defaults already read.</summary>
    /// <param name="defaults">The period of each category that has a default; the rule keeps its own copy.</param>
    public EffectiveRetention(IReadOnlyDictionary<Category, Period> defaults)
        => _defaults = new Dictionary<Category, Period>(defaults ?? throw new ArgumentNullException(nameof(defaults)));

    /// <summary>
    /// The category defaults of <paramref name="options"/>, read once. A default that is not a positive ISO-8601
    /// period is left out: the options validator refuses it at start-up, so only options never validated (a
    /// statement rendered from hand-made options) can hold one, and their category then has no default.
    /// </summary>
    /// <param name="options">The options whose <see cref="PrivacyPolicyOptions.RetentionDefaults"/> are read.</param>
    /// <returns>The retention rule with those defaults.</returns>
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

        return new EffectiveRetention(defaults);
    }

    /// <summary>The period <paramref name="member"/> is kept for, counted from its record's anchor; <see langword="null"/> when none applies.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The member's own period, else its category's default, else <see langword="null"/>.</returns>
    public Period? Of(PersonalDataMember member)
        => member.RetentionPeriod ?? (_defaults.TryGetValue(member.Category, out Period? period) ? period : null);
}
