using System;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Testing;

namespace Privacy.Policy.Tests.Consent;

/// <summary>A consent ledger on an in-memory store and a fake clock, with a company purpose of each basis declared.</summary>
internal sealed class ConsentFixture
{
    /// <summary>A subject id that must never appear in a message or a <c>ToString</c>.</summary>
    public const string Subject = "C-4711-SECRET-SUBJECT";

    /// <summary>A company purpose (bit 16) declared on consent.</summary>
    public const Purpose Newsletter = (Purpose)(1 << 16);

    /// <summary>A company purpose (bit 30) declared on legitimate interest.</summary>
    public const Purpose NetworkPlanning = (Purpose)(1 << 30);

    public static readonly Instant Start = Instant.FromUtc(2027, 3, 1, 9, 0);

    public ConsentFixture(Instant? now = null)
    {
        Clock = new FakeClock(now ?? Start);
        Store = new InMemoryConsentLedgerStore();
        Ledger = new ConsentLedger(Store, Clock,
        [
            new PurposeDeclaration(Newsletter, "Newsletter", LegalBasis.Consent),
            new PurposeDeclaration(NetworkPlanning, "NetworkPlanning", LegalBasis.LegitimateInterest) { Interest = "Planning the network" },
        ]);
    }

    public FakeClock Clock { get; }

    public InMemoryConsentLedgerStore Store { get; }

    public ConsentLedger Ledger { get; }

    /// <summary>
    /// The result of a ledger call on the in-memory store, which completes at once: properties stay synchronous without
    /// blocking on a task.
    /// </summary>
    public static T Done<T>(ValueTask<T> task)
        => task.IsCompletedSuccessfully ? task.Result : throw (task.IsFaulted ? task.AsTask().Exception!.InnerException! : new InvalidOperationException("The in-memory ledger did not complete at once."));
}
