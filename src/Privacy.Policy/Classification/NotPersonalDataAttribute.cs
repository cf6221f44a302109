using System;

namespace Privacy.Policy;

/// <summary>
/// States that a field or property holds no personal data, so that analyzer PRIV001 knows somebody decided
/// rather than forgot.
/// </summary>
/// <example>
/// <code>
/// [NotPersonalData(Reason = "Identifies a tariff, shared by every customer on it")]
/// public int TariffPlanId { get; init; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class NotPersonalDataAttribute : Attribute
{
    /// <summary>States that the member holds no personal data.</summary>
    public NotPersonalDataAttribute()
    {
    }

    /// <summary>States that the member holds no personal data, and why.</summary>
    /// <param name="reason">Why the member is not personal data, for the reviewer who reads it later.</param>
    public NotPersonalDataAttribute(string? reason) => Reason = reason;

    /// <summary>Why the member is not personal data, for the reviewer who reads it later.</summary>
    public string? Reason { get; set; }
}
