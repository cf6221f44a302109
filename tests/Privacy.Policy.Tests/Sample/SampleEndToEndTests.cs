using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using MisterVoip;
using MisterVoip.Data;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Processing;
using Xunit;
using CallDetailRecord = MisterVoip.Domain.CallDetailRecord;
using Customer = MisterVoip.Domain.Customer;
using Device = MisterVoip.Domain.Device;
using InternetSession = MisterVoip.Domain.InternetSession;
using MarketingProfile = MisterVoip.Domain.MarketingProfile;
using PaymentMandate = MisterVoip.Domain.PaymentMandate;

namespace Privacy.Policy.Tests.Sample;

/// <summary>
/// The sample end to end, as its Program runs it: synthetic data (fixed seed) in its SQLite database, its policy on a
/// fixed clock, its retention sweep and its erasure of a subject. What the seed statement and the law promise is
/// checked against the rows left, computed here from the dates alone: no record of an active customer loses data it
/// still needs, and nothing is kept longer than allowed.
/// </summary>
public sealed class SampleEndToEndTests : IDisposable
{
    private const int Seed = 20261129;
    private const int Customers = 80;

    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>The sample's default run: 29 November 2026 at noon in Amsterdam.</summary>
    private static readonly Instant AsOf = new LocalDateTime(2026, 11, 29, 12, 0).InZoneLeniently(Amsterdam).ToInstant();

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mistervoip-e2e-" + Guid.NewGuid().ToString("n"));
    private readonly DbContextOptions<MisterVoipContext> _db;
    private readonly IPrivacyPolicy _policy = MisterVoipPolicy.Create(new FakeClock(AsOf));

    public SampleEndToEndTests()
    {
        Directory.CreateDirectory(_folder);
        _db = MisterVoipDatabase.Options(Path.Combine(_folder, "mistervoip.db"));
    }

    /// <summary>
    /// Issue 14's first contradiction: a sweep deleted the mandates of active customers (counted seven years from
    /// their signature). A mandate is kept while in use and 13 months after its end (PSD2 art. 71); an active
    /// customer's contract data and active SIM are kept whatever their age.
    /// </summary>
    [Fact]
    public async Task A_sweep_keeps_everything_an_active_customer_still_needs()
    {
        await MisterVoipDatabase.CreateAsync(_db, Seed, AsOf, Customers);
        (List<Customer> customers, List<PaymentMandate> mandates, List<Device> devices) before = await ContractDataAsync();

        // Not vacuous: active customers whose contract, mandate and SIM are older than any period they have.
        Assert.Contains(before.customers, customer => customer.ContractEnded is null && customer.CustomerSince < Today.PlusYears(-3));
        Assert.Contains(before.mandates, mandate => mandate.EndedOn is null && mandate.SignedOn < Today.PlusYears(-3));
        Assert.Contains(before.mandates, mandate => mandate.EndedOn is { } ended && ended.PlusMonths(13) < Today.PlusDays(-7));
        Assert.Contains(before.mandates, mandate => mandate.EndedOn is { } ended && ended.PlusMonths(13) > Today.PlusDays(7));

        await MisterVoipDatabase.SweepAsync(_db, _policy);
        (List<Customer> customers, List<PaymentMandate> mandates, List<Device> devices) after = await ContractDataAsync();

        foreach (Customer customer in before.customers.Where(customer => customer.ContractEnded is null))
        {
            AssertContractDataIntact(customer, after.customers.SingleOrDefault(row => row.Id == customer.Id));
        }

        foreach (Device device in before.devices.Where(device => device.DeactivatedOn is null))
        {
            Device? kept = after.devices.SingleOrDefault(row => row.Id == device.Id);
            Assert.True(kept is not null, $"The sweep deleted active SIM {device.Id}.");
            Assert.Equal((device.CustomerNumber, device.Imsi, device.Imei, device.Iccid, device.LineNumber), (kept.CustomerNumber, kept.Imsi, kept.Imei, kept.Iccid, kept.LineNumber));
        }

        foreach (PaymentMandate mandate in before.mandates)
        {
            PaymentMandate? kept = after.mandates.SingleOrDefault(row => row.Id == mandate.Id);
            if (mandate.EndedOn is not { } ended || ended.PlusMonths(13) > Today.PlusDays(1))
            {
                // In use, or within the refund right's 13 months after the last collection.
                Assert.True(kept is not null, $"The sweep deleted mandate {mandate.Id} (ended {mandate.EndedOn?.ToString() ?? "never"}).");
                Assert.Equal((mandate.CustomerNumber, mandate.Iban, mandate.AccountHolder, mandate.SignedOn), (kept.CustomerNumber, kept.Iban, kept.AccountHolder, kept.SignedOn));
            }
            else if (ended.PlusMonths(13) < Today.PlusDays(-1))
            {
                Assert.True(kept is null || kept.Iban.Length == 0, $"Mandate {mandate.Id} ended {ended} and was kept more than 13 months after.");
            }
        }
    }

    /// <summary>
    /// Issue 14: an erasure request erased an active customer's contract data. What an open contract needs stays, and
    /// the evidence says why (in use, AVG art. 17(1)(a)); consent-based marketing goes on request all the same
    /// (art. 7(3)); a former customer's contract data goes, their invoices stay for the tax authority (art. 17(3)(b)).
    /// </summary>
    [Fact]
    public async Task An_erasure_request_keeps_an_active_customers_contract_data_and_says_why()
    {
        await MisterVoipDatabase.CreateAsync(_db, Seed, AsOf, Customers);
        (List<Customer> customers, List<PaymentMandate> mandates, List<Device> devices) before = await ContractDataAsync();
        Customer[] active = before.customers.Where(customer => customer.ContractEnded is null).Take(3).ToArray();
        Customer[] former = before.customers.Where(customer => customer.ContractEnded is not null).Take(2).ToArray();
        Assert.Equal(3, active.Length);
        Assert.Equal(2, former.Length);

        var erasures = new Dictionary<string, SubjectErasure>();
        foreach (Customer customer in active.Concat(former))
        {
            erasures[customer.CustomerNumber] = await MisterVoipDatabase.EraseSubjectAsync(_db, _policy, customer.CustomerNumber, AsOf);
        }

        (List<Customer> customers, List<PaymentMandate> mandates, List<Device> devices) after = await ContractDataAsync();
        await using var context = new MisterVoipContext(_db);
        foreach (Customer customer in active)
        {
            string subject = customer.CustomerNumber;
            AssertContractDataIntact(customer, after.customers.SingleOrDefault(row => row.Id == customer.Id));
            PaymentMandate mandate = before.mandates.Single(row => row.CustomerNumber == subject && row.EndedOn is null);
            PaymentMandate? keptMandate = after.mandates.SingleOrDefault(row => row.Id == mandate.Id);
            Assert.True(keptMandate is not null && keptMandate.Iban == mandate.Iban && keptMandate.AccountHolder == mandate.AccountHolder, $"The erasure of active customer {subject} took the mandate in use.");
            Device device = before.devices.Single(row => row.CustomerNumber == subject);
            Assert.Equal(device.Imsi, after.devices.Single(row => row.Id == device.Id).Imsi);

            // The evidence: each contract member kept because it is in use, with the article, and no end yet.
            IReadOnlyList<KeptMember> kept = erasures[subject].Kept;
            foreach (string member in new[] { "CustomerNumber", "Name", "Email", "ContactPhone", "Address", "PortalPasswordHash" })
            {
                KeptMember? reason = kept.SingleOrDefault(row => row.Type == "Customer" && row.Member.Member == member);
                Assert.True(reason is not null, $"The erasure of active customer {subject} did not keep Customer.{member}.");
                Assert.Equal(RetentionGround.InUse, reason.Member.Ground);
                Assert.Contains("17(1)(a)", reason.Member.Article ?? string.Empty, StringComparison.Ordinal);
                Assert.Equal(Instant.MaxValue, reason.Member.Until);
            }

            Assert.Contains(kept, row => row.Type == "PaymentMandate" && row.Member.Member == "Iban" && row.Member.Ground == RetentionGround.InUse);

            // Calls not billed yet are still needed for the bill; marketing rests on consent and goes.
            foreach (CallDetailRecord call in await context.Calls.AsNoTracking().Where(row => row.CustomerNumber == subject && row.InvoiceDate == null).ToListAsync())
            {
                Assert.NotEqual(string.Empty, call.CalledNumber);
            }

            Assert.All(await context.MarketingProfiles.AsNoTracking().Where(row => row.CustomerNumber == subject).ToListAsync(), profile => Assert.Equal(string.Empty, profile.Interests));
        }

        foreach (Customer customer in former)
        {
            Customer? left = after.customers.SingleOrDefault(row => row.Id == customer.Id);
            Assert.True(left is null || (left.Name.Length == 0 && left.Email.Length == 0 && left.Address.Length == 0), $"The erasure of former customer {customer.CustomerNumber} kept contract data.");
            Assert.DoesNotContain(erasures[customer.CustomerNumber].Kept, row => row.Member.Ground == RetentionGround.InUse);
            Assert.All(
                erasures[customer.CustomerNumber].Kept.Where(row => row.Type == "Invoice"),
                row => Assert.Equal((RetentionGround.LegalObligation, LegalBasis.LegalObligation), (row.Member.Ground, row.Member.LegalBasis)));
        }
    }

    /// <summary>
    /// Issue 14: marketing profiles of people who never opted in were kept indefinitely. Without consent nothing is kept
    /// for marketing (AVG art. 6(1)(a), 7(3)): the policy says so of each record, and the sweep erases it in the
    /// database; a profile whose consent stands is kept.
    /// </summary>
    [Fact]
    public async Task Marketing_profiles_without_consent_do_not_survive_a_sweep()
    {
        await MisterVoipDatabase.CreateAsync(_db, Seed, AsOf, Customers);
        List<MarketingProfile> before;
        await using (var context = new MisterVoipContext(_db))
        {
            before = await context.MarketingProfiles.AsNoTracking().ToListAsync();
        }

        Instant stale = Local(Today.PlusYears(-2));
        Assert.Contains(before, profile => profile.ConsentGiven is null && profile.LastUpdated > stale);
        Assert.Contains(before, profile => profile.ConsentGiven is not null && profile.LastUpdated > stale + Duration.FromDays(1));

        // The decision per record: no consent, nothing kept for marketing.
        string[] unlawful = before
            .Where(profile => profile.ConsentGiven is null)
            .Where(profile => _policy.EvaluateRetention(profile) is var decision && decision.Action != RetentionAction.Delete && !decision.ExpiredMembers.Contains("Interests"))
            .Select(profile => profile.CustomerNumber)
            .ToArray();
        Assert.True(unlawful.Length == 0, $"The policy keeps the marketing profiles of {unlawful.Length} people without consent: {string.Join(", ", unlawful)}.");

        await MisterVoipDatabase.SweepAsync(_db, _policy);
        List<MarketingProfile> after;
        await using (var context = new MisterVoipContext(_db))
        {
            after = await context.MarketingProfiles.AsNoTracking().ToListAsync();
        }

        foreach (MarketingProfile profile in before)
        {
            MarketingProfile? kept = after.SingleOrDefault(row => row.Id == profile.Id);
            if (profile.ConsentGiven is null)
            {
                Assert.True(kept is null || kept.Interests.Length == 0, $"The sweep kept the marketing profile of {profile.CustomerNumber}, who did not consent.");
            }
            else if (profile.LastUpdated > stale + Duration.FromDays(1))
            {
                Assert.True(kept is not null && kept.Interests == profile.Interests, $"The sweep took the marketing profile of {profile.CustomerNumber}, who consents.");
            }
        }
    }

    /// <summary>
    /// Issue 14: traffic data was kept past what Telecommunicatiewet art. 11.5 allows. After a sweep, what carries a
    /// call or session (IMSI, IMEI, user name, MAC address, cell location) is gone the day after it started; billing
    /// traffic data lasts the bill-dispute window (six months, the sample's options) counted from the invoice, and is
    /// kept while the usage is not billed yet; the abuse-handling IP address lasts thirty days.
    /// </summary>
    [Fact]
    public async Task No_traffic_data_outlives_what_the_Telecommunicatiewet_allows()
    {
        await MisterVoipDatabase.CreateAsync(_db, Seed, AsOf, Customers);
        List<CallDetailRecord> callsBefore;
        List<InternetSession> sessionsBefore;
        await using (var context = new MisterVoipContext(_db))
        {
            callsBefore = await context.Calls.AsNoTracking().ToListAsync();
            sessionsBefore = await context.Sessions.AsNoTracking().ToListAsync();
        }

        // Not vacuous: billed long ago, billed within the window, and not billed yet.
        Assert.Contains(callsBefore, call => call.InvoiceDate is { } invoice && Local(invoice.PlusMonths(6)) < AsOf - Duration.FromDays(30));
        Assert.Contains(callsBefore, call => call.InvoiceDate is { } invoice && Local(invoice.PlusMonths(6)) > AsOf + Duration.FromDays(30));
        Assert.Contains(callsBefore, call => call.InvoiceDate is null);
        Assert.Contains(sessionsBefore, session => session.InvoiceDate is { } invoice && Local(invoice.PlusMonths(6)) < AsOf - Duration.FromDays(1));

        await MisterVoipDatabase.SweepAsync(_db, _policy);
        Dictionary<long, CallDetailRecord> calls;
        Dictionary<long, InternetSession> sessions;
        await using (var context = new MisterVoipContext(_db))
        {
            calls = await context.Calls.AsNoTracking().ToDictionaryAsync(row => row.Id);
            sessions = await context.Sessions.AsNoTracking().ToDictionaryAsync(row => row.Id);
        }

        foreach (CallDetailRecord call in callsBefore)
        {
            calls.TryGetValue(call.Id, out CallDetailRecord? kept);
            if (!Within(call.CallStart, Period.FromDays(1)))
            {
                Assert.True(kept is null || (kept.Imsi.Length == 0 && kept.Imei.Length == 0), $"Call {call.Id} of {call.CallStart} kept the IMSI or IMEI that only carried it (Tw art. 11.5(1)).");
            }

            switch (Billing(call.InvoiceDate))
            {
                case Due.Kept:
                    Assert.True(kept is not null && kept.CalledNumber == call.CalledNumber && kept.DurationSeconds == call.DurationSeconds, $"Call {call.Id} (invoice {call.InvoiceDate?.ToString() ?? "not yet"}) lost billing data the bill still needs.");
                    break;
                case Due.Gone:
                    Assert.True(kept is null || (kept.CalledNumber.Length == 0 && kept.CallingNumber.Length == 0 && kept.DurationSeconds == 0), $"Call {call.Id} (invoice {call.InvoiceDate}) kept billing data past the bill-dispute window (Tw art. 11.5(3)).");
                    break;
            }
        }

        foreach (InternetSession session in sessionsBefore)
        {
            sessions.TryGetValue(session.Id, out InternetSession? kept);
            if (!Within(session.Started, Period.FromDays(1)))
            {
                Assert.True(kept is null || (kept.UserName.Length == 0 && kept.MacAddress.Length == 0 && kept.CellLocation.Length == 0), $"Session {session.Id} kept what only carried it (Tw art. 11.5(1), 11.5a).");
            }

            if (!Within(session.Started, Period.FromDays(30)))
            {
                Assert.True(kept is null || kept.IpAddress.Length == 0, $"Session {session.Id} kept its IP address past thirty days.");
            }

            switch (Billing(session.InvoiceDate))
            {
                case Due.Kept:
                    Assert.True(kept is not null && kept.BytesTransferred == session.BytesTransferred, $"Session {session.Id} (invoice {session.InvoiceDate?.ToString() ?? "not yet"}) lost billing data the bill still needs.");
                    break;
                case Due.Gone:
                    Assert.True(kept is null || (kept.BytesTransferred == 0 && kept.DurationSeconds == 0), $"Session {session.Id} (invoice {session.InvoiceDate}) kept billing data past the bill-dispute window (Tw art. 11.5(3)).");
                    break;
            }
        }
    }

    /// <summary>
    /// Issue 14's done-when: the statement, export and record name the real legal basis for every member. Every member
    /// of every sample type has one; the IP address kept for abuse handling rests on the provider's legitimate interest
    /// alone, and the statement names the interests pursued (AVG art. 13(1)(d)); marketing rests on consent.
    /// </summary>
    [Fact]
    public async Task Every_member_names_its_real_legal_basis_and_the_statement_its_interests()
    {
        Assert.Equal(8, MisterVoipPolicy.Catalog.Descriptors.Count);
        foreach (PersonalDataDescriptor descriptor in MisterVoipPolicy.Catalog.Descriptors)
        {
            Assert.All(descriptor.Members, member => Assert.True(member.LegalBases.Count > 0, $"{descriptor.TypeName}.{member.Name} names no legal basis."));
        }

        // Carrying the session rests on the contract, tracing abuse on the declared legitimate interest: both are named.
        Assert.Equal(new[] { LegalBasis.Contract, LegalBasis.LegitimateInterest }, InternetSession.Descriptor.FindMember(nameof(InternetSession.IpAddress))!.LegalBases);
        Assert.All(MarketingProfile.Descriptor.Members, member => Assert.Equal(new[] { LegalBasis.Consent }, member.LegalBases));
        Assert.Equal(new[] { LegalBasis.Contract }, Customer.Descriptor.FindMember(nameof(Customer.Name))!.LegalBases);

        // The declared interest, in each statement's own language (GDPR art. 13(1)(d)).
        Assert.Contains("Misbruik van ons netwerk en van uw aansluiting opsporen en tegengaan", MisterVoipPolicy.Statement().ToMarkdown(StatementLanguage.Dutch), StringComparison.Ordinal);
        Assert.Contains("Detecting and stopping abuse of our network and of your connection", MisterVoipPolicy.Statement().ToMarkdown(StatementLanguage.English), StringComparison.Ordinal);

        // The subject-access export, as the sample writes it: every member of every record type names its bases.
        await MisterVoipDatabase.CreateAsync(_db, Seed, AsOf, Customers);
        using var json = new MemoryStream();
        await MisterVoipDatabase.ExportSubjectAsync(_db, _policy, "MV-100000", json);
        using JsonDocument export = JsonDocument.Parse(json.ToArray());
        var bases = new Dictionary<string, string[]>();
        foreach (JsonElement type in export.RootElement.GetProperty("recordTypes").EnumerateArray())
        {
            foreach (JsonElement member in type.GetProperty("members").EnumerateArray())
            {
                bases[type.GetProperty("type").GetString() + "." + member.GetProperty("name").GetString()] =
                    member.GetProperty("legalBases").EnumerateArray().Select(basis => basis.GetString()!).ToArray();
            }
        }

        Assert.Contains("MisterVoip.Domain.InternetSession.IpAddress", bases.Keys);
        Assert.All(bases, entry => Assert.True(entry.Value.Length > 0, $"The export names no legal basis for {entry.Key}."));
        Assert.Equal(new[] { "Contract", "LegitimateInterest" }, bases["MisterVoip.Domain.InternetSession.IpAddress"]);
    }

    /// <summary>
    /// The sample's access export shields the called party's number (GDPR art. 15(4)): every call's number is the
    /// pseudonym its redaction declares, none of the numbers in the database is in the document, and it says why.
    /// </summary>
    [Fact]
    public async Task The_sample_export_never_carries_a_called_number_in_clear()
    {
        await MisterVoipDatabase.CreateAsync(_db, Seed, AsOf, Customers);
        string[] numbers;
        await using (var context = new MisterVoipContext(_db))
        {
            numbers = await context.Calls.Where(call => call.CustomerNumber == "MV-100000").Select(call => call.CalledNumber).ToArrayAsync();
        }

        Assert.NotEmpty(numbers);
        using var json = new MemoryStream();
        await MisterVoipDatabase.ExportSubjectAsync(_db, _policy, "MV-100000", json);
        string text = System.Text.Encoding.UTF8.GetString(json.ToArray());
        using JsonDocument export = JsonDocument.Parse(text);
        JsonElement calls = export.RootElement.GetProperty("recordTypes").EnumerateArray()
            .Single(type => type.GetProperty("type").GetString() == typeof(CallDetailRecord).FullName);
        Assert.Contains("the called party's number", calls.GetProperty("members").EnumerateArray()
            .Single(member => member.GetProperty("name").GetString() == nameof(CallDetailRecord.CalledNumber)).GetProperty("shielded").GetString(), StringComparison.Ordinal);
        Assert.Equal(numbers.Length, calls.GetProperty("records").GetArrayLength());
        Assert.All(calls.GetProperty("records").EnumerateArray(), record =>
            Assert.StartsWith("ps:", record.GetProperty("values").GetProperty(nameof(CallDetailRecord.CalledNumber)).GetString(), StringComparison.Ordinal));
        string[] strings = [.. calls.GetProperty("records").EnumerateArray().SelectMany(record => record.GetProperty("values").EnumerateObject().Select(value => value.Value.ToString()))];
        Assert.All(numbers.Where(number => number.Length > 0), number => Assert.DoesNotContain(number, strings));
    }

    public void Dispose()
    {
        SqliteClearPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private enum Due
    {
        Kept,
        Gone,
        Either,
    }

    private static LocalDate Today => AsOf.InZone(Amsterdam).Date;

    private static Instant Local(LocalDate date) => date.AtStartOfDayInZone(Amsterdam).ToInstant();

    /// <summary>Whether <paramref name="period"/> counted from <paramref name="start"/> in Amsterdam has not run out at the run's instant.</summary>
    private static bool Within(Instant start, Period period) => start.InZone(Amsterdam).LocalDateTime.Plus(period).InZoneLeniently(Amsterdam).ToInstant() > AsOf;

    /// <summary>What billing traffic data must be after the sweep: kept while not billed or within the window; a day's margin either side.</summary>
    private static Due Billing(LocalDate? invoice)
        => invoice is not { } date ? Due.Kept
            : Local(date.PlusMonths(6)) > AsOf + Duration.FromDays(1) ? Due.Kept
            : Local(date.PlusMonths(6)) < AsOf - Duration.FromDays(1) ? Due.Gone
            : Due.Either;

    private static void AssertContractDataIntact(Customer before, Customer? after)
    {
        Assert.True(after is not null, $"Active customer {before.CustomerNumber} was deleted.");
        Assert.True(
            (before.CustomerNumber, before.Name, before.Email, before.ContactPhone, before.Address, before.PortalPasswordHash)
                == (after.CustomerNumber, after.Name, after.Email, after.ContactPhone, after.Address, after.PortalPasswordHash),
            $"Active customer {before.CustomerNumber} (since {before.CustomerSince}) lost contract data.");
    }

    private async Task<(List<Customer> Customers, List<PaymentMandate> Mandates, List<Device> Devices)> ContractDataAsync()
    {
        await using var context = new MisterVoipContext(_db);
        return (
            await context.Customers.AsNoTracking().OrderBy(row => row.Id).ToListAsync(),
            await context.Mandates.AsNoTracking().OrderBy(row => row.Id).ToListAsync(),
            await context.Devices.AsNoTracking().OrderBy(row => row.Id).ToListAsync());
    }

    /// <summary>SQLite keeps pooled connections, and so the file, open: let go of them so the folder can be deleted.</summary>
    private static void SqliteClearPools() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
