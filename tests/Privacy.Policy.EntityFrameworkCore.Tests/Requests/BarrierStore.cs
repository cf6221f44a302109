using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>
/// Passes every call to a store, but holds each read until <paramref name="readers"/> reads have been made: two
/// writers both read a request before either writes it.
/// </summary>
public sealed class BarrierStore(ISubjectRequestStore inner, Barrier readers) : ISubjectRequestStore
{
    public ValueTask AddAsync(SubjectRequest request, CancellationToken cancellationToken = default) => inner.AddAsync(request, cancellationToken);

    public async ValueTask<SubjectRequest?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        SubjectRequest? found = await inner.FindAsync(id, cancellationToken);
        await Task.Run(() => readers.SignalAndWait(TimeSpan.FromSeconds(30)), cancellationToken);
        return found;
    }

    public ValueTask UpdateAsync(SubjectRequest request, long expectedVersion, CancellationToken cancellationToken = default) => inner.UpdateAsync(request, expectedVersion, cancellationToken);

    public ValueTask<IReadOnlyList<SubjectRequest>> ListOpenDueByAsync(Instant until, CancellationToken cancellationToken = default) => inner.ListOpenDueByAsync(until, cancellationToken);
}
