using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Privacy.Policy;

/// <summary>
/// Keeps the consent ledger in memory, safe for concurrent use: for tests. Its entries are lost when the process ends,
/// and with them the evidence of consent (GDPR art. 7(1)), so a service registers a database store instead.
/// </summary>
public sealed class InMemoryConsentLedgerStore : IConsentLedgerStore
{
    // One lock for the whole map: the sequence check and the append it guards must be one step.
    private readonly object _gate = new();
    private readonly Dictionary<(string SubjectId, Purpose Purpose), List<ConsentEntry>> _entries = [];

    /// <inheritdoc/>
    public ValueTask AppendAsync(ConsentEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            (string, Purpose) key = (entry.SubjectId, entry.Purpose);
            if (!_entries.TryGetValue(key, out List<ConsentEntry>? entries))
            {
                entries = [];
                _entries[key] = entries;
            }

            long latest = entries.Count == 0 ? 0 : entries[^1].Sequence;
            if (entry.Sequence != latest + 1)
            {
                throw new ConsentConcurrencyException(entry.Purpose, entry.Sequence, latest);
            }

            entries.Add(entry);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<ConsentEntry>> ListAsync(string subjectId, Purpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<ConsentEntry> entries = _entries.TryGetValue((subjectId, purpose), out List<ConsentEntry>? stored) ? stored.ToArray() : [];
            return ValueTask.FromResult(entries);
        }
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<ConsentEntry>> ListSubjectAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<ConsentEntry> entries = _entries
                .Where(pair => pair.Key.SubjectId == subjectId)
                .OrderBy(pair => pair.Key.Purpose)
                .SelectMany(pair => pair.Value)
                .ToArray();
            return ValueTask.FromResult(entries);
        }
    }

    /// <inheritdoc/>
    public ValueTask RemoveAsync(string subjectId, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        ArgumentNullException.ThrowIfNull(entryIds);
        cancellationToken.ThrowIfCancellationRequested();
        var ids = new HashSet<Guid>(entryIds);
        lock (_gate)
        {
            foreach (KeyValuePair<(string SubjectId, Purpose Purpose), List<ConsentEntry>> pair in _entries)
            {
                if (pair.Key.SubjectId == subjectId)
                {
                    pair.Value.RemoveAll(entry => ids.Contains(entry.Id));
                }
            }
        }

        return ValueTask.CompletedTask;
    }
}
