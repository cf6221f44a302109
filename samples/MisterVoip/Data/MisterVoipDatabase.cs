using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using MisterVoip.Domain;
using NodaTime;
using Privacy.Policy;
using Privacy.Policy.EntityFrameworkCore;

namespace MisterVoip.Data;

/// <summary>
/// The provider's database jobs, as the sample runs them and its end-to-end test checks them: create and fill the
/// database, sweep it for retention, erase one customer on request.
/// </summary>
public static class MisterVoipDatabase
{
    /// <summary>The options for the SQLite database at <paramref name="path"/>.</summary>
    public static DbContextOptions<MisterVoipContext> Options(string path)
        => new DbContextOptionsBuilder<MisterVoipContext>().UseSqlite($"Data Source={path}").Options;

    /// <summary>
    /// Creates the database afresh and fills it with <paramref name="customers"/> synthetic customers drawn from
    /// <paramref name="seed"/> as of <paramref name="asOf"/>; <paramref name="progress"/> hears how many are saved.
    /// </summary>
    public static async Task CreateAsync(DbContextOptions<MisterVoipContext> options, int seed, Instant asOf, int customers, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await using (var context = new MisterVoipContext(options))
        {
            await context.Database.EnsureDeletedAsync(cancellationToken);
            await context.Database.EnsureCreatedAsync(cancellationToken);
        }

        var data = new SyntheticData(seed, asOf);
        var batch = new List<object>();
        int saved = 0;
        foreach (object record in data.Generate(customers))
        {
            saved += record is Customer ? 1 : 0;
            batch.Add(record);
            if (batch.Count >= 5_000)
            {
                await SaveAsync(options, batch, cancellationToken);
                progress?.Invoke(saved);
            }
        }

        await SaveAsync(options, batch, cancellationToken);
        progress?.Invoke(customers);
    }

    /// <summary>
    /// The retention sweep: every table, set-based in the database, dependent records before the customers they
    /// belong to.
    /// </summary>
    public static async Task<IReadOnlyList<RetentionSweepReport>> SweepAsync(DbContextOptions<MisterVoipContext> options, IPrivacyPolicy policy, CancellationToken cancellationToken = default)
    {
        await using var context = new MisterVoipContext(options);
        return
        [
            await context.SweepRetentionAsync<CallDetailRecord>(policy, cancellationToken: cancellationToken),
            await context.SweepRetentionAsync<InternetSession>(policy, cancellationToken: cancellationToken),
            await context.SweepRetentionAsync<Invoice>(policy, cancellationToken: cancellationToken),
            await context.SweepRetentionAsync<PaymentMandate>(policy, cancellationToken: cancellationToken),
            await context.SweepRetentionAsync<MarketingProfile>(policy, cancellationToken: cancellationToken),
            await context.SweepRetentionAsync<SupportTicket>(policy, cancellationToken: cancellationToken),
            await context.SweepRetentionAsync<Device>(policy, cancellationToken: cancellationToken),
            await context.SweepRetentionAsync<Customer>(policy, cancellationToken: cancellationToken),
        ];
    }

    /// <summary>
    /// A subject-access export (AVG art. 15 and 20) of every record of <paramref name="subject"/>, written to
    /// <paramref name="output"/> as JSON.
    /// </summary>
    public static Task ExportSubjectAsync(DbContextOptions<MisterVoipContext> options, IPrivacyPolicy policy, string subject, System.IO.Stream output, CancellationToken cancellationToken = default)
        => ExportSubjectAsync(options, policy, subject, output, disclosures: null, cancellationToken);

    /// <summary>
    /// A subject-access export (AVG art. 15 and 20) of every record of <paramref name="subject"/>, written to
    /// <paramref name="output"/> as JSON, with the disclosures of their data actually made, from the disclosure audit
    /// (art. 15(1)(c); <see langword="null"/>: none passed).
    /// </summary>
    public static async Task ExportSubjectAsync(DbContextOptions<MisterVoipContext> options, IPrivacyPolicy policy, string subject, System.IO.Stream output, IEnumerable<DisclosureAuditRecord>? disclosures, CancellationToken cancellationToken = default)
    {
        await using var context = new MisterVoipContext(options);
        // Every type of this service with a [DataSubject] must be added (or declared NotHeld) before the export
        // completes (GDPR art. 15(1)): a table added to the model but forgotten here fails the export, naming it.
        await using SubjectAccessExport export = policy.BeginExport(output, subject).MustCover([Privacy.Policy.Generated.AssemblyPersonalDataCatalog.Catalog]);
        if (disclosures is not null)
        {
            export.DisclosedTo(disclosures);
        }

        // The number the customer called is the called party's data too (GDPR art. 15(4)): the overview shows it
        // pseudonymised, as the call record's redaction declares, and says why.
        export.Shield<CallDetailRecord>(nameof(CallDetailRecord.CalledNumber), "Het nummer van wie u belde: ook gegevens van die persoon · the called party's number: their data too");
        export.Add(context.Customers.AsNoTracking().Where(row => row.CustomerNumber == subject).AsEnumerable());
        await export.AddAsync(context.Calls.AsNoTracking().Where(row => row.CustomerNumber == subject).OrderBy(row => row.CallStart).AsAsyncEnumerable(), cancellationToken);
        await export.AddAsync(context.Sessions.AsNoTracking().Where(row => row.CustomerNumber == subject).AsAsyncEnumerable(), cancellationToken);
        export.Add(context.Devices.AsNoTracking().Where(row => row.CustomerNumber == subject).AsEnumerable());
        export.Add(context.Invoices.AsNoTracking().Where(row => row.CustomerNumber == subject).AsEnumerable());
        export.Add(context.Mandates.AsNoTracking().Where(row => row.CustomerNumber == subject).AsEnumerable());
        export.Add(context.MarketingProfiles.AsNoTracking().Where(row => row.CustomerNumber == subject).AsEnumerable());
        export.Add(context.Tickets.AsNoTracking().Where(row => row.CustomerNumber == subject).AsEnumerable());
        await export.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// An erasure request of <paramref name="subject"/>: first the in-memory rules on each of their records, as
    /// evidence of what is kept and why, then the same rules applied set-based in every table.
    /// </summary>
    public static async Task<SubjectErasure> EraseSubjectAsync(DbContextOptions<MisterVoipContext> options, IPrivacyPolicy policy, string subject, Instant asOf, CancellationToken cancellationToken = default)
    {
        await using var context = new MisterVoipContext(options);
        var evidence = new ErasureReport(asOf);
        var kept = new List<KeptMember>();
        void Add<T>(IEnumerable<T> records)
            where T : IPersonalData<T>
        {
            foreach (T record in records)
            {
                ErasureResult<T> result = policy.Erase(record);
                evidence.Add(result);
                kept.AddRange(result.Retained.Select(member => new KeptMember(typeof(T).Name, member)));
            }
        }

        Add(await context.Customers.AsNoTracking().Where(row => row.CustomerNumber == subject).ToListAsync(cancellationToken));
        Add(await context.Devices.AsNoTracking().Where(row => row.CustomerNumber == subject).ToListAsync(cancellationToken));
        Add(await context.Mandates.AsNoTracking().Where(row => row.CustomerNumber == subject).ToListAsync(cancellationToken));
        Add(await context.Invoices.AsNoTracking().Where(row => row.CustomerNumber == subject).ToListAsync(cancellationToken));
        Add(await context.Calls.AsNoTracking().Where(row => row.CustomerNumber == subject).ToListAsync(cancellationToken));
        Add(await context.Sessions.AsNoTracking().Where(row => row.CustomerNumber == subject).ToListAsync(cancellationToken));
        Add(await context.MarketingProfiles.AsNoTracking().Where(row => row.CustomerNumber == subject).ToListAsync(cancellationToken));
        Add(await context.Tickets.AsNoTracking().Where(row => row.CustomerNumber == subject).ToListAsync(cancellationToken));

        SubjectErasureReport[] tables =
        [
            await context.EraseSubjectAsync<Invoice>(policy, subject, cancellationToken),
            await context.EraseSubjectAsync<PaymentMandate>(policy, subject, cancellationToken),
            await context.EraseSubjectAsync<CallDetailRecord>(policy, subject, cancellationToken),
            await context.EraseSubjectAsync<InternetSession>(policy, subject, cancellationToken),
            await context.EraseSubjectAsync<Device>(policy, subject, cancellationToken),
            await context.EraseSubjectAsync<MarketingProfile>(policy, subject, cancellationToken),
            await context.EraseSubjectAsync<SupportTicket>(policy, subject, cancellationToken),
            await context.EraseSubjectAsync<Customer>(policy, subject, cancellationToken),
        ];
        return new SubjectErasure(evidence, kept, tables);
    }

    private static async Task SaveAsync(DbContextOptions<MisterVoipContext> options, List<object> batch, CancellationToken cancellationToken)
    {
        await using var context = new MisterVoipContext(options);
        context.AddRange(batch);
        await context.SaveChangesAsync(cancellationToken);
        batch.Clear();
    }
}
