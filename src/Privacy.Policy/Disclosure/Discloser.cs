using System;
using System.Collections.Generic;
using NodaTime;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Disclosure;

/// <summary>
/// Carries out <see cref="IPrivacyPolicy.Disclose{T}(T, string, Purpose)"/> and
/// <see cref="IPrivacyPolicy.Disclose{T}(T, SubjectDisclosureRequest)"/>: checks the refusal rules
/// (<see cref="RecipientRefusals"/>, <see cref="SubjectRequestRefusals"/>), projects the value with a
/// <see cref="DisclosureSelector"/>, and records every disclosure and every refusal with the audit sink (GDPR art. 5(2),
/// accountability; art. 30(1)(d), recipients).
/// </summary>
internal sealed class Discloser
{
    private readonly IReadOnlyList<RecipientDeclaration> _recipients;
    private readonly DateTimeZone _zone;
    private readonly IClock _clock;
    private readonly IDisclosureAuditSink _auditSink;
    private readonly PersonalDataRedactor _redactor;
    private readonly ISubjectProcessingLimits? _limits;

    /// <summary>Creates the discloser of one policy.</summary>
    /// <param name="recipients">The recipients as validated at start-up; later changes to the options do not reach disclosures.</param>
    /// <param name="zone">The configured time zone, in which a processing agreement's last day is read.</param>
    /// <param name="clock">The clock of every disclosure's and refusal's audit record.</param>
    /// <param name="auditSink">Where every disclosure and refusal is recorded.</param>
    /// <param name="redactor">Pseudonymises the data subject in audit records.</param>
    /// <param name="limits">The subjects' restrictions; <see langword="null"/> when none is registered.</param>
    public Discloser(IReadOnlyList<RecipientDeclaration> recipients, DateTimeZone zone, IClock clock, IDisclosureAuditSink auditSink, PersonalDataRedactor redactor, ISubjectProcessingLimits? limits = null)
    {
        _limits = limits;
        _recipients = recipients;
        _zone = zone;
        _clock = clock;
        _auditSink = auditSink;
        _redactor = redactor;
    }

    /// <summary>Discloses the members of <paramref name="value"/> processed for <paramref name="purpose"/> to a declared recipient, or refuses.</summary>
    /// <exception cref="ArgumentException">The recipient is empty, or <paramref name="purpose"/> is not exactly one declared purpose.</exception>
    /// <exception cref="DisclosureRefusedException">A rule of <see cref="RecipientRefusals"/> or <see cref="ProcessingLimitRefusals"/> refuses it.</exception>
    public T ForPurpose<T>(T value, string recipient, Purpose purpose, RestrictionExemption? exemption = null)
        where T : IPersonalData<T>
    {
        ArgumentException.ThrowIfNullOrEmpty(recipient);
        if (purpose == Purpose.None || !System.Numerics.BitOperations.IsPow2((uint)purpose) || !Enum.IsDefined(purpose))
        {
            throw new ArgumentException($"A disclosure is for exactly one purpose; '{purpose}' is not.", nameof(purpose));
        }

        Instant now = _clock.GetCurrentInstant();
        RecipientDeclaration? declared = RecipientRefusals.Find(_recipients, recipient);
        if (RecipientRefusals.Check(declared, purpose, now.InZone(_zone).Date) is { } reason)
        {
            _auditSink.Record(new DisclosureAuditRecord(now, recipient, purpose, DisclosureBasis.DeclaredPurpose, T.Descriptor.TypeName, [], SubjectOf(value), reason, null) { DeclaredLegalBasis = BasisOf(T.Descriptor, purpose) });
            throw new DisclosureRefusedException(recipient, purpose, reason, RecipientRefusals.Explain(reason, recipient, declared, purpose));
        }

        // The subject's own limits come after the recipient's: an undeclared recipient is refused as such whoever the subject is.
        LegalBasis? basis = BasisOf(T.Descriptor, purpose);
        if (ProcessingLimitRefusals.Check(_limits, T.GetDataSubject(value), purpose, basis, exemption) is { } limited)
        {
            _auditSink.Record(new DisclosureAuditRecord(now, declared!.Name, purpose, DisclosureBasis.DeclaredPurpose, T.Descriptor.TypeName, [], SubjectOf(value), limited, null) { DeclaredLegalBasis = basis });
            throw new DisclosureRefusedException(declared.Name, purpose, limited, ProcessingLimitRefusals.Explain(limited, declared.Name, purpose, _limits!));
        }

        (T projected, string[] members, _) = DisclosureSelector.Project(value, DisclosureSelection.ForPurpose(purpose));
        _auditSink.Record(new DisclosureAuditRecord(now, declared!.Name, purpose, DisclosureBasis.DeclaredPurpose, T.Descriptor.TypeName, members, SubjectOf(value), null, null) { DeclaredLegalBasis = BasisOf(T.Descriptor, purpose) });
        return projected;
    }

    /// <summary>The basis the first member processed for <paramref name="purpose"/> has for it, as generated code declares it.</summary>
    private static LegalBasis? BasisOf(PersonalDataDescriptor descriptor, Purpose purpose)
    {
        foreach (PersonalDataMember member in descriptor.Members)
        {
            if (member.DeclarationOf(purpose) is { } declaration)
            {
                return declaration.LegalBasis;
            }
        }

        return null;
    }

    /// <summary>Discloses the members a data subject named to the recipient they chose, or refuses.</summary>
    /// <exception cref="DisclosureRefusedException">A rule of <see cref="SubjectRequestRefusals"/> refuses a requested path.</exception>
    public T ForRequest<T>(T value, SubjectDisclosureRequest request)
        where T : IPersonalData<T>
    {
        ArgumentNullException.ThrowIfNull(request);
        Instant now = _clock.GetCurrentInstant();
        PersonalDataDescriptor descriptor = T.Descriptor;
        (T projected, string[] members, IReadOnlyList<(string Path, bool Exportable)> visited) = DisclosureSelector.Project(value, DisclosureSelection.ForRequest(request.Members));
        foreach (string path in request.Members)
        {
            if (SubjectRequestRefusals.Check(path, visited, descriptor) is { } reason)
            {
                _auditSink.Record(new DisclosureAuditRecord(now, request.Recipient, Purpose.None, DisclosureBasis.SubjectRequest, descriptor.TypeName, [], SubjectOf(value), reason, request.Reference));
                throw new DisclosureRefusedException(null, Purpose.None, reason, SubjectRequestRefusals.Explain(reason, request.Reference, path, descriptor.TypeName));
            }
        }

        _auditSink.Record(new DisclosureAuditRecord(now, request.Recipient, Purpose.None, DisclosureBasis.SubjectRequest, descriptor.TypeName, members, SubjectOf(value), null, request.Reference));
        return projected;
    }

    /// <summary>
    /// The value's data subject, pseudonymised. Without a key (start-up requires one whenever recipients are
    /// declared) the audit record carries no subject rather than the id itself.
    /// </summary>
    private string? SubjectOf<T>(T value)
        where T : IPersonalData<T>
        => AuditSubjects.Pseudonym(_redactor, T.GetDataSubject(value));
}
