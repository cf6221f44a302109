using System;
using System.Collections.Generic;
using Privacy.Policy.Disclosure;

namespace Privacy.Policy;

/// <summary>
/// Keeps the limits on subjects' processing in memory, safe for concurrent use: for tests. Its limits are lost when
/// the process ends, so a service honouring real restrictions registers a durable <see cref="ISubjectProcessingLimits"/>.
/// A subject id that is a <see cref="Guid"/> matches in any form <see cref="Guid.TryParse(string, out Guid)"/> reads
/// (upper case, braces, no hyphens), as generated code and the disclosure audit write it.
/// </summary>
public sealed class InMemorySubjectProcessingLimits : ISubjectProcessingLimits
{
    // One lock for all sets: limits are few and are read far more often than written.
    private readonly object _gate = new();
    private readonly HashSet<string> _restricted = new(StringComparer.Ordinal);
    private readonly HashSet<(string Subject, Purpose Purpose)> _objections = [];
    private readonly Dictionary<(string Subject, Purpose Purpose), string> _grounds = [];
    private readonly Purpose _directMarketing;

    /// <summary>Creates an empty register in which only <see cref="Purpose.Marketing"/> is direct marketing.</summary>
    public InMemorySubjectProcessingLimits()
        : this(Purpose.None)
    {
    }

    /// <summary>Creates an empty register.</summary>
    /// <param name="directMarketing">
    /// The company purposes that are direct marketing, beside <see cref="Purpose.Marketing"/> (GDPR art. 21(2) and (3)).
    /// </param>
    public InMemorySubjectProcessingLimits(Purpose directMarketing) => _directMarketing = directMarketing | Purpose.Marketing;

    /// <summary>Restricts the processing of the subject's data (GDPR art. 18(1)); restricting twice is one restriction.</summary>
    /// <param name="subjectId">The data subject's id, as the records' <c>[DataSubject]</c> members hold it.</param>
    public void Restrict(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        subjectId = SubjectIds.Canonical(subjectId);
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
        subjectId = SubjectIds.Canonical(subjectId);
        lock (_gate)
        {
            return _restricted.Remove(subjectId);
        }
    }

    /// <inheritdoc/>
    public bool IsRestricted(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        subjectId = SubjectIds.Canonical(subjectId);
        lock (_gate)
        {
            return _restricted.Contains(subjectId);
        }
    }

    /// <summary>
    /// Records the subject's objection to processing for <paramref name="purpose"/> (GDPR art. 21(1) and (2)); objecting
    /// twice is one objection. Grounds recorded earlier for the purpose no longer count: a new objection is weighed anew.
    /// </summary>
    /// <param name="subjectId">The data subject's id, as the records' <c>[DataSubject]</c> members hold it.</param>
    /// <param name="purpose">One purpose flag.</param>
    public void Object(string subjectId, Purpose purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        subjectId = SubjectIds.Canonical(subjectId);
        ThrowIfNotOnePurpose(purpose);
        lock (_gate)
        {
            _objections.Add((subjectId, purpose));
            _grounds.Remove((subjectId, purpose));
        }
    }

    /// <summary>
    /// Records the compelling legitimate grounds that override the subject's objection to <paramref name="purpose"/>
    /// (GDPR art. 21(1)). Write them without names, addresses or numbers.
    /// </summary>
    /// <param name="subjectId">The data subject's id.</param>
    /// <param name="purpose">One purpose flag the subject objected to.</param>
    /// <param name="grounds">The grounds, as the controller demonstrates them.</param>
    /// <exception cref="InvalidOperationException">
    /// The purpose is direct marketing, which no grounds override (art. 21(3)), or the subject has not objected to it.
    /// </exception>
    public void RecordCompellingGrounds(string subjectId, Purpose purpose, string grounds)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        subjectId = SubjectIds.Canonical(subjectId);
        ThrowIfNotOnePurpose(purpose);
        ArgumentException.ThrowIfNullOrWhiteSpace(grounds);
        if (IsDirectMarketing(purpose))
        {
            throw new InvalidOperationException($"No grounds override an objection to direct marketing ({purpose}): processing for it stops (GDPR art. 21(3)).");
        }

        lock (_gate)
        {
            if (!_objections.Contains((subjectId, purpose)))
            {
                throw new InvalidOperationException($"The data subject has not objected to {purpose}; grounds are recorded against an objection (GDPR art. 21(1)).");
            }

            _grounds[(subjectId, purpose)] = grounds;
        }
    }

    /// <inheritdoc/>
    public bool HasObjected(string subjectId, Purpose purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        subjectId = SubjectIds.Canonical(subjectId);
        lock (_gate)
        {
            return _objections.Contains((subjectId, purpose));
        }
    }

    /// <inheritdoc/>
    public string? CompellingGroundsFor(string subjectId, Purpose purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        subjectId = SubjectIds.Canonical(subjectId);
        lock (_gate)
        {
            return _grounds.GetValueOrDefault((subjectId, purpose));
        }
    }

    /// <inheritdoc/>
    public bool IsDirectMarketing(Purpose purpose) => purpose != Purpose.None && (_directMarketing & purpose) == purpose && System.Numerics.BitOperations.IsPow2((uint)purpose);

    private static void ThrowIfNotOnePurpose(Purpose purpose)
    {
        if (!System.Numerics.BitOperations.IsPow2((uint)purpose))
        {
            throw new ArgumentException($"An objection is to exactly one purpose flag; {(int)purpose} is not one.", nameof(purpose));
        }
    }
}
