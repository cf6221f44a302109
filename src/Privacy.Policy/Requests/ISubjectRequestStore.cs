using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace Privacy.Policy;

/// <summary>
/// Where data subjects' requests are kept. <see cref="SubjectRequests"/> reads a request, takes one step and writes the
/// new snapshot with <see cref="UpdateAsync"/>, which a store accepts only when the stored version is the one read
/// (optimistic concurrency): two writers never both move one request. <see cref="InMemorySubjectRequestStore"/> is the
/// implementation <c>AddPrivacyPolicy</c> registers when none is; a service that must keep requests across restarts
/// registers a database store before it.
/// </summary>
public interface ISubjectRequestStore
{
    /// <summary>Stores a request just received.</summary>
    /// <param name="request">The request, at version 1.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the request is stored.</returns>
    /// <exception cref="InvalidOperationException">A request with the same id is stored already.</exception>
    ValueTask AddAsync(SubjectRequest request, CancellationToken cancellationToken = default);

    /// <summary>Finds a request by its id.</summary>
    /// <param name="id">The request's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The request as stored; <see langword="null"/> when there is none with that id.</returns>
    ValueTask<SubjectRequest?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a request with its next snapshot, when the stored one is still at <paramref name="expectedVersion"/>;
    /// the audit entries the stored request has are kept, and only the new ones added.
    /// </summary>
    /// <param name="request">The new snapshot, at <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="expectedVersion">The version the writer read.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the request is replaced.</returns>
    /// <exception cref="SubjectRequestConcurrencyException">The stored request is at another version, or there is none.</exception>
    ValueTask UpdateAsync(SubjectRequest request, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>The open requests (neither answered nor refused) whose deadline is at or before <paramref name="until"/>, earliest deadline first, then by id.</summary>
    /// <param name="until">The latest deadline to list.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The requests, ordered by <see cref="SubjectRequest.Deadline"/>.</returns>
    ValueTask<IReadOnlyList<SubjectRequest>> ListOpenDueByAsync(Instant until, CancellationToken cancellationToken = default);
}
