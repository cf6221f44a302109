using System;

namespace Privacy.Policy;

/// <summary>
/// Another writer appended a consent entry for the same subject and purpose between reading the ledger and writing to
/// it: the entry is refused, so no entry is decided from a state that no longer holds. Record it again. The message
/// names the purpose and the sequences, never the data subject.
/// </summary>
public sealed class ConsentConcurrencyException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="purpose">The entry's purpose.</param>
    /// <param name="sequence">The sequence of the refused entry.</param>
    /// <param name="latestSequence">The sequence of the latest stored entry; 0 when there is none.</param>
    public ConsentConcurrencyException(Purpose purpose, long sequence, long latestSequence)
        : base($"Consent entry #{sequence} for purpose {purpose} does not follow the latest stored entry (#{latestSequence}): another writer appended meanwhile. Read the ledger again.")
    {
        Purpose = purpose;
        Sequence = sequence;
        LatestSequence = latestSequence;
    }

    /// <summary>The entry's purpose.</summary>
    public Purpose Purpose { get; }

    /// <summary>The sequence of the refused entry.</summary>
    public long Sequence { get; }

    /// <summary>The sequence of the latest stored entry for the subject and purpose; 0 when there is none.</summary>
    public long LatestSequence { get; }
}
