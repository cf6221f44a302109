using System;
using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Tests.Holds;

/// <summary>An <see cref="IPrivacyHolds"/> as a service would keep one: the holds in memory, by subject, and some by record.</summary>
internal sealed class SubjectHolds : IPrivacyHolds
{
    private readonly Dictionary<string, PrivacyHold> _bySubject = new(StringComparer.Ordinal);
    private readonly Dictionary<object, PrivacyHold> _byRecord = new(ReferenceEqualityComparer.Instance);

    public int Calls { get; private set; }

    public SubjectHolds Add(PrivacyHold hold)
    {
        _bySubject[hold.SubjectId ?? throw new ArgumentException("not a subject hold")] = hold;
        return this;
    }

    public SubjectHolds AddRecord(object record, PrivacyHold hold)
    {
        _byRecord[record] = hold;
        return this;
    }

    public PrivacyHold? FindHold<T>(T value, string? dataSubject, Instant at)
        where T : IPersonalData<T>
    {
        Calls++;
        if (value is not null && _byRecord.TryGetValue(value, out PrivacyHold? record))
        {
            return record;
        }

        return dataSubject is not null && _bySubject.TryGetValue(dataSubject, out PrivacyHold? hold) ? hold : null;
    }
}
