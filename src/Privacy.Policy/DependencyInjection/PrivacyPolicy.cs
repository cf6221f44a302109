using System;
using Microsoft.Extensions.Options;
using NodaTime;
using Privacy.Policy.Redaction;

namespace Privacy.Policy;

/// <summary>The <see cref="IPrivacyPolicy"/> that <c>AddPrivacyPolicy</c> registers.</summary>
internal sealed class PrivacyPolicy : IPrivacyPolicy
{
    public PrivacyPolicy(IOptions<PrivacyPolicyOptions> options, PersonalDataRedactor redactor, IClock clock)
    {
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
}
