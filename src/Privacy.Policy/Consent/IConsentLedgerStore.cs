using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Privacy.Policy;

/// <summary>
/// Where the consent ledger's entries are kept. It is append-only: <see cref="AppendAsync"/> adds an entry only when it
/// directly follows the latest stored one for the same subject and purpose (optimistic concurrency, so two writers
/// never both decide from the same state), and <see cref="RemoveAsync"/> is for the ledger's erasure alone.
/// <see cref="InMemoryConsentLedgerStore"/> is for tests; a service registers a database store, because the ledger
/// is the evidence of consent (GDPR art. 7(1)) and must outlive the process.
/// </summary>
public interface IConsentLedgerStore
{
    /// <summary>
    /// Appends an entry, when its <see cref="ConsentEntry.Sequence"/> is one more than that of the latest stored entry
    /// for its subject and purpose (1 when there is none).
    /// </summary>
    /// <param name="entry">The new entry.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the entry is stored.</returns>
    /// <exception cref="ConsentConcurrencyException">Another entry was appended for the subject and purpose meanwhile.</exception>
    ValueTask AppendAsync(ConsentEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The entries of a subject for one purpose, oldest (lowest sequence) first.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">One purpose flag.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries; empty when there are none.</returns>
    ValueTask<IReadOnlyList<ConsentEntry>> ListAsync(string subjectId, Purpose purpose, CancellationToken cancellationToken = default);

    /// <summary>The entries of a subject for every purpose, by purpose, then oldest first.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries; empty when there are none.</returns>
    ValueTask<IReadOnlyList<ConsentEntry>> ListSubjectAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes entries of one subject when the subject's data is erased; only <see cref="ConsentLedger.EraseSubjectAsync"/>
    /// calls it, with the entries that prove nothing the law lets the ledger keep. Ids that are not the subject's are ignored.
    /// </summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="entryIds">The ids of the entries to remove.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the entries are removed.</returns>
    ValueTask RemoveAsync(string subjectId, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken = default);
}
