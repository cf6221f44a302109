using System;
using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy;

/// <summary>
/// One disclosure, allowed or refused, as the <see cref="IDisclosureAuditSink"/> receives it. It names members, never
/// their values; the data subject appears only as a keyed pseudonym.
/// </summary>
public sealed class DisclosureAuditRecord
{
    /// <summary>
    /// Describes one disclosure. The policy creates these; a custom <see cref="IDisclosureAuditSink"/> may create them
    /// in its own tests.
    /// </summary>
    /// <param name="at">When the disclosure was asked for.</param>
    /// <param name="recipient">Who the data went, or would have gone, to.</param>
    /// <param name="purpose">The purpose; <see cref="Purpose.None"/> for a data subject's request.</param>
    /// <param name="basis">Why the data was disclosed.</param>
    /// <param name="typeName">The full name of the disclosed value's type.</param>
    /// <param name="members">The paths of the members disclosed; empty when refused.</param>
    /// <param name="subject">The data subject's id, pseudonymised; never the id itself.</param>
    /// <param name="refusal">Why the disclosure was refused; <see langword="null"/> when it was allowed.</param>
    /// <param name="requestReference">The reference of the data subject's request, if any.</param>
    public DisclosureAuditRecord(
        Instant at,
        string recipient,
        Purpose purpose,
        DisclosureBasis basis,
        string typeName,
        IReadOnlyList<string> members,
        string? subject,
        DisclosureRefusal? refusal,
        string? requestReference)
    {
        ArgumentException.ThrowIfNullOrEmpty(recipient);
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(members);
        At = at;
        Recipient = recipient;
        Purpose = purpose;
        Basis = basis;
        TypeName = typeName;
        Members = members;
        Subject = subject;
        Refusal = refusal;
        RequestReference = requestReference;
    }

    /// <summary>When the disclosure was asked for, by the policy's clock.</summary>
    public Instant At { get; }

    /// <summary>Who the data went, or would have gone, to.</summary>
    public string Recipient { get; }

    /// <summary>The purpose; <see cref="Purpose.None"/> for a data subject's request.</summary>
    public Purpose Purpose { get; }

    /// <summary>
    /// The purpose's legal basis as the disclosed type's generated descriptor declares it (a member's own basis, the
    /// assembly's declaration, else the built-in one); <see langword="null"/> for a data subject's request.
    /// </summary>
    public LegalBasis? LegalBasis => Basis == DisclosureBasis.DeclaredPurpose ? DeclaredLegalBasis ?? Vocabulary.PurposeRows.Of(Purpose)?.LegalBasis : null;

    /// <summary>The basis the disclosed type's descriptor gives the purpose, set by the discloser.</summary>
    internal LegalBasis? DeclaredLegalBasis { get; init; }

    /// <summary>Why the data was disclosed: a declared purpose, or the subject's request.</summary>
    public DisclosureBasis Basis { get; }

    /// <summary>The full name of the disclosed value's type.</summary>
    public string TypeName { get; }

    /// <summary>The paths of the members disclosed (<c>CalledNumber</c>, <c>Device.Imei</c>); empty when refused.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>The data subject's id, pseudonymised with the configured key; <see langword="null"/> when the value names none.</summary>
    public string? Subject { get; }

    /// <summary>Why the disclosure was refused; <see langword="null"/> when it was allowed.</summary>
    public DisclosureRefusal? Refusal { get; }

    /// <summary>Whether the data was disclosed.</summary>
    public bool Allowed => Refusal is null;

    /// <summary>The reference of the data subject's request, for <see cref="DisclosureBasis.SubjectRequest"/>.</summary>
    public string? RequestReference { get; }

    /// <inheritdoc />
    public override string ToString()
        => Allowed
            ? $"Disclosed {TypeName} [{string.Join(", ", Members)}] ({Basis}, {Purpose})"
            : $"Refused {TypeName} ({Basis}, {Purpose}): {Refusal}";
}
