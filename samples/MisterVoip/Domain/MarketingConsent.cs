using System;
using System.Threading;
using System.Threading.Tasks;
using Privacy.Policy;

namespace MisterVoip.Domain;

/// <summary>
/// Consent to personalised offers, kept in the consent ledger (AVG art. 7(1)) and copied into the marketing profile,
/// whose retention reads it: <see cref="MarketingProfile.ConsentGiven"/> says whether consent holds, and
/// <see cref="MarketingProfile.ConsentWithdrawn"/> is the instant its interests are kept one day after.
/// </summary>
public static class MarketingConsent
{
    /// <summary>
    /// Records the withdrawal in the ledger, through the channel the person used (art. 7(3)), and copies what the ledger
    /// says into <paramref name="profile"/>: no consent, withdrawn at the ledger's instant. Save the profile afterwards.
    /// </summary>
    /// <param name="ledger">The consent ledger.</param>
    /// <param name="profile">The profile of the person who withdrew.</param>
    /// <param name="channel">How the withdrawal reached us.</param>
    /// <param name="cancellationToken">Stops the ledger's store.</param>
    /// <returns>A task that completes when the profile says what the ledger says.</returns>
    public static async Task WithdrawAsync(ConsentLedger ledger, MarketingProfile profile, ConsentChannel channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(profile);
        await ledger.WithdrawAsync(profile.CustomerNumber, Purpose.Marketing, channel, cancellationToken).ConfigureAwait(false);
        profile.ConsentGiven = null;

        // The first withdrawal after the latest consent: withdrawing again does not move the day the profile goes.
        profile.ConsentWithdrawn = await ledger.FindWithdrawalAsync(profile.CustomerNumber, Purpose.Marketing, cancellationToken).ConfigureAwait(false);
    }
}
