using System.Collections.Generic;
using Privacy.Policy;

namespace MisterVoip.Requests;

/// <summary>
/// The disclosure audit as the sample keeps it: every record the policy hands its sink, in memory (a table in
/// production). <see cref="RecipientNotifications"/> reads it to know whom to tell after a rectification (GDPR art. 19).
/// </summary>
public sealed class DisclosureAuditLog : IDisclosureAuditSink
{
    private readonly List<DisclosureAuditRecord> _records = [];

    /// <summary>The records so far, oldest first: recipients, members and pseudonymised subjects, never values.</summary>
    public IReadOnlyList<DisclosureAuditRecord> Records
    {
        get
        {
            lock (_records)
            {
                return [.. _records];
            }
        }
    }

    /// <inheritdoc />
    public void Record(DisclosureAuditRecord record)
    {
        lock (_records)
        {
            _records.Add(record);
        }
    }
}
