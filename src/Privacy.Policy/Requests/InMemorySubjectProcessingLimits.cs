using System;
using System.Collections.Generic;

namespace Privacy.Policy;

/// <summary>
/// Keeps the limits on subjects' processing in memory, safe for concurrent use: for tests. Its limits are lost when
/// the process ends, so a service honouring real restrictions registers a durable <see cref="ISubjectProcessingLimits"/>.
/// </summary>
public sealed class InMemorySubjectProcessingLimits : ISubjectProcessingLimits
{
    // One lock for all sets: limits are few and are read far more often than written.
    private readonly object _gate = new();
    private readonly HashSet<string> _restricted = new(StringComparer.Ordinal);

    /// <summary>Restricts the processing of the subject's data (GDPR art. 18(1)); restricting twice is one restriction.</summary>
    /// <param name="subjectId">The data subject's id, as the records' <c>[DataSubject]</c> members hold it.</param>
    public void Restrict(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        lock (_gate)
        {
            _restricted.Add(subjectId);
        }
    }

    /// <summary>Lifts the restriction (GDPR art. 18(3): the subject is told before it is lifted).</summary>
    /// <param name="subjectId">The data subject's id.</param>
    /// <returns>Whether a restriction was in force.</returns>
    public bool LiftRestriction(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        lock (_gate)
        {
            return _restricted.Remove(subjectId);
        }
    }

    /// <inheritdoc/>
    public bool IsRestricted(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        lock (_gate)
        {
            return _restricted.Contains(subjectId);
        }
    }
}
