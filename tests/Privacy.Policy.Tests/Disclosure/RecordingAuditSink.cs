using System.Collections.Generic;

namespace Privacy.Policy.Tests.Disclosure;

/// <summary>Keeps every audit record it is given, in order.</summary>
internal sealed class RecordingAuditSink : IDisclosureAuditSink
{
    public List<DisclosureAuditRecord> Records { get; } = [];

    public void Record(DisclosureAuditRecord record) => Records.Add(record);
}
