using System;
using System.Collections.Generic;
using System.Linq;
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
        Recipients = [.. Options.Recipients];
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

    /// <summary>The recipients as validated at start-up; later changes to the options do not reach disclosures.</summary>
    public RecipientDeclaration[] Recipients { get; }

    public T Redact<T>(T value)
        where T : IPersonalData<T>
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        // Through the redactor, so the value itself is on the walk's path: a member pointing back to it is cut at once.
        return Redactor.Redact(value);
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
        foreach (RecipientDeclaration candidate in Recipients)
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

        (T projected, string[] members, _) = Erasure.ErasureContext.Disclose(value, DisclosureSelection.ForPurpose(purpose));
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
        (T projected, string[] members, IReadOnlyList<(string Path, bool Exportable)> visited) = Erasure.ErasureContext.Disclose(value, DisclosureSelection.ForRequest(request.Members));

        // Each requested path must be a member the projection met (or hold some), and one that may leave; a path
        // under a nested value that is missing in this record is accepted when its first part is a member.
        foreach (string path in request.Members)
        {
            DisclosureRefusal? refusal = null;
            bool found = false;
            foreach ((string seen, bool exportable) in visited)
            {
                if (seen == path)
                {
                    found = true;
                    refusal = exportable ? null : DisclosureRefusal.NotDisclosable;
                    break;
                }

                found |= seen.Length > path.Length && seen[path.Length] == '.' && seen.StartsWith(path, StringComparison.Ordinal);
            }

            if (!found)
            {
                // Unknown, unless it lies under a nested value this record does not have: then nothing is there.
                int dot = path.IndexOf('.');
                string parent = path.Substring(0, Math.Max(path.LastIndexOf('.'), 0)) + ".";
                bool parentSeen = visited.Any(entry => entry.Path.StartsWith(parent, StringComparison.Ordinal));
                refusal = dot < 0 || descriptor.FindMember(path.Substring(0, dot)) is null || parentSeen ? DisclosureRefusal.UnknownMember : null;
            }

            if (refusal is { } reason)
            {
                AuditSink.Record(new DisclosureAuditRecord(now, request.Recipient, Purpose.None, DisclosureBasis.SubjectRequest, descriptor.TypeName, [], SubjectOf(value), reason, request.Reference));
                throw new DisclosureRefusedException(null, Purpose.None, reason, reason == DisclosureRefusal.UnknownMember
                    ? $"Subject request {request.Reference} refused: '{path}' is not a personal-data member of {descriptor.TypeName}."
                    : $"Subject request {request.Reference} refused: {descriptor.TypeName} member '{path}' never leaves the controller (credentials, or not exportable).");
            }
        }

        AuditSink.Record(new DisclosureAuditRecord(now, request.Recipient, Purpose.None, DisclosureBasis.SubjectRequest, descriptor.TypeName, members, SubjectOf(value), null, request.Reference));
        return projected;
    }

    /// <summary>
    /// The value's data subject, pseudonymised. Without a key (start-up requires one whenever recipients are
    /// declared) the audit record carries no subject rather than the id itself.
    /// </summary>
    private string? SubjectOf<T>(T value)
        where T : IPersonalData<T>
    {
        string? subject = T.GetDataSubject(value);
        return subject is null || !Redactor.CanPseudonymize
            ? null
            : Redactor.Redact(subject, DataFormat.Unspecified, RedactionKind.Pseudonymize);
    }
}
