using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;
using NodaTime;
using Privacy.Policy.Disclosure;
using Privacy.Policy.Erasure;
using Privacy.Policy.Holds;
using Privacy.Policy.Redaction;
using Privacy.Policy.Retention;
using Privacy.Policy.Text;

namespace Privacy.Policy.DependencyInjection;

/// <summary>
/// The <see cref="IPrivacyPolicy"/> that <c>AddPrivacyPolicy</c> registers: it only wires the options, the clock and
/// the engines together. The rules live with their concepts: retention in <see cref="RetentionEvaluator"/> and
/// <see cref="EffectiveRetention"/>, erasure in <see cref="ErasureSelector"/>, disclosure in <see cref="Discloser"/>.
/// </summary>
internal sealed class PrivacyPolicy : IPrivacyPolicy
{
    public PrivacyPolicy(IOptions<PrivacyPolicyOptions> options, PersonalDataRedactor redactor, IClock clock, IDisclosureAuditSink? auditSink = null, IPrivacyHolds? holds = null, ISubjectProcessingLimits? limits = null)
    {
        Holds = holds;
        Limits = limits;
        AuditSink = auditSink ?? new LoggingDisclosureAuditSink(Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        Options = options.Value;
        Redactor = redactor;
        Clock = clock;
        Zone = DateTimeZoneProviders.Tzdb[Options.TimeZone];
        EffectiveRetention = EffectiveRetention.From(Options);
        Retention = new RetentionEvaluator(Zone, EffectiveRetention);

        // The recipients as validated at start-up; later changes to the options do not reach disclosures.
        Discloser = new Discloser([.. Options.Recipients], Zone, Clock, AuditSink, Redactor, limits);
    }

    public RetentionEvaluator Retention { get; }

    public DateTimeZone Zone { get; }

    public DateTimeZone TimeZone => Zone;

    /// <summary>The retention of each member: its own period, else its category's default from the options, read once.</summary>
    public EffectiveRetention EffectiveRetention { get; }

    public PrivacyPolicyOptions Options { get; }

    public PersonalDataRedactor Redactor { get; }

    public IClock Clock { get; }

    public IDisclosureAuditSink AuditSink { get; }

    public Discloser Discloser { get; }

    /// <summary>Where holds are looked up; <see langword="null"/> when none is registered, and nothing is held.</summary>
    public IPrivacyHolds? Holds { get; }

    /// <summary>The register of restrictions and objections; <see langword="null"/> when none is registered, and nothing is limited.</summary>
    public ISubjectProcessingLimits? Limits { get; }

    public IReadOnlyList<TextFinding> FindPersonalData(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextScanner.Find(text);
    }

    public string Scrub(string text) => TextScrubber.Scrub(text, Redactor);

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

        Instant now = Clock.GetCurrentInstant();
        RetentionDecision decision = Retention.Evaluate(value, now);
        return Holds is not null && HeldValues.Find(Holds, value, now) is { } hold ? HeldValues.Keep(decision, hold) : decision;
    }

    public System.Collections.Generic.IReadOnlyList<RetentionThreshold> GetRetentionThresholds<T>()
        where T : IPersonalData<T>
        => Retention.Thresholds<T>(Clock.GetCurrentInstant());

    public SubjectAccessExport BeginExport(System.IO.Stream output, string subjectId)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        return new SubjectAccessExport(output, subjectId, Clock.GetCurrentInstant(), Options, Zone, EffectiveRetention, Redactor, Limits);
    }

    public ErasureResult<T> Erase<T>(T value)
        where T : IPersonalData<T>
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        Instant now = Clock.GetCurrentInstant();
        ErasureResult<T> erasure = ErasureSelector.Erase(value, now, Zone, EffectiveRetention);
        return Holds is not null && HeldValues.Find(Holds, value, now) is { } hold ? HeldValues.Keep(value, erasure, hold) : erasure;
    }

    public T Disclose<T>(T value, string recipient, Purpose purpose)
        where T : IPersonalData<T>
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        return Discloser.ForPurpose(value, recipient, purpose);
    }

    public T Disclose<T>(T value, string recipient, Purpose purpose, RestrictionExemption exemption)
        where T : IPersonalData<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!Enum.IsDefined(exemption))
        {
            throw new ArgumentOutOfRangeException(nameof(exemption), exemption, "Not a ground of GDPR art. 18(2).");
        }

        return Discloser.ForPurpose(value, recipient, purpose, exemption);
    }

    public T Disclose<T>(T value, SubjectDisclosureRequest request)
        where T : IPersonalData<T>
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        return Discloser.ForRequest(value, request);
    }
}
