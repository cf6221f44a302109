using System;
using Microsoft.Extensions.Options;
using NodaTime;
using Privacy.Policy.Redaction;

namespace Privacy.Policy;

/// <summary>The <see cref="IPrivacyPolicy"/> that <c>AddPrivacyPolicy</c> registers.</summary>
internal sealed class PrivacyPolicy : IPrivacyPolicy
{
    public PrivacyPolicy(IOptions<PrivacyPolicyOptions> options, PersonalDataRedactor redactor, IClock clock, IDisclosureAuditSink? auditSink = null)
    {
        AuditSink = auditSink ?? new LoggingDisclosureAuditSink(Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        Options = options.Value;
        Redactor = redactor;
        Clock = clock;
        Zone = DateTimeZoneProviders.Tzdb[Options.TimeZone];
        var defaults = new System.Collections.Generic.Dictionary<Category, Period>();
        foreach (System.Collections.Generic.KeyValuePair<Category, string> entry in Options.RetentionDefaults)
        {
            if (RetentionPeriods.TryParse(entry.Value, out Period period))
            {
                defaults[entry.Key] = period;
            }
        }

        RetentionDefaults = defaults;
        Retention = new Retention.RetentionEvaluator(Zone, defaults);
    }

    public Retention.RetentionEvaluator Retention { get; }

    public DateTimeZone Zone { get; }

    public DateTimeZone TimeZone => Zone;

    public System.Collections.Generic.IReadOnlyDictionary<Category, Period> RetentionDefaults { get; }

    public PrivacyPolicyOptions Options { get; }

    public PersonalDataRedactor Redactor { get; }

    public IClock Clock { get; }

    public IDisclosureAuditSink AuditSink { get; }

    public T Redact<T>(T value)
        where T : IPersonalData<T>
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        return T.Redact(value, Redactor);
    }

    public RetentionDecision EvaluateRetention<T>(T value)
        where T : IPersonalData<T>
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        return Retention.Evaluate(value, Clock.GetCurrentInstant());
    }

    public System.Collections.Generic.IReadOnlyList<RetentionThreshold> GetRetentionThresholds<T>()
        where T : IPersonalData<T>
        => Retention.Thresholds<T>(Clock.GetCurrentInstant());

    public SubjectAccessExport BeginExport(System.IO.Stream output, string subjectId)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        return new SubjectAccessExport(output, subjectId, Clock.GetCurrentInstant(), Options, Zone, RetentionDefaults);
    }

    public ErasureResult<T> Erase<T>(T value)
        where T : IPersonalData<T>
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        return new Erasure.ErasureContext(Clock.GetCurrentInstant(), Zone, RetentionDefaults).EraseRoot(value);
    }

    public T Disclose<T>(T value, string recipient, Purpose purpose)
        where T : IPersonalData<T>
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        ArgumentException.ThrowIfNullOrEmpty(recipient);
        if (purpose == Purpose.None || !System.Numerics.BitOperations.IsPow2((uint)purpose) || !Enum.IsDefined(purpose))
        {
            throw new ArgumentException($"A disclosure is for exactly one purpose; '{purpose}' is not.", nameof(purpose));
        }

        Instant now = Clock.GetCurrentInstant();
        RecipientDeclaration? declared = null;
        foreach (RecipientDeclaration candidate in Options.Recipients)
        {
            if (candidate.IsNamed(recipient))
            {
                declared = candidate;
                break;
            }
        }

        DisclosureRefusal? refusal = declared is null ? DisclosureRefusal.UnknownRecipient
            : (declared.Purposes & purpose) == 0 ? DisclosureRefusal.PurposeNotDeclared
            : !declared.HasAgreementOn(now.InZone(Zone).Date) ? DisclosureRefusal.NoProcessingAgreement
            : null;
        if (refusal is { } reason)
        {
            AuditSink.Record(new DisclosureAuditRecord(now, recipient, purpose, DisclosureBasis.DeclaredPurpose, T.Descriptor.TypeName, [], SubjectOf(value), reason, null));
            throw new DisclosureRefusedException(recipient, purpose, reason, reason switch
            {
                DisclosureRefusal.UnknownRecipient => $"Disclosure to '{recipient}' for {purpose} refused: no such recipient is declared in PrivacyPolicyOptions.Recipients.",
                DisclosureRefusal.PurposeNotDeclared => $"Disclosure to '{declared!.Name}' for {purpose} refused: it is declared for {declared.Purposes} only.",
                _ => declared!.ProcessingAgreementUntil is { } until
                    ? $"Disclosure to '{declared.Name}' for {purpose} refused: it is a processor and its processing agreement ran until {until:uuuu-MM-dd}."
                    : $"Disclosure to '{declared.Name}' for {purpose} refused: it is a processor and no processing agreement is recorded.",
            });
        }

        (T projected, string[] members) = Erasure.ErasureContext.Disclose(value, DisclosureSelection.ForPurpose(purpose));
        AuditSink.Record(new DisclosureAuditRecord(now, declared!.Name, purpose, DisclosureBasis.DeclaredPurpose, T.Descriptor.TypeName, members, SubjectOf(value), null, null));
        return projected;
    }

    public T Disclose<T>(T value, SubjectDisclosureRequest request)
        where T : IPersonalData<T>
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        ArgumentNullException.ThrowIfNull(request);
        Instant now = Clock.GetCurrentInstant();
        PersonalDataDescriptor descriptor = T.Descriptor;
        foreach (string path in request.Members)
        {
            int dot = path.IndexOf('.');
            PersonalDataMember? member = descriptor.FindMember(dot < 0 ? path : path.Substring(0, dot));
            DisclosureRefusal? refusal = member is null ? DisclosureRefusal.UnknownMember
                : !member.Exportable ? DisclosureRefusal.NotDisclosable
                : null;
            if (refusal is { } reason)
            {
                AuditSink.Record(new DisclosureAuditRecord(now, request.Recipient, Purpose.None, DisclosureBasis.SubjectRequest, descriptor.TypeName, [], SubjectOf(value), reason, request.Reference));
                throw new DisclosureRefusedException(null, Purpose.None, reason, reason == DisclosureRefusal.UnknownMember
                    ? $"Subject request {request.Reference} refused: '{path}' is not a personal-data member of {descriptor.TypeName}."
                    : $"Subject request {request.Reference} refused: {descriptor.TypeName}.{member!.Name} never leaves the controller ({member.Category}, not exportable).");
            }
        }

        (T projected, string[] members) = Erasure.ErasureContext.Disclose(value, DisclosureSelection.ForRequest(request.Members));
        AuditSink.Record(new DisclosureAuditRecord(now, request.Recipient, Purpose.None, DisclosureBasis.SubjectRequest, descriptor.TypeName, members, SubjectOf(value), null, request.Reference));
        return projected;
    }

    /// <summary>The value's data subject, pseudonymised; a key is required at start-up whenever recipients are declared.</summary>
    private string? SubjectOf<T>(T value)
        where T : IPersonalData<T>
    {
        string? subject = T.GetDataSubject(value);
        if (subject is null)
        {
            return null;
        }

        if (!Redactor.CanPseudonymize)
        {
            throw new InvalidOperationException("PrivacyPolicyOptions.Pseudonymization.Key is required to disclose: every disclosure's audit record carries the data subject pseudonymised.");
        }

        return Redactor.Redact(subject, DataFormat.Unspecified, RedactionKind.Pseudonymize);
    }
}
