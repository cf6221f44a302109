using System;
using NodaTime;

namespace Privacy.Policy;

/// <summary>
/// A recipient that personal data may be disclosed to, and for which purposes: declared in
/// <see cref="PrivacyPolicyOptions.Recipients"/>, checked by <see cref="IPrivacyPolicy.Disclose{T}(T, string, Purpose)"/>
/// and listed in the record of processing activities.
/// </summary>
public sealed class RecipientDeclaration
{
    /// <summary>Declares a recipient.</summary>
    /// <param name="name">The recipient's name, as callers of <c>Disclose</c> name it: <c>Reparatiedienst BV</c>.</param>
    /// <param name="role">What the recipient is to the controller.</param>
    /// <param name="purposes">The purposes it may receive data for; one or more.</param>
    public RecipientDeclaration(string name, RecipientRole role, Purpose purposes)
    {
        Name = name;
        Role = role;
        Purposes = purposes;
    }

    /// <summary>The recipient's name; unique among the declared recipients, compared without regard to case.</summary>
    public string Name { get; }

    /// <summary>What the recipient is to the controller.</summary>
    public RecipientRole Role { get; }

    /// <summary>The purposes the recipient may receive data for.</summary>
    public Purpose Purposes { get; }

    /// <summary>
    /// The last day the processing agreement with this recipient is in force, in the configured time zone. Required
    /// for a <see cref="RecipientRole.Processor"/>: disclosures to it are refused from the day after.
    /// </summary>
    public LocalDate? ProcessingAgreementUntil { get; init; }

    /// <summary>
    /// The ISO 3166 two-letter code of the country the recipient processes the data in, when that is outside the
    /// European Economic Area: a third-country transfer, which the record of processing activities lists.
    /// </summary>
    public string? ThirdCountry { get; init; }

    /// <summary>What the recipient does with the data, in a few words, for the record and the statement.</summary>
    public string? Description { get; init; }

    /// <summary>Whether a processing agreement is in force on <paramref name="today"/>, or none is needed.</summary>
    /// <param name="today">The current date in the configured time zone.</param>
    /// <returns><see langword="false"/> for a processor without an agreement, or whose agreement ended before <paramref name="today"/>.</returns>
    public bool HasAgreementOn(LocalDate today)
        => Role != RecipientRole.Processor || (ProcessingAgreementUntil is { } until && today <= until);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Role}: {Purposes})";

    internal bool IsNamed(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);
}
