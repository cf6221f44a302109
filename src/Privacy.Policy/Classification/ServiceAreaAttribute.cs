using System;

namespace Privacy.Policy;

/// <summary>
/// Names the part of the service a type's personal data belongs to, as the privacy statement is organised: the seed's
/// "Bellen" (calls), "Internet" and "Algemeen" (general). The generated privacy statement shows each area's data under
/// its own heading; types without an area appear under "Algemeen" / "General".
/// </summary>
/// <example>
/// <code>
/// [ServiceArea("Bellen", "Calls")]
/// public partial record CallDetailRecord { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ServiceAreaAttribute : Attribute
{
    /// <summary>Names the service area in both languages of the statement.</summary>
    /// <param name="dutch">The area's heading in the Dutch statement: <c>Bellen</c>.</param>
    /// <param name="english">The area's heading in the English statement: <c>Calls</c>.</param>
    public ServiceAreaAttribute(string dutch, string english)
    {
        Dutch = dutch;
        English = english;
    }

    /// <summary>The area's heading in the Dutch statement.</summary>
    public string Dutch { get; }

    /// <summary>The area's heading in the English statement.</summary>
    public string English { get; }
}
