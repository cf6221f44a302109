using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MisterVoip.Data;
using MisterVoip.Domain;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;
using Privacy.Policy;
using Privacy.Policy.EntityFrameworkCore;
using Privacy.Policy.Redaction;

namespace MisterVoip.Requests;

/// <summary>
/// One customer's requests end to end (issue 16, item 7), on the sample's SQLite database and a clock that advances:
/// an access request answered with the export, a rectification of a member the repair service received and the
/// notification it needs (GDPR art. 19), marketing consent withdrawn and the profile swept a day later, a restriction
/// (art. 18) recorded in the register of processing limits with the repair service told and a further disclosure to it
/// refused, and an erasure request answered with what the law keeps. Requests and their audit, the consent evidence and
/// the restriction live in the database (<see cref="EntityFrameworkSubjectRequestStore{TContext}"/>,
/// <see cref="EntityFrameworkConsentLedgerStore{TContext}"/>, <see cref="EntityFrameworkSubjectProcessingLimits{TContext}"/>);
/// the log names the customer only by pseudonym.
/// </summary>
public static class SubjectRequestRun
{
    /// <summary>The repair service the device goes to, as declared in <see cref="MisterVoipPolicy.Configure"/>.</summary>
    public const string RepairService = "Reparatiedienst Randstad BV";

    /// <summary>The version of the marketing-consent text the customer agreed to.</summary>
    private const string ConsentText = "marketing-2026-01";

    /// <summary>
    /// Runs the requests of one customer (not <paramref name="exclude"/>, whose data an earlier step erased) from
    /// <paramref name="start"/> on, writes the access export into <paramref name="folder"/>, and returns the log.
    /// </summary>
    /// <param name="databasePath">The sample's SQLite database, created and filled already.</param>
    /// <param name="folder">Where the access export goes.</param>
    /// <param name="start">When the first request arrives; the clock moves on from there.</param>
    /// <param name="exclude">A customer number not to choose.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The request log: no customer number, name, address or other value, only pseudonyms, ids and member names.</returns>
    public static async Task<IReadOnlyList<string>> RunAsync(string databasePath, string folder, Instant start, string? exclude = null, CancellationToken cancellationToken = default)
    {
        var clock = new FakeClock(start);
        var audit = new DisclosureAuditLog();
        ServiceCollection services = new();
        services.AddSingleton<IClock>(clock);
        services.AddSingleton<IDisclosureAuditSink>(audit);
        services.AddDbContextFactory<MisterVoipContext>(options => options.UseSqlite($"Data Source={databasePath}"));
        services.AddEntityFrameworkSubjectRequests<MisterVoipContext>();

        // Consent evidence (art. 7(1)) and the register of restrictions and objections (art. 18, 21), which Disclose and
        // the access export read, in the sample's database: a restriction forgotten at a restart is a restriction broken.
        services.AddEntityFrameworkConsentLedger<MisterVoipContext>();
        services.AddEntityFrameworkSubjectProcessingLimits<MisterVoipContext>();
        services.AddPrivacyPolicy(MisterVoipPolicy.Configure);
        await using ServiceProvider provider = services.BuildServiceProvider();
        // Loaded before the first disclosure: until then the register throws rather than answer "not restricted".
        EntityFrameworkSubjectProcessingLimits<MisterVoipContext> limits = provider.GetRequiredService<EntityFrameworkSubjectProcessingLimits<MisterVoipContext>>();
        await limits.ReloadAsync(cancellationToken);
        IPrivacyPolicy policy = provider.GetRequiredService<IPrivacyPolicy>();
        SubjectRequests requests = provider.GetRequiredService<SubjectRequests>();
        RecipientNotifications notifications = provider.GetRequiredService<RecipientNotifications>();
        ConsentLedger ledger = provider.GetRequiredService<ConsentLedger>();
        IDbContextFactory<MisterVoipContext> contexts = provider.GetRequiredService<IDbContextFactory<MisterVoipContext>>();
        DbContextOptions<MisterVoipContext> db = MisterVoipDatabase.Options(databasePath);

        string subject = await ChooseAsync(contexts, exclude, cancellationToken);
        string pseudonym = provider.GetRequiredService<PersonalDataRedactor>().Redact(subject, DataFormat.Unspecified, RedactionKind.Pseudonymize)!;
        var log = new List<string> { $"Requests of customer {pseudonym} (keyed pseudonym; the log holds no personal values)" };
        var events = new List<(Instant At, string Line)>();
        var ids = new List<Guid>();

        // Before any request: the customer opted in to offers on the portal, and their handset went to the repair service.
        MarketingProfile profile = await ConsentingProfileAsync(contexts, ledger, subject, start, cancellationToken);
        events.Add((start, $"consent     Marketing given {Format(profile.ConsentGiven!.Value)} (Portal, text {ConsentText}), recorded in the ledger"));
        Device device;
        await using (MisterVoipContext context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            device = await context.Devices.AsNoTracking().Where(row => row.CustomerNumber == subject).OrderBy(row => row.Id).FirstAsync(cancellationToken);
        }

        // What goes is the copy holding the Support members only; the audit records which members, never their values.
        _ = policy.Disclose(device, RepairService, Purpose.Support);
        DisclosureAuditRecord disclosed = audit.Records[^1];
        events.Add((clock.GetCurrentInstant(), $"disclosed   Device [{string.Join(", ", disclosed.Members)}] to {RepairService} for {disclosed.Purpose} (disclosure audit, GDPR art. 5(2))"));

        // 1. Access (art. 15): asked in the portal while logged in, so the session is the identity check (art. 12(6)).
        clock.Advance(Duration.FromMinutes(5));
        SubjectRequest access = await requests.ReceiveAsync(subject, SubjectRequestKind.Access, cancellationToken);
        ids.Add(access.Id);
        clock.Advance(Duration.FromSeconds(1));
        await requests.VerifyIdentityAsync(access.Id, IdentityVerificationMethod.PortalSession, cancellationToken: cancellationToken);
        clock.Advance(Duration.FromHours(2));
        await requests.StartAsync(access.Id, cancellationToken);
        string export = Path.Combine(folder, $"access-{access.Id:n}.json");
        await using (FileStream stream = File.Create(export))
        {
            await MisterVoipDatabase.ExportSubjectAsync(db, policy, subject, stream, audit.Records, cancellationToken);
        }

        events.Add((clock.GetCurrentInstant(), $"export      written: {Path.GetFileName(export)} ({new FileInfo(export).Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, with the disclosure to {RepairService})"));
        clock.Advance(Duration.FromHours(20));
        await requests.AnswerAsync(access.Id, cancellationToken);

        // 2. Rectification (art. 16): the handset was replaced, so the IMEI on file is wrong. Asked by phone, checked by
        // calling back the number on file. The repair service received the old IMEI: it is told (art. 19).
        clock.Advance(Duration.FromDays(1));
        SubjectRequest rectification = await requests.ReceiveAsync(subject, SubjectRequestKind.Rectification, cancellationToken);
        ids.Add(rectification.Id);
        clock.Advance(Duration.FromMinutes(10));
        await requests.VerifyIdentityAsync(rectification.Id, IdentityVerificationMethod.KnownPhoneNumber, "Called back on the number on file", cancellationToken);
        clock.Advance(Duration.FromMinutes(20));
        await requests.StartAsync(rectification.Id, cancellationToken);
        await using (MisterVoipContext context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            Device stored = await context.Devices.SingleAsync(row => row.Id == device.Id, cancellationToken);
            stored.Imei = SyntheticData.Luhn("35209901" + (stored.Id % 1_000_000).ToString("D6", CultureInfo.InvariantCulture));
            await context.SaveChangesAsync(cancellationToken);
        }

        events.Add((clock.GetCurrentInstant(), "rectified   Device [Imei] in the database"));
        foreach (RecipientNotification notification in notifications.For<Device>(subject, [nameof(Device.Imei)], RecipientNotificationReason.Rectification, audit.Records))
        {
            events.Add((clock.GetCurrentInstant(), $"notify      {notification.Recipient}: {notification.Reason} of {notification.TypeName} [{string.Join(", ", notification.Members)}] ({notification.Article})"));
        }

        clock.Advance(Duration.FromHours(1));
        await requests.AnswerAsync(rectification.Id, cancellationToken);

        // 3. Consent to offers withdrawn in the portal (art. 7(3)): the ledger records it, the profile is kept one day
        // after the withdrawal, and the next day's retention sweep removes it (art. 17(1)(b)).
        clock.Advance(Duration.FromDays(1));
        await using (MisterVoipContext context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            MarketingProfile stored = await context.MarketingProfiles.SingleAsync(row => row.Id == profile.Id, cancellationToken);
            await MarketingConsent.WithdrawAsync(ledger, stored, ConsentChannel.Portal, cancellationToken);
            await context.SaveChangesAsync(cancellationToken);
            events.Add((clock.GetCurrentInstant(), $"consent     Marketing withdrawn {Format(stored.ConsentWithdrawn!.Value)} (Portal); marketing profile present: {await ProfilePresentAsync(contexts, subject, cancellationToken)}"));
        }

        clock.Advance(Duration.FromDays(1));
        IReadOnlyList<RetentionSweepReport> sweep = await MisterVoipDatabase.SweepAsync(db, policy, cancellationToken);
        long profilesDeleted = sweep.Single(report => report.Type.EndsWith("." + nameof(MarketingProfile), StringComparison.Ordinal)).RowsDeleted;
        events.Add((clock.GetCurrentInstant(), $"sweep       one day after the withdrawal: {profilesDeleted} marketing profile(s) deleted; marketing profile present: {await ProfilePresentAsync(contexts, subject, cancellationToken)}"));

        // 4. Restriction (art. 18(1)(a)): the customer contests the accuracy of the device data the repair service holds,
        // by phone, checked by calling back. While it is checked the data is kept but not processed: the restriction is
        // recorded in the register, the repair service is told (art. 19), and a further disclosure to it is refused.
        clock.Advance(Duration.FromHours(2));
        SubjectRequest restriction = await requests.ReceiveAsync(subject, SubjectRequestKind.Restriction, cancellationToken);
        ids.Add(restriction.Id);
        clock.Advance(Duration.FromMinutes(10));
        await requests.VerifyIdentityAsync(restriction.Id, IdentityVerificationMethod.KnownPhoneNumber, "Called back on the number on file", cancellationToken);
        clock.Advance(Duration.FromMinutes(20));
        await requests.StartAsync(restriction.Id, cancellationToken);
        await limits.RestrictAsync(subject, cancellationToken);
        events.Add((clock.GetCurrentInstant(), $"restricted  in the register of processing limits: kept, not processed (GDPR art. 18(1)(a)); restricted: {limits.IsRestricted(subject).ToString().ToLowerInvariant()}"));
        foreach (RecipientNotification notification in notifications.For<Device>(subject, disclosed.Members, RecipientNotificationReason.Restriction, audit.Records))
        {
            events.Add((clock.GetCurrentInstant(), $"notify      {notification.Recipient}: {notification.Reason} of {notification.TypeName} [{string.Join(", ", notification.Members)}] ({notification.Article})"));
        }

        clock.Advance(Duration.FromMinutes(5));
        try
        {
            _ = policy.Disclose(device, RepairService, Purpose.Support);
            events.Add((clock.GetCurrentInstant(), $"DISCLOSED   Device to {RepairService} for Support despite the restriction"));
        }
        catch (DisclosureRefusedException refused)
        {
            // The message names the recipient, the purpose and the article, never the subject.
            events.Add((clock.GetCurrentInstant(), $"refused     Disclose of Device to {refused.Recipient} for {refused.Purpose}: {refused.Reason} (GDPR art. 18(1), 18(2))"));
        }

        clock.Advance(Duration.FromHours(1));
        await requests.AnswerAsync(restriction.Id, cancellationToken);

        // 5. Erasure (art. 17), by e-mail, confirmed through a link to the address on file. Answered with what the law
        // keeps and why (art. 17(3)(b)): the invoices, seven years for the tax authority.
        clock.Advance(Duration.FromDays(1));
        SubjectRequest erasure = await requests.ReceiveAsync(subject, SubjectRequestKind.Erasure, cancellationToken);
        ids.Add(erasure.Id);
        clock.Advance(Duration.FromHours(3));
        await requests.VerifyIdentityAsync(erasure.Id, IdentityVerificationMethod.KnownEmailAddress, "Link sent to the address on file", cancellationToken);
        clock.Advance(Duration.FromHours(1));
        await requests.StartAsync(erasure.Id, cancellationToken);
        SubjectErasure erased = await MisterVoipDatabase.EraseSubjectAsync(db, policy, subject, clock.GetCurrentInstant(), cancellationToken);
        foreach (var kept in erased.Kept
            .Where(kept => kept.Type == nameof(Invoice))
            .GroupBy(kept => (kept.Type, kept.Member.Purpose, kept.Member.LegalBasis, kept.Member.Article)))
        {
            string[] members = [.. kept.Select(member => member.Member.Member).Distinct().Order(StringComparer.Ordinal)];
            string periods = string.Join("/", members.Select(member => Invoice.Descriptor.Members.Single(declared => declared.Name == member).Retention).Distinct());
            Instant until = kept.Max(member => member.Member.Until);

            // The period counts from the end of the book year (AWR art. 52(4), BW 2:10(3)): the latest invoice decides the last day.
            events.Add((clock.GetCurrentInstant(), $"kept        {kept.Key.Type} [{string.Join(", ", members)}] x{kept.Count() / members.Length}: {kept.Key.Purpose}, {kept.Key.LegalBasis}, {periods} from the end of the book year (AWR art. 52(4), BW 2:10(3); {kept.Key.Article}), until {Format(until)}"));
        }

        var others = erased.Kept.Where(kept => kept.Type != nameof(Invoice)).ToList();
        string why = string.Join("; ", others.GroupBy(kept => (kept.Member.Ground, kept.Member.Article)).Select(group => group.Key.Ground == RetentionGround.InUse
            ? $"{group.Count()} still needed for the running contract ({group.Key.Article}: not yet unnecessary; art. 6(1)(b))"
            : $"{group.Count()} under {group.Key.Article ?? group.Key.Ground.ToString()}"));
        events.Add((clock.GetCurrentInstant(), $"erased      {erased.Tables.Sum(table => table.MembersErased.Values.Sum())} member values; other members kept: {(others.Count == 0 ? "none" : why)}"));
        clock.Advance(Duration.FromHours(2));
        await requests.AnswerAsync(erasure.Id, cancellationToken);

        // The log: each step as the database store kept it, read back, with what happened between. At one instant the
        // step comes first, then what was done in it, then the request's outcome.
        var lines = new List<(Instant At, int Order, string Line)>(events.Select(item => (item.At, 1, item.Line)));
        foreach (Guid id in ids)
        {
            SubjectRequest request = (await requests.FindAsync(id, cancellationToken))!;
            foreach (SubjectRequestAuditEntry entry in request.Audit)
            {
                string from = entry.From?.ToString() ?? "(new)";
                string method = entry.IdentityVerification?.ToString() ?? "-";
                lines.Add((entry.At, 0, $"{request.Kind,-13} {from + " -> " + entry.To,-34} method {method,-17} deadline {Format(entry.Deadline)}"));
            }

            string onTime = request.ClosedAt is { } closed && closed < request.Deadline
                ? $"on time, {(request.Deadline - closed).TotalDays.ToString("F1", CultureInfo.InvariantCulture)} days before the deadline"
                : "LATE";
            lines.Add((request.ClosedAt ?? request.Deadline, 2, $"{request.Kind,-13} {request.State} {Format(request.ClosedAt ?? request.Deadline)}, received {Format(request.ReceivedAt)}, deadline {Format(request.Deadline)}: {onTime}"));
        }

        log.AddRange(lines.Select((line, index) => (line, index)).OrderBy(item => item.line.At).ThenBy(item => item.line.Order).ThenBy(item => item.index).Select(item => $"{Format(item.line.At)}  {item.line.Line}"));
        return log;
    }

    private static string Format(Instant instant) => InstantPattern.General.Format(instant);

    /// <summary>
    /// A customer the run can take through every request: one with a SIM, the erased one excluded, active ones first
    /// (an erasure must then keep their contract data, and says why).
    /// </summary>
    private static async Task<string> ChooseAsync(IDbContextFactory<MisterVoipContext> contexts, string? exclude, CancellationToken cancellationToken)
    {
        await using MisterVoipContext context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Customers
            .Where(customer => customer.CustomerNumber != exclude && context.Devices.Any(device => device.CustomerNumber == customer.CustomerNumber))
            .OrderBy(customer => customer.ContractEnded == null ? 0 : 1)
            .ThenBy(customer => customer.Id)
            .Select(customer => customer.CustomerNumber)
            .FirstAsync(cancellationToken);
    }

    /// <summary>
    /// The customer's marketing profile with consent, recorded in the ledger as given when the profile says. A customer
    /// who never opted in (or whose profile an earlier sweep removed) opts in on the portal a month before the run.
    /// </summary>
    private static async Task<MarketingProfile> ConsentingProfileAsync(IDbContextFactory<MisterVoipContext> contexts, ConsentLedger ledger, string subject, Instant start, CancellationToken cancellationToken)
    {
        await using MisterVoipContext context = await contexts.CreateDbContextAsync(cancellationToken);
        MarketingProfile? profile = await context.MarketingProfiles.Where(row => row.CustomerNumber == subject).OrderBy(row => row.Id).FirstOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            long id = (await context.MarketingProfiles.Select(row => (long?)row.Id).MaxAsync(cancellationToken) ?? 0) + 1_000_000;
            profile = new MarketingProfile { Id = id, CustomerNumber = subject, Interests = "reizen, koken", LastUpdated = start - Duration.FromDays(30) };
            context.MarketingProfiles.Add(profile);
        }

        profile.ConsentGiven ??= profile.LastUpdated;
        profile.ConsentWithdrawn = null;
        await context.SaveChangesAsync(cancellationToken);
        await ledger.GiveAsync(subject, Purpose.Marketing, ConsentChannel.Portal, ConsentText, profile.ConsentGiven.Value, cancellationToken);
        return profile;
    }

    private static async Task<string> ProfilePresentAsync(IDbContextFactory<MisterVoipContext> contexts, string subject, CancellationToken cancellationToken)
    {
        await using MisterVoipContext context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.MarketingProfiles.AnyAsync(row => row.CustomerNumber == subject, cancellationToken) ? "yes" : "no";
    }
}
