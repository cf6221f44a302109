using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>Passes writes to a store, but answers every read of a purpose with what the writer saw (stale, or another's).</summary>
public sealed class MisreadConsentStore(IConsentLedgerStore inner, IReadOnlyList<ConsentEntry> seen) : IConsentLedgerStore
{
    public ValueTask AppendAsync(ConsentEntry entry, CancellationToken cancellationToken = default) => inner.AppendAsync(entry, cancellationToken);

    public ValueTask<IReadOnlyList<ConsentEntry>> ListAsync(string subjectId, Purpose purpose, CancellationToken cancellationToken = default) => ValueTask.FromResult(seen);

    public ValueTask<IReadOnlyList<ConsentEntry>> ListSubjectAsync(string subjectId, CancellationToken cancellationToken = default) => inner.ListSubjectAsync(subjectId, cancellationToken);

    public ValueTask RemoveAsync(string subjectId, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken = default) => inner.RemoveAsync(subjectId, entryIds, cancellationToken);
}
