using System.Collections.Generic;
using NodaTime;
using Privacy.Policy.Retention;
using Xunit;

namespace Privacy.Policy.Tests.Retention;

/// <summary>
/// The one rule every engine asks for a member's retention: its own period, else its category's default, else none;
/// option defaults read once, and a default that is not a positive ISO-8601 period left out.
/// </summary>
public sealed class EffectiveRetentionTests
{
    private static PersonalDataMember Member(Category category, string? retention)
        => new("Number", category, Purpose.Billing, retention, DataFormat.Unspecified, RedactionKind.Erase, exportable: true);

    private static EffectiveRetention FromOptions(params (Category Category, string Period)[] defaults)
    {
        var options = new PrivacyPolicyOptions();
        foreach ((Category category, string period) in defaults)
        {
            options.RetentionDefaults[category] = period;
        }

        return EffectiveRetention.From(options);
    }

    [Fact]
    public void A_members_own_period_wins_over_its_categorys_default()
    {
        EffectiveRetention retention = FromOptions((Category.Usage, "P1Y"));

        Assert.Equal(Period.FromMonths(6), retention.Of(Member(Category.Usage, "P6M")));
    }

    [Fact]
    public void A_member_without_a_period_has_its_categorys_default()
    {
        EffectiveRetention retention = FromOptions((Category.Usage, "P1Y"), (Category.Marketing, "P2Y"));

        Assert.Equal(Period.FromYears(1), retention.Of(Member(Category.Usage, null)));
        Assert.Equal(Period.FromYears(2), retention.Of(Member(Category.Marketing, null)));
    }

    [Fact]
    public void A_member_without_a_period_or_a_default_has_none()
    {
        EffectiveRetention retention = FromOptions((Category.Usage, "P1Y"));

        Assert.Null(retention.Of(Member(Category.Location, null)));
    }

    [Theory]
    [InlineData("P0D")]
    [InlineData("-P1Y")]
    [InlineData("one year")]
    [InlineData("")]
    public void A_default_that_is_not_a_positive_period_is_no_default(string period)
    {
        EffectiveRetention retention = FromOptions((Category.Usage, period));

        Assert.Null(retention.Of(Member(Category.Usage, null)));
    }

    [Fact]
    public void Defaults_are_read_once_when_the_rule_is_made()
    {
        var options = new PrivacyPolicyOptions();
        options.RetentionDefaults[Category.Usage] = "P1Y";
        EffectiveRetention retention = EffectiveRetention.From(options);

        options.RetentionDefaults[Category.Usage] = "P3Y";
        options.RetentionDefaults[Category.Location] = "P3Y";

        Assert.Equal(Period.FromYears(1), retention.Of(Member(Category.Usage, null)));
        Assert.Null(retention.Of(Member(Category.Location, null)));
    }

    [Fact]
    public void Defaults_given_as_periods_are_copied()
    {
        var defaults = new Dictionary<Category, Period> { [Category.Usage] = Period.FromDays(90) };
        var retention = new EffectiveRetention(defaults);

        defaults[Category.Usage] = Period.FromDays(1);

        Assert.Equal(Period.FromDays(90), retention.Of(Member(Category.Usage, null)));
    }
}
