using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Privacy.Policy.Consent;
using Privacy.Policy.Disclosure;

namespace Privacy.Policy;

/// <summary>
/// The consent ledger: records consent given and withdrawn per data subject and purpose, with the instant, the channel
/// and the version of the text shown, so the controller can show the consent it relies on (GDPR art. 7(1)); answers
/// whether a subject consented at an instant; refuses processing without consent (art. 6(1)(a), 7(3)); and gives the
/// instant of the withdrawal a member's retention counts from. <c>AddPrivacyPolicy</c> registers it with the
/// container's <see cref="IConsentLedgerStore"/>, which the service registers, and the policy's <see cref="IClock"/>.
/// </summary>
/// <remarks>
/// The ledger is append-only. A subject's entries for a purpose never go back in time: an entry before the latest one
/// is refused, so the latest entry at or before an instant decides it. Consent is recorded only for a purpose whose
/// declared legal basis is <see cref="LegalBasis.Consent"/>. No message names the data subject.
/// </remarks>
public sealed class ConsentLedger
{
    private readonly IConsentLedgerStore _store;
    private readonly IClock _clock;
    private readonly ConsentPurposes _purposes;

    /// <summary>
    /// Creates the ledger. A purpose's legal basis is read from the <c>[assembly: ProcessingPurpose]</c> declarations of
    /// the loaded catalogs (<see cref="PersonalDataCatalog.Loaded"/>), else the built-in purpose's.
    /// </summary>
    /// <param name="store">Where the entries are kept.</param>
    /// <param name="clock">The clock entries and checks are dated by.</param>
    public ConsentLedger(IConsentLedgerStore store, IClock clock)
        : this(store, clock, null)
    {
    }

    /// <summary>Creates the ledger with the purposes' declarations given: these, else the built-in purposes', decide each purpose's basis.</summary>
    /// <param name="store">Where the entries are kept.</param>
    /// <param name="clock">The clock entries and checks are dated by.</param>
    /// <param name="declarations">The declared purposes, such as a catalog's <see cref="PersonalDataCatalog.Declarations"/>.</param>
    public ConsentLedger(IConsentLedgerStore store, IClock clock, IEnumerable<PurposeDeclaration> declarations)
        : this(store, clock, (declarations ?? throw new ArgumentNullException(nameof(declarations))).ToArray())
    {
    }

    private ConsentLedger(IConsentLedgerStore store, IClock clock, IReadOnlyList<PurposeDeclaration>? declarations)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        _store = store;
        _clock = clock;
        _purposes = new ConsentPurposes(declarations);
    }

    /// <summary>Records that the data subject gives consent now.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">One purpose whose legal basis is consent.</param>
    /// <param name="channel">Where consent was given.</param>
    /// <param name="textVersion">The version of the consent text the subject was shown (art. 7(1), 7(2)).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The entry appended.</returns>
    /// <exception cref="ArgumentException">An empty subject id or text version, a purpose that does not rest on consent, or a channel that is not one.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The subject's latest entry for the purpose is later than now.</exception>
    /// <exception cref="ConsentConcurrencyException">Another entry was appended for the subject and purpose meanwhile.</exception>
    public ValueTask<ConsentEntry> GiveAsync(string subjectId, Purpose purpose, ConsentChannel channel, string textVersion, CancellationToken cancellationToken = default)
        => GiveAsync(subjectId, purpose, channel, textVersion, _clock.GetCurrentInstant(), cancellationToken);

    /// <summary>Records that the data subject gave consent at <paramref name="at"/>, such as on a paper form signed yesterday.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">One purpose whose legal basis is consent.</param>
    /// <param name="channel">Where consent was given.</param>
    /// <param name="textVersion">The version of the consent text the subject was shown (art. 7(1), 7(2)).</param>
    /// <param name="at">When: not after now, and not before the subject's latest entry for the purpose.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The entry appended.</returns>
    /// <exception cref="ArgumentException">An empty subject id or text version, a purpose that does not rest on consent, or a channel that is not one.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is in the future or before the subject's latest entry for the purpose.</exception>
    /// <exception cref="ConsentConcurrencyException">Another entry was appended for the subject and purpose meanwhile.</exception>
    public ValueTask<ConsentEntry> GiveAsync(string subjectId, Purpose purpose, ConsentChannel channel, string textVersion, Instant at, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(textVersion))
        {
            throw new ArgumentException("Consent is recorded with the version of the text the data subject was shown (GDPR art. 7(1)).", nameof(textVersion));
        }

        return AppendAsync(subjectId, purpose, ConsentEntryKind.Given, channel, textVersion.Trim(), at, cancellationToken);
    }

    /// <summary>Records that the data subject withdraws consent now (art. 7(3)). Withdrawing without consent in force is recorded too.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">One purpose whose legal basis is consent.</param>
    /// <param name="channel">Where consent was withdrawn.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The entry appended.</returns>
    /// <exception cref="ArgumentException">An empty subject id, a purpose that does not rest on consent, or a channel that is not one.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The subject's latest entry for the purpose is later than now.</exception>
    /// <exception cref="ConsentConcurrencyException">Another entry was appended for the subject and purpose meanwhile.</exception>
    public ValueTask<ConsentEntry> WithdrawAsync(string subjectId, Purpose purpose, ConsentChannel channel, CancellationToken cancellationToken = default)
        => WithdrawAsync(subjectId, purpose, channel, _clock.GetCurrentInstant(), cancellationToken);

    /// <summary>Records that the data subject withdrew consent at <paramref name="at"/>, such as by a letter that arrived yesterday (art. 7(3)).</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">One purpose whose legal basis is consent.</param>
    /// <param name="channel">Where consent was withdrawn.</param>
    /// <param name="at">When: not after now, and not before the subject's latest entry for the purpose.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The entry appended.</returns>
    /// <exception cref="ArgumentException">An empty subject id, a purpose that does not rest on consent, or a channel that is not one.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is in the future or before the subject's latest entry for the purpose.</exception>
    /// <exception cref="ConsentConcurrencyException">Another entry was appended for the subject and purpose meanwhile.</exception>
    public ValueTask<ConsentEntry> WithdrawAsync(string subjectId, Purpose purpose, ConsentChannel channel, Instant at, CancellationToken cancellationToken = default)
        => AppendAsync(subjectId, purpose, ConsentEntryKind.Withdrawn, channel, null, at, cancellationToken);

    /// <summary>Whether the data subject consented to <paramref name="purpose"/> at <paramref name="at"/>: the latest entry at or before it decides; none means no.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">One purpose whose legal basis is consent.</param>
    /// <param name="at">The instant asked about.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="true"/> when the deciding entry gives consent.</returns>
    /// <exception cref="ArgumentException">An empty subject id, or a purpose that does not rest on consent.</exception>
    public async ValueTask<bool> HasConsentAsync(string subjectId, Purpose purpose, Instant at, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ConsentEntry> entries = await ReadAsync(subjectId, purpose, cancellationToken).ConfigureAwait(false);
        return ConsentHistory.Deciding(entries, at)?.Kind == ConsentEntryKind.Given;
    }

    /// <summary>
    /// Refuses processing for <paramref name="purpose"/> now unless the data subject consents now: call it before
    /// processing for a consent purpose (art. 6(1)(a); after a withdrawal, processing stops, art. 7(3)).
    /// </summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">One purpose whose legal basis is consent.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entry giving the consent in force: the evidence the processing rests on.</returns>
    /// <exception cref="ConsentRequiredException">The subject has no consent in force; the message names the purpose, never the subject.</exception>
    /// <exception cref="ArgumentException">An empty subject id, or a purpose that does not rest on consent.</exception>
    public async ValueTask<ConsentEntry> RequireConsentAsync(string subjectId, Purpose purpose, CancellationToken cancellationToken = default)
    {
        string name = _purposes.Check(purpose);
        IReadOnlyList<ConsentEntry> entries = await ReadAsync(subjectId, purpose, cancellationToken).ConfigureAwait(false);
        Instant now = _clock.GetCurrentInstant();
        ConsentEntry? deciding = ConsentHistory.Deciding(entries, now);
        if (deciding is { Kind: ConsentEntryKind.Given })
        {
            return deciding;
        }

        Instant? withdrawnAt = deciding is null ? null : ConsentHistory.CurrentWithdrawal(entries.Where(entry => entry.At <= now).ToArray())?.At;
        throw new ConsentRequiredException(purpose, name, now, withdrawnAt);
    }

    /// <summary>
    /// The instant the consent in force was withdrawn: the first withdrawal after the latest consent given, so a
    /// repeated withdrawal does not move it. A member whose retention runs from the withdrawal (the anchor a service
    /// sets) takes this instant (art. 7(3), 17(1)(b)).
    /// </summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">One purpose whose legal basis is consent.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The instant; <see langword="null"/> while consent is in force or when it was never given.</returns>
    /// <exception cref="ArgumentException">An empty subject id, or a purpose that does not rest on consent.</exception>
    public async ValueTask<Instant?> FindWithdrawalAsync(string subjectId, Purpose purpose, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ConsentEntry> entries = await ReadAsync(subjectId, purpose, cancellationToken).ConfigureAwait(false);
        return ConsentHistory.CurrentWithdrawal(entries)?.At;
    }

    /// <summary>The subject's entries for a purpose, oldest first: for a subject-access export (art. 15) or to show the consent (art. 7(1)).</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">One purpose whose legal basis is consent.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="ArgumentException">An empty subject id, or a purpose that does not rest on consent.</exception>
    public ValueTask<IReadOnlyList<ConsentEntry>> HistoryAsync(string subjectId, Purpose purpose, CancellationToken cancellationToken = default)
        => ReadAsync(subjectId, purpose, cancellationToken);

    /// <summary>
    /// Reduces the subject's ledger when their data is erased. A consent still in force is closed first with a
    /// withdrawal now (<see cref="ConsentChannel.Erasure"/>, art. 17(1)(b)): nothing may be processed on it any more.
    /// Then only what proves the consent lawfully given stays: each consent given, with its instant, channel and text
    /// version, and the withdrawal that ended it (art. 7(1); kept for the establishment, exercise or defence of legal
    /// claims about the processing it allowed, art. 17(3)(e)). Withdrawals that ended nothing are removed.
    /// </summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="cancellationToken">Cancels the erasure.</param>
    /// <returns>The entries kept, by purpose, oldest first.</returns>
    /// <exception cref="ArgumentException">An empty subject id.</exception>
    /// <exception cref="ConsentConcurrencyException">Another entry was appended for the subject meanwhile; erase again.</exception>
    public async ValueTask<IReadOnlyList<ConsentEntry>> EraseSubjectAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        subjectId = SubjectIds.Canonical(subjectId);
        IReadOnlyList<ConsentEntry> all = await _store.ListSubjectAsync(subjectId, cancellationToken).ConfigureAwait(false);
        Instant now = _clock.GetCurrentInstant();
        var kept = new List<ConsentEntry>();
        var removed = new List<Guid>();
        foreach (IReadOnlyList<ConsentEntry> stored in ConsentHistory.ByPurpose(all))
        {
            ConsentHistory.CheckOrdered(stored);
            IReadOnlyList<ConsentEntry> entries = stored;
            ConsentEntry latest = entries[^1];
            if (latest.Kind == ConsentEntryKind.Given)
            {
                var closing = new ConsentEntry(Guid.NewGuid(), subjectId, latest.Purpose, latest.Sequence + 1, ConsentEntryKind.Withdrawn, Max(now, latest.At), ConsentChannel.Erasure, null);
                await _store.AppendAsync(closing, cancellationToken).ConfigureAwait(false);
                entries = [.. entries, closing];
            }

            for (int i = 0; i < entries.Count; i++)
            {
                if (ConsentHistory.KeptAfterErasure(entries, i))
                {
                    kept.Add(entries[i]);
                }
                else
                {
                    removed.Add(entries[i].Id);
                }
            }
        }

        if (removed.Count > 0)
        {
            await _store.RemoveAsync(subjectId, removed, cancellationToken).ConfigureAwait(false);
        }

        return kept;
    }

    private static Instant Max(Instant a, Instant b) => a >= b ? a : b;

    private async ValueTask<ConsentEntry> AppendAsync(string subjectId, Purpose purpose, ConsentEntryKind kind, ConsentChannel channel, string? textVersion, Instant at, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(channel) || channel == ConsentChannel.Erasure)
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a channel a data subject gives or withdraws consent through.");
        }

        string name = _purposes.Check(purpose);
        if (at > _clock.GetCurrentInstant())
        {
            throw new ArgumentOutOfRangeException(nameof(at), $"Consent for purpose {name} cannot be given or withdrawn in the future.");
        }

        // One subject under one id: a Guid written in upper case or braces is the subject generated code writes in lower case.
        subjectId = SubjectIds.Canonical(subjectId);
        IReadOnlyList<ConsentEntry> entries = await ReadAsync(subjectId, purpose, cancellationToken).ConfigureAwait(false);
        if (entries.Count > 0 && at < entries[^1].At)
        {
            // Refused rather than slotted in: an entry placed before one already relied on would change past answers.
            throw new ArgumentOutOfRangeException(nameof(at), $"A consent entry for purpose {name} cannot be earlier than the latest one (#{entries[^1].Sequence}): the ledger is append-only and answers for past instants must not change.");
        }

        var entry = new ConsentEntry(Guid.NewGuid(), subjectId, purpose, ConsentHistory.LatestSequence(entries) + 1, kind, at, channel, textVersion);
        await _store.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        return entry;
    }

    private async ValueTask<IReadOnlyList<ConsentEntry>> ReadAsync(string subjectId, Purpose purpose, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        _purposes.Check(purpose);
        IReadOnlyList<ConsentEntry> entries = await _store.ListAsync(SubjectIds.Canonical(subjectId), purpose, cancellationToken).ConfigureAwait(false);
        ConsentHistory.CheckOrdered(entries);
        return entries;
    }
}
