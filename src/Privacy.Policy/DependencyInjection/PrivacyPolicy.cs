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
    }

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
}
