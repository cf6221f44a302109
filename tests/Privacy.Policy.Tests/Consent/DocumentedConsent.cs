using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Privacy.Policy.Tests.Consent;

/// <summary>
/// The examples of docs/consent.md, as code that compiles and runs: each block between <c>// consent: name</c> and
/// <c>// end consent</c> is on the page word for word (<see cref="DocumentedConsentTests"/>).
/// </summary>
public static class DocumentedConsent
{
    public static IServiceCollection Register(IServiceCollection services, Action<PrivacyPolicyOptions> configure)
    {
        // consent: register
        // ConsentLedger needs a store that outlives the process; AddPrivacyPolicy does not choose one.
        services.AddSingleton<IConsentLedgerStore, InMemoryConsentLedgerStore>();   // your database store here
        services.AddPrivacyPolicy(configure);                                        // registers ConsentLedger
        // end consent
        return services;
    }

    public static async Task<ConsentEntry> OptInAsync(ConsentLedger ledger, string customerId)
    {
        // consent: give
        // The customer ticks "personalised offers" in the portal, under version marketing-2027-03 of the text.
        ConsentEntry entry = await ledger.GiveAsync(customerId, Purpose.Marketing, ConsentChannel.Portal, "marketing-2027-03");
        // entry.Kind == ConsentEntryKind.Given; entry.Sequence == 1 for the first entry; ToString() never shows the customer
        // end consent
        return entry;
    }

    public static async Task<bool> SendOfferAsync(ConsentLedger ledger, string customerId, ILogger logger)
    {
        // consent: require
        try
        {
            ConsentEntry consent = await ledger.RequireConsentAsync(customerId, Purpose.Marketing);
            // ... build and send the personalised offer; consent.TextVersion is what the customer agreed to ...
            return true;
        }
        catch (ConsentRequiredException refused)
        {
            // "Processing for purpose Marketing rests on consent (GDPR art. 6(1)(a)) and the data subject has none ..."
            logger.LogInformation("No offer: {Purpose} withdrawn at {WithdrawnAt}", refused.Purpose, refused.WithdrawnAt);
            return false;
        }
        // end consent
    }

    public static async Task<MarketingPreferences> OptOutAsync(ConsentLedger ledger, MarketingPreferences profile, Instant letterArrived)
    {
        // consent: withdraw
        // A letter withdrawing consent arrived yesterday: it counts from its arrival (art. 7(3)).
        await ledger.WithdrawAsync(profile.CustomerNumber, Purpose.Marketing, ConsentChannel.Paper, letterArrived);

        // The profile's members count their retention from ConsentWithdrawn (RetentionFrom = nameof(ConsentWithdrawn)):
        // empty while consent holds, then the instant of the withdrawal the ledger recorded.
        profile.ConsentWithdrawn = await ledger.FindWithdrawalAsync(profile.CustomerNumber, Purpose.Marketing);
        // end consent
        return profile;
    }

    public static async Task<bool> AskAsync(ConsentLedger ledger, string customerId, Instant offerSent)
    {
        // consent: ask
        // A complaint about an offer sent on 12 March: did the customer consent then? The latest entry at or before decides.
        bool consented = await ledger.HasConsentAsync(customerId, Purpose.Marketing, offerSent);
        IReadOnlyList<ConsentEntry> evidence = await ledger.HistoryAsync(customerId, Purpose.Marketing);   // art. 7(1)
        // end consent
        return consented && evidence.Count > 0;
    }

    public static async Task<IReadOnlyList<ConsentEntry>> EraseAsync(ConsentLedger ledger, string customerId)
    {
        // consent: erase
        // With the customer's data erased (art. 17), the ledger keeps each consent given and the withdrawal that ended
        // it, for legal claims about the processing it allowed (art. 17(3)(e)); a consent still in force is withdrawn
        // first, with ConsentChannel.Erasure.
        IReadOnlyList<ConsentEntry> kept = await ledger.EraseSubjectAsync(customerId);
        // end consent
        return kept;
    }

    /// <summary>A service's marketing profile, reduced to what the example needs.</summary>
    public sealed class MarketingPreferences
    {
        public string CustomerNumber { get; init; } = string.Empty;

        public Instant? ConsentWithdrawn { get; set; }
    }
}
