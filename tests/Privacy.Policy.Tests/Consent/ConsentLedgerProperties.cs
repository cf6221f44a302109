using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Privacy.Policy.Tests.Consent;

/// <summary>The ledger's answers, for any sequence of entries, against a model: the latest entry at or before an instant decides.</summary>
public sealed class ConsentLedgerProperties
{
    // An entry: give (true) or withdraw (false), minutes after the previous one (0: at the same instant).
    private static readonly Gen<(bool Give, int Gap)[]> Histories =
        Gen.Zip(Gen.Elements(true, false), Gen.Choose(0, 90)).ArrayOf();

    [Property(MaxTest = 300)]
    public Property The_answer_at_any_instant_is_the_latest_entry_at_or_before_it()
        => Prop.ForAll(Histories.ToArbitrary(), Gen.Choose(-30, 3000).ArrayOf().ToArbitrary(), (history, queries) =>
        {
            var fixture = new ConsentFixture(ConsentFixture.Start + Duration.FromDays(30));
            List<(bool Give, Instant At)> model = Record(fixture, history, Purpose.Marketing);

            foreach (int minutes in queries.Append(0).Append(int.MaxValue / 2))
            {
                Instant at = ConsentFixture.Start + Duration.FromMinutes(Math.Min(minutes, 1_000_000));
                bool expected = model.Where(entry => entry.At <= at).Select(entry => entry.Give).LastOrDefault();
                bool actual = ConsentFixture.Done(fixture.Ledger.HasConsentAsync(ConsentFixture.Subject, Purpose.Marketing, at));
                if (actual != expected)
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property The_withdrawal_is_the_first_after_the_latest_consent_and_none_while_consent_holds()
        => Prop.ForAll(Histories.ToArbitrary(), history =>
        {
            var fixture = new ConsentFixture(ConsentFixture.Start + Duration.FromDays(30));
            List<(bool Give, Instant At)> model = Record(fixture, history, ConsentFixture.Newsletter);

            int lastGiven = model.FindLastIndex(entry => entry.Give);
            Instant? expected = lastGiven >= 0 && lastGiven < model.Count - 1 ? model[lastGiven + 1].At : null;
            Instant? actual = ConsentFixture.Done(fixture.Ledger.FindWithdrawalAsync(ConsentFixture.Subject, ConsentFixture.Newsletter));
            return actual == expected;
        });

    [Property(MaxTest = 200)]
    public Property An_entry_before_the_latest_is_refused_and_changes_nothing()
        => Prop.ForAll(Histories.ToArbitrary(), Gen.Choose(1, 500).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (history, earlier, give) =>
        {
            var fixture = new ConsentFixture(ConsentFixture.Start + Duration.FromDays(30));
            List<(bool Give, Instant At)> model = Record(fixture, history, Purpose.Marketing);
            if (model.Count == 0)
            {
                return true;
            }

            Instant at = model[^1].At - Duration.FromMinutes(earlier);
            try
            {
                ConsentFixture.Done(give
                    ? fixture.Ledger.GiveAsync(ConsentFixture.Subject, Purpose.Marketing, ConsentChannel.Paper, "v2", at)
                    : fixture.Ledger.WithdrawAsync(ConsentFixture.Subject, Purpose.Marketing, ConsentChannel.Paper, at));
                return false;
            }
            catch (ArgumentOutOfRangeException refused)
            {
                IReadOnlyList<ConsentEntry> entries = ConsentFixture.Done(fixture.Ledger.HistoryAsync(ConsentFixture.Subject, Purpose.Marketing));
                return entries.Count == model.Count && !refused.Message.Contains(ConsentFixture.Subject, StringComparison.Ordinal);
            }
        });

    [Property(MaxTest = 200)]
    public Property Erasure_keeps_each_consent_and_the_withdrawal_that_ended_it_and_leaves_no_consent()
        => Prop.ForAll(Histories.ToArbitrary(), history =>
        {
            var fixture = new ConsentFixture(ConsentFixture.Start + Duration.FromDays(30));
            List<(bool Give, Instant At)> model = Record(fixture, history, Purpose.Marketing);
            bool open = model.Count > 0 && model[^1].Give;

            IReadOnlyList<ConsentEntry> kept = ConsentFixture.Done(fixture.Ledger.EraseSubjectAsync(ConsentFixture.Subject));
            IReadOnlyList<ConsentEntry> stored = ConsentFixture.Done(fixture.Ledger.HistoryAsync(ConsentFixture.Subject, Purpose.Marketing));

            // Expected: every consent given, and the withdrawal right after each (the erasure's own when one was open).
            var expected = new List<(ConsentEntryKind, Instant, ConsentChannel)>();
            for (int i = 0; i < model.Count; i++)
            {
                if (model[i].Give || (i > 0 && model[i - 1].Give))
                {
                    expected.Add((model[i].Give ? ConsentEntryKind.Given : ConsentEntryKind.Withdrawn, model[i].At, ConsentChannel.Portal));
                }
            }

            if (open)
            {
                expected.Add((ConsentEntryKind.Withdrawn, fixture.Clock.GetCurrentInstant(), ConsentChannel.Erasure));
            }

            bool noConsentNow = !ConsentFixture.Done(fixture.Ledger.HasConsentAsync(ConsentFixture.Subject, Purpose.Marketing, fixture.Clock.GetCurrentInstant()));
            return noConsentNow
                && kept.Select(entry => (entry.Kind, entry.At, entry.Channel)).SequenceEqual(expected)
                && stored.SequenceEqual(kept);
        });

    /// <summary>Records the history from <see cref="ConsentFixture.Start"/> on, each entry with its own instant, and returns it as the model.</summary>
    private static List<(bool Give, Instant At)> Record(ConsentFixture fixture, (bool Give, int Gap)[] history, Purpose purpose)
    {
        var model = new List<(bool Give, Instant At)>();
        Instant at = ConsentFixture.Start;
        foreach ((bool give, int gap) in history)
        {
            at += Duration.FromMinutes(gap);
            ConsentEntry entry = ConsentFixture.Done(give
                ? fixture.Ledger.GiveAsync(ConsentFixture.Subject, purpose, ConsentChannel.Portal, "text-v1", at)
                : fixture.Ledger.WithdrawAsync(ConsentFixture.Subject, purpose, ConsentChannel.Portal, at));
            model.Add((give, entry.At));
        }

        return model;
    }
}
