using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace Privacy.Policy;

/// <summary>
/// Keeps data subjects' requests in memory, safe for concurrent use: for tests, and the default <c>AddPrivacyPolicy</c>
/// registers when no other <see cref="ISubjectRequestStore"/> is. Its requests are lost when the process ends, so a
/// service answering real requests registers a database store instead.
/// </summary>
public sealed class InMemorySubjectRequestStore : ISubjectRequestStore
{
    // One lock for the whole map: a version check and the replace it guards must be one step, and requests are few.
    private readonly object _gate = new();
    private readonly Dictionary<Guid, SubjectRequest> _requests = [];

    /// <inheritdoc/>
    public ValueTask AddAsync(SubjectRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_requests.TryAdd(request.Id, request))
            {
                throw new InvalidOperationException($"Subject request {request.Id} is stored already.");
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<SubjectRequest?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_requests.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc/>
    public ValueTask UpdateAsync(SubjectRequest request, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_requests.TryGetValue(request.Id, out SubjectRequest? stored) || stored.Version != expectedVersion)
            {
                throw new SubjectRequestConcurrencyException(request.Id, expectedVersion, stored?.Version);
            }

            if (request.Version != expectedVersion + 1 || !KeepsAudit(stored, request))
            {
                throw new ArgumentException($"Subject request {request.Id} version {request.Version} is not the next snapshot of version {expectedVersion}.", nameof(request));
            }

            _requests[request.Id] = request;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<SubjectRequest>> ListOpenDueByAsync(Instant until, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<SubjectRequest> due = _requests.Values
                .Where(request => request.IsOpen && request.Deadline <= until)
                .OrderBy(request => request.Deadline)
                .ThenBy(request => request.Id)
                .ToArray();
            return ValueTask.FromResult(due);
        }
    }

    // Append-only: the new snapshot starts with every entry the stored one has, the same objects in the same order.
    private static bool KeepsAudit(SubjectRequest stored, SubjectRequest next)
    {
        if (next.Audit.Count <= stored.Audit.Count || next.SubjectId != stored.SubjectId)
        {
            return false;
        }

        for (int i = 0; i < stored.Audit.Count; i++)
        {
            if (!ReferenceEquals(stored.Audit[i], next.Audit[i]))
            {
                return false;
            }
        }

        return true;
    }
}
