using System;

namespace Privacy.Policy;

/// <summary>
/// Declares a purpose the company processes personal data for, once, in the assembly its services share: its legal
/// basis (GDPR art. 6(1)), for a legitimate interest the interest itself (art. 13(1)(d)), its wording in the privacy
/// statement, and whether providing the data is a statutory or contractual requirement (art. 13(2)(e)).
/// </summary>
/// <remarks>
/// <para>
/// The built-in purposes (<see cref="Purpose.ServiceDelivery"/> ... <see cref="Purpose.Security"/>) come declared: they
/// are the seed provider's. Declaring one again replaces its basis and wording for every service that references the
/// declaring assembly. A purpose of the company's own is a <see cref="Purpose"/> value outside the built-in flags (bits
/// 16 to 30), given a <see cref="Name"/>: <c>public const Purpose NetworkPlanning = (Purpose)(1 &lt;&lt; 16);</c>.
/// </para>
/// <para>
/// The build checks it: a member processed for an undeclared purpose (PRIV020), a legitimate interest without its
/// <see cref="Interest"/> (PRIV021), a purpose declared twice with different content (PRIV022), a consent purpose on a
/// type that records no consent (PRIV012) are errors.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// [assembly: ProcessingPurpose(Purpose.Marketing, LegalBasis.LegitimateInterest,
///     Interest = "Klanten op de hoogte houden van vergelijkbare eigen diensten (Telecommunicatiewet art. 11.7 lid 3)",
///     Dutch = "Aanbiedingen aan bestaande klanten", English = "Offers to existing customers")]
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class ProcessingPurposeAttribute : Attribute
{
    /// <summary>Declares <paramref name="purpose"/> with its legal basis.</summary>
    /// <param name="purpose">One purpose: a built-in flag, or a value of the company's own (bits 16 to 30).</param>
    /// <param name="legalBasis">What the processing for it rests on.</param>
    public ProcessingPurposeAttribute(Purpose purpose, LegalBasis legalBasis)
    {
        Purpose = purpose;
        LegalBasis = legalBasis;
    }

    /// <summary>The purpose declared.</summary>
    public Purpose Purpose { get; }

    /// <summary>What processing for it rests on.</summary>
    public LegalBasis LegalBasis { get; }

    /// <summary>The purpose's name in exports and records, such as <c>NetworkPlanning</c>; required for a purpose of the company's own, the enum name for a built-in one.</summary>
    public string? Name { get; set; }

    /// <summary>The legitimate interest pursued, as the Dutch statement prints it; required with <see cref="LegalBasis.LegitimateInterest"/> (PRIV021).</summary>
    public string? Interest { get; set; }

    /// <summary>The legitimate interest in English, for the English statement; <see cref="Interest"/> is printed when it is not given.</summary>
    public string? EnglishInterest { get; set; }

    /// <summary>How the Dutch privacy statement names the purpose.</summary>
    public string? Dutch { get; set; }

    /// <summary>How the English privacy statement names the purpose.</summary>
    public string? English { get; set; }

    /// <summary>Whether providing the data is a statutory or contractual requirement, or needed to enter into a contract (art. 13(2)(e)).</summary>
    public ProvisionRequirement Requirement { get; set; }
}
