using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>Passes every call to a store, but holds each read of a purpose until every writer has read: all decide from one state.</summary>
public sealed class ReadTogetherConsentStore(IConsentLedgerStore inner, Barrier readers) : IConsentLedgerStore
{
    public ValueTask AppendAsync(ConsentEntry entry, CancellationToken cancellationToken = default) => inner.AppendAsync(entry, cancellationToken);

    public async ValueTask<IReadOnlyList<ConsentEntry>> ListAsync(string subjectId, Purpose purpose, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ConsentEntry> entries = await inner.ListAsync(subjectId, purpose, cancellationToken);
        await Task.Run(() => readers.SignalAndWait(TimeSpan.FromSeconds(30)), cancellationToken);
        return entries;
    }

    public ValueTask<IReadOnlyList<ConsentEntry>> ListSubjectAsync(string subjectId, CancellationToken cancellationToken = default) => inner.ListSubjectAsync(subjectId, cancellationToken);

    public ValueTask RemoveAsync(string subjectId, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken = default) => inner.RemoveAsync(subjectId, entryIds, cancellationToken);
}
