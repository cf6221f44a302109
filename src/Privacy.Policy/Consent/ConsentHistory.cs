using System;
using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Consent;

/// <summary>What a subject's entries for one purpose, oldest first, say: the entry deciding an instant, the withdrawal in force, what erasure keeps.</summary>
internal static class ConsentHistory
{
    /// <summary>
    /// The latest entry at or before <paramref name="at"/>: instants never go back, so it is the last one in sequence
    /// order whose instant is not after it (of several at the same instant, the last appended).
    /// </summary>
    public static ConsentEntry? Deciding(IReadOnlyList<ConsentEntry> entries, Instant at)
    {
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            if (entries[i].At <= at)
            {
                return entries[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The withdrawal that ended the latest consent, when none was given since: the first withdrawal after the last
    /// consent given, so withdrawing again does not move it. <see langword="null"/> while consent is in force, and when
    /// it was never given.
    /// </summary>
    public static ConsentEntry? CurrentWithdrawal(IReadOnlyList<ConsentEntry> entries)
    {
        ConsentEntry? withdrawal = null;
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            if (entries[i].Kind == ConsentEntryKind.Given)
            {
                return withdrawal;
            }

            withdrawal = entries[i];
        }

        return null;
    }

    /// <summary>
    /// The entries erasure keeps: each consent given, and the withdrawal that ended it. They show the consent each
    /// period of processing rested on and when it stopped (art. 7(1)), which a legal claim about that processing needs
    /// (art. 17(3)(e)). Withdrawals that ended nothing (repeated, or with no consent before) prove nothing and go.
    /// </summary>
    public static bool KeptAfterErasure(IReadOnlyList<ConsentEntry> entries, int index)
    {
        ConsentEntry entry = entries[index];
        return entry.Kind == ConsentEntryKind.Given || (index > 0 && entries[index - 1].Kind == ConsentEntryKind.Given);
    }

    /// <summary>The entries of <paramref name="all"/> (by purpose, then oldest first) split by purpose.</summary>
    public static IEnumerable<IReadOnlyList<ConsentEntry>> ByPurpose(IReadOnlyList<ConsentEntry> all)
    {
        var current = new List<ConsentEntry>();
        foreach (ConsentEntry entry in all)
        {
            if (current.Count > 0 && current[0].Purpose != entry.Purpose)
            {
                yield return current;
                current = [];
            }

            current.Add(entry);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    /// <summary>The sequence of the latest entry; 0 when there is none.</summary>
    public static long LatestSequence(IReadOnlyList<ConsentEntry> entries) => entries.Count == 0 ? 0 : entries[^1].Sequence;

    /// <summary>Guards the store contract the decisions rely on: one subject and purpose, sequences and instants rising.</summary>
    public static void CheckOrdered(IReadOnlyList<ConsentEntry> entries)
    {
        for (int i = 1; i < entries.Count; i++)
        {
            if (entries[i].Sequence <= entries[i - 1].Sequence || entries[i].At < entries[i - 1].At || entries[i].Purpose != entries[i - 1].Purpose)
            {
                throw new InvalidOperationException("The consent ledger store returned entries out of order: it must list them by sequence, oldest first.");
            }
        }
    }
}
