using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>
/// Retention sweeps and subject erasure, the same suite on every database: set-based, batched, and agreeing with the
/// in-memory engine row for row.
/// </summary>
public abstract partial class SweepSuite : IAsyncLifetime
{
    protected static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>
    /// Deletes this test's database. xunit 2 calls <see cref="IAsyncLifetime.DisposeAsync"/> after each test, but
    /// never <see cref="IAsyncDisposable.DisposeAsync"/>, so a cleanup there left every database behind.
    /// </summary>
    public abstract Task DisposeAsync();

    /// <summary>Options for a context on this suite's database.</summary>
    protected abstract DbContextOptionsBuilder<CallsContext> Options();

    /// <summary>Empties the database, as a fresh one.</summary>
    protected abstract Task ResetAsync();

    protected async Task SweepMatchesTheInMemoryEngineRowForRowAsync()
    {
        IPrivacyPolicy policy = Policy();
        List<CallRow> original = Rows(3000);
        await SeedAsync(original);

        RetentionSweepReport report;
        await using (CallsContext context = Context())
        {
            report = await context.SweepRetentionAsync<CallRow>(policy, batchSize: 700);
        }

        Dictionary<long, CallRow> after = await LoadAsync();
        int deleted = 0;
        var erasedCounts = new Dictionary<string, long>();
        foreach (CallRow row in original)
        {
            RetentionDecision decision = policy.EvaluateRetention(row);
            if (decision.Action == RetentionAction.Delete)
            {
                deleted++;
                Assert.False(after.ContainsKey(row.Id), $"row {row.Id} should be deleted");
                continue;
            }

            CallRow swept = after[row.Id];
            foreach (string member in new[] { "CustomerId", "CalledNumber", "CallingNumber", "Imsi", "DurationSeconds", "CallStart" })
            {
                bool expired = decision.ExpiredMembers.Contains(member);
                object? before = Value(row, member);
                object? now = Value(swept, member);
                if (expired && !IsErased(before))
                {
                    erasedCounts[member] = erasedCounts.GetValueOrDefault(member) + 1;
                    Assert.True(IsErased(now), $"row {row.Id}: {member} should be erased");
                }
                else if (!expired)
                {
                    Assert.Equal(before, now);
                }
            }
        }

        Assert.True(deleted > 100 && deleted < 2900, $"{deleted} deleted: the data should mix kept, erased and deleted rows");
        Assert.Equal(deleted, report.RowsDeleted);
        Assert.Equal(5, report.Batches);
        foreach ((string member, long count) in erasedCounts)
        {
            Assert.Equal(count, report.MembersErased[member]);
        }
    }

    /// <summary>
    /// One call sweeps every personal-data type of the context: the calls and the mandates end as a sweep of each type
    /// alone leaves them (each row as EvaluateRetention decides), and the one report gives each type's counts and
    /// their totals, members named with their type.
    /// </summary>
    protected async Task ASweepOfTheContextSweepsEveryTypeAsEachAloneAsync()
    {
        IPrivacyPolicy policy = Policy(Now, options => options.BookYearEnd = "06-30");
        List<CallRow> calls = Rows(1500);
        List<MandateRow> mandates = Mandates(600);
        await SeedAsync(calls);
        await SeedMandatesAsync(mandates);

        RetentionSweepReport report;
        await using (CallsAndMandatesContext context = CallsAndMandates())
        {
            report = await context.SweepRetentionAsync(policy, batchSize: 400);
        }

        Dictionary<long, CallRow> afterCalls = await LoadAsync();
        int callsDeleted = 0;
        var callsErased = new Dictionary<string, long>();
        foreach (CallRow row in calls)
        {
            RetentionDecision decision = policy.EvaluateRetention(row);
            if (decision.Action == RetentionAction.Delete)
            {
                callsDeleted++;
                Assert.False(afterCalls.ContainsKey(row.Id), $"call {row.Id} should be deleted");
                continue;
            }

            foreach (string member in new[] { "CustomerId", "CalledNumber", "CallingNumber", "Imsi", "DurationSeconds", "CallStart" })
            {
                bool expired = decision.ExpiredMembers.Contains(member);
                if (expired && !IsErased(Value(row, member)))
                {
                    callsErased[member] = callsErased.GetValueOrDefault(member) + 1;
                    Assert.True(IsErased(Value(afterCalls[row.Id], member)), $"call {row.Id}: {member} should be erased");
                }
                else if (!expired)
                {
                    Assert.Equal(Value(row, member), Value(afterCalls[row.Id], member));
                }
            }
        }

        AssertSweptAsTheEngineDecides(policy, mandates, await LoadMandatesAsync(), out int mandatesDeleted, out _);
        Assert.True(callsDeleted > 50 && mandatesDeleted > 10, $"{callsDeleted} calls and {mandatesDeleted} mandates deleted: the data should mix kept, erased and deleted rows");

        RetentionSweepReport callReport = Assert.Single(report.ConcreteTypes, type => type.Type == typeof(CallRow).FullName);
        RetentionSweepReport mandateReport = Assert.Single(report.ConcreteTypes, type => type.Type == typeof(MandateRow).FullName);
        Assert.Equal(callsDeleted, callReport.RowsDeleted);
        Assert.Equal(mandatesDeleted, mandateReport.RowsDeleted);
        Assert.Equal(report.ConcreteTypes.Sum(type => type.RowsDeleted), report.RowsDeleted);
        Assert.Equal(callsDeleted + mandatesDeleted, report.RowsDeleted);
        foreach ((string member, long count) in callsErased)
        {
            Assert.Equal(count, callReport.MembersErased[member]);
            Assert.Equal(count, report.MembersErased[typeof(CallRow).FullName + "." + member]);
        }

        Assert.Equal(report.ConcreteTypes.Sum(type => type.MembersErased.Values.Sum()), report.MembersErased.Values.Sum());
        Assert.Equal(typeof(CallsAndMandatesContext).FullName, report.Type);
        Assert.Equal(2, report.ConcreteTypes.Count);

        // Each type in its own batches: 1,500 calls in four, 600 mandates in two.
        Assert.Equal(6, report.Batches);

        // A second call finds nothing left to do.
        await using (CallsAndMandatesContext context = CallsAndMandates())
        {
            RetentionSweepReport again = await context.SweepRetentionAsync(policy, batchSize: 400);
            Assert.Equal(0, again.RowsDeleted);
            Assert.All(again.MembersErased.Values, count => Assert.Equal(0, count));
        }
    }

    /// <summary>
    /// A context with a type the sweep cannot reach (an owned address with a retention of its own) is refused before
    /// any type is swept: the calls, whose type sorts before it, are left as they were.
    /// </summary>
    protected async Task ASweepOfAContextWithATypeItCannotReachChangesNothingAsync()
    {
        IPrivacyPolicy policy = Policy();
        await SeedAsync(Rows(500));
        Dictionary<long, CallRow> before = await LoadAsync();

        await using (CallsContext context = Context())
        {
            InvalidOperationException refused = await Assert.ThrowsAsync<InvalidOperationException>(() => context.SweepRetentionAsync(policy, batchSize: 100));
            Assert.Contains(nameof(CustomerRow), refused.Message, StringComparison.Ordinal);
        }

        Dictionary<long, CallRow> after = await LoadAsync();
        Assert.Equal(before.Count, after.Count);
        Assert.All(before.Values, row => Assert.Equal(Snapshot(row), Snapshot(after[row.Id])));
    }

    private CallsAndMandatesContext CallsAndMandates()
    {
        var options = new DbContextOptionsBuilder<CallsAndMandatesContext>();
        foreach (Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptionsExtension extension in Options().Options.Extensions)
        {
            ((Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(extension);
        }

        return new CallsAndMandatesContext(options.Options);
    }

    protected async Task SecondSweepChangesNothingAndCutOffSweepIsFinishedAsync()
    {
        IPrivacyPolicy policy = Policy();
        await SeedAsync(Rows(2000));

        // Cut off after the sixth statement: in the middle of the second batch of twenty.
        using var cancel = new CancellationTokenSource();
        var cutOff = new CancelAfterStatements(cancel, statements: 6);
        await using (CallsContext context = Context(cutOff))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => context.SweepRetentionAsync<CallRow>(policy, batchSize: 100, cancellationToken: cancel.Token));
        }

        Assert.True(cutOff.Executed >= 6, $"{cutOff.Executed} statements ran before the cut-off");

        RetentionSweepReport finishing;
        await using (CallsContext context = Context())
        {
            finishing = await context.SweepRetentionAsync<CallRow>(policy, batchSize: 100);
        }

        Dictionary<long, CallRow> afterTwo = await LoadAsync();

        RetentionSweepReport again;
        await using (CallsContext context = Context())
        {
            again = await context.SweepRetentionAsync<CallRow>(policy, batchSize: 100);
        }

        Assert.Equal(0, again.RowsDeleted);
        Assert.All(again.MembersErased.Values, count => Assert.Equal(0, count));
        Assert.Equal(afterTwo.Count, (await LoadAsync()).Count);

        // The end state equals a single uninterrupted sweep of the same data.
        await ResetAsync();
        await SeedAsync(Rows(2000));
        await using (CallsContext context = Context())
        {
            await context.SweepRetentionAsync<CallRow>(policy, batchSize: 2000);
        }

        Dictionary<long, CallRow> single = await LoadAsync();
        Assert.Equal(single.Keys.Order(), afterTwo.Keys.Order());
        Assert.All(single.Values, row => Assert.Equal(Snapshot(row), Snapshot(afterTwo[row.Id])));
    }

    protected async Task RowsWithoutAnAnchorAreKeptAsync()
    {
        await SeedAsync([new CallRow { Id = 1, CustomerId = "C-1", CallStart = null, CalledNumber = "0612345678" }]);

        await using (CallsContext context = Context())
        {
            await context.SweepRetentionAsync<CallRow>(Policy());
        }

        Assert.Equal("0612345678", (await LoadAsync())[1].CalledNumber);
    }

    protected async Task SubjectErasureMatchesTheInMemoryErasureAsync()
    {
        IPrivacyPolicy policy = Policy();
        List<CallRow> original = Rows(1500);
        await SeedAsync(original);
        string subject = original[0].CustomerId;

        SubjectErasureReport report;
        await using (CallsContext context = Context())
        {
            report = await context.EraseSubjectAsync<CallRow>(policy, subject);
        }

        Dictionary<long, CallRow> after = await LoadAsync();
        int subjectRows = 0;
        foreach (CallRow row in original)
        {
            if (row.CustomerId != subject)
            {
                Assert.Equal(Snapshot(row), Snapshot(after[row.Id]));
                continue;
            }

            subjectRows++;
            CallRow expected = policy.Erase(row).Value;
            Assert.Equal(Snapshot(expected), Snapshot(after[row.Id]));
        }

        Assert.True(subjectRows >= 1);
        Assert.Equal(new[] { "CallStart", "CalledNumber" }.Order(StringComparer.Ordinal), report.HeldMembers.Order(StringComparer.Ordinal));
        Assert.Equal(subjectRows, report.MembersErased["CustomerId"]);
    }

    protected async Task AnAnchorIsKeptWhileAnythingIsCountedFromItAsync()
    {
        var issued = Instant.FromUtc(2024, 3, 10, 9, 0);
        await SeedAsync([]);
        await using (CallsContext context = Context())
        {
            context.Invoices.Add(new InvoiceRow { Id = 1, CustomerNumber = 100234, IssuedAt = issued, CalledNumber = "0612345678", Iban = "NL91ABNA0417164300" });
            await context.SaveChangesAsync();
        }

        // Two years on: the anchor's own year and the number's six months ran out, the IBAN's seven years did not.
        IPrivacyPolicy twoYearsOn = Policy(Instant.FromUtc(2026, 3, 11, 0, 0));
        RetentionSweepReport first;
        RetentionSweepReport second;
        await using (CallsContext context = Context())
        {
            first = await context.SweepRetentionAsync<InvoiceRow>(twoYearsOn);
            second = await context.SweepRetentionAsync<InvoiceRow>(twoYearsOn);
        }

        InvoiceRow swept = await LoadInvoiceAsync(1);
        Assert.Equal(issued, swept.IssuedAt);
        Assert.Equal("NL91ABNA0417164300", swept.Iban);
        Assert.Equal(100234, swept.CustomerNumber);
        Assert.Null(swept.CalledNumber); // a column that takes null is erased to null
        Assert.Equal(1, first.MembersErased["CalledNumber"]);
        Assert.False(first.MembersErased.ContainsKey("IssuedAt"));
        Assert.Equal(0, second.RowsDeleted);
        Assert.All(second.MembersErased.Values, count => Assert.Equal(0, count));

        // Seven years on, everything ran out: the row goes, anchor and all.
        await using (CallsContext context = Context())
        {
            RetentionSweepReport last = await context.SweepRetentionAsync<InvoiceRow>(Policy(Instant.FromUtc(2031, 3, 11, 0, 0)));
            Assert.Equal(1, last.RowsDeleted);
        }
    }

    protected async Task ASubjectIdALegalObligationHoldsIsKeptAsync()
    {
        var issued = Instant.FromUtc(2024, 3, 10, 9, 0);
        var invoice = new InvoiceRow { Id = 1, CustomerNumber = 100234, IssuedAt = issued, CalledNumber = "0612345678", Iban = "NL91ABNA0417164300" };
        await SeedAsync([]);
        await using (CallsContext context = Context())
        {
            context.Invoices.Add(invoice);
            await context.SaveChangesAsync();
        }

        IPrivacyPolicy policy = Policy(Instant.FromUtc(2026, 3, 11, 0, 0));
        await using (CallsContext context = Context())
        {
            await context.EraseSubjectAsync<InvoiceRow>(policy, "100234");
        }

        InvoiceRow expected = policy.Erase(invoice).Value;
        InvoiceRow erased = await LoadInvoiceAsync(1);
        Assert.Equal(100234, erased.CustomerNumber);
        // A column that takes null is erased to null, where Erase empties the text.
        Assert.Equal((expected.CustomerNumber, expected.IssuedAt, expected.CalledNumber ?? "", expected.Iban), (erased.CustomerNumber, erased.IssuedAt, erased.CalledNumber ?? "", erased.Iban));
    }

    protected async Task ASubjectIdOfTheWrongTypeIsRefusedWithoutShowingItAsync()
    {
        await SeedAsync([]);
        await using CallsContext context = Context();

        ArgumentException refused = await Assert.ThrowsAsync<ArgumentException>(() => context.EraseSubjectAsync<InvoiceRow>(Policy(), "jan.jansen@example.nl"));

        Assert.DoesNotContain("jan.jansen", refused.Message, StringComparison.Ordinal);
        Assert.Contains("CustomerNumber", refused.Message, StringComparison.Ordinal);
    }

    protected async Task ASweepNeverErasesBeforeTheEngineAcrossTheAutumnHourAsync()
    {
        // A call every minute around the night the clocks go back (25 October 2026, 03:00 CEST to 02:00 CET), swept
        // three months on at 02:45 CET: the IMSI's threshold, 25 October 02:45 local, lies in the repeated hour.
        Instant from = Instant.FromUtc(2026, 10, 24, 23, 0);
        List<CallRow> rows = Enumerable.Range(0, 240).Select(i => new CallRow
        {
            Id = i + 1,
            CustomerId = "C-1",
            CallStart = from + Duration.FromMinutes(i),
            CalledNumber = "0201234567",
            CallingNumber = "0612345678",
            Imsi = "204081234567890",
            DurationSeconds = 60,
        }).ToList();
        await SeedAsync(rows);
        IPrivacyPolicy policy = Policy(Instant.FromUtc(2027, 1, 25, 1, 45));

        await using (CallsContext context = Context())
        {
            await context.SweepRetentionAsync<CallRow>(policy);
        }

        Dictionary<long, CallRow> after = await LoadAsync();
        int erased = 0;
        foreach (CallRow row in rows)
        {
            bool expired = policy.EvaluateRetention(row).ExpiredMembers.Contains("Imsi");
            bool sweptAway = after[row.Id].Imsi is null;
            Assert.False(sweptAway && !expired, $"the call at {row.CallStart} lost its IMSI before its retention ran out");
            erased += sweptAway ? 1 : 0;
        }

        // Everything up to the repeated hour's first pass of 02:45 is erased.
        Assert.True(erased >= 105, $"{erased} IMSIs erased");
    }

    protected async Task ErasingASubjectErasesWhatIdentityUserHoldsAsync()
    {
        var user = new PortalUserRow
        {
            Id = "u-1",
            CustomerNumber = "C-100234",
            DisplayName = "Jan de Vries",
            UserName = "jdevries",
            NormalizedUserName = "JDEVRIES",
            Email = "jan@example.nl",
            NormalizedEmail = "JAN@EXAMPLE.NL",
            PhoneNumber = "0612345678",
            PasswordHash = "AQAAAAIAAYagAAAAEH3x-hash",
            SecurityStamp = "Q4ZJ7Y3XKSTAMP",
        };
        var second = new PortalUserRow { Id = "u-2", CustomerNumber = "C-100235", UserName = "pjansen", NormalizedUserName = "PJANSEN", Email = "piet@example.nl", NormalizedEmail = "PIET@EXAMPLE.NL" };
        await SeedAsync([]);
        await using (CallsContext context = Context())
        {
            context.PortalUsers.AddRange(user, second);
            await context.SaveChangesAsync();
        }

        // Two subjects one after the other: the unique indexes on the normalised names must hold.
        IPrivacyPolicy policy = Policy();
        await using (CallsContext context = Context())
        {
            await context.EraseSubjectAsync<PortalUserRow>(policy, "C-100234");
            await context.EraseSubjectAsync<PortalUserRow>(policy, "C-100235");
        }

        Dictionary<string, PortalUserRow> erased;
        await using (CallsContext context = Context())
        {
            erased = await context.PortalUsers.AsNoTracking().ToDictionaryAsync(row => row.Id);
        }

        foreach (PortalUserRow row in erased.Values)
        {
            string?[] identity = [row.UserName, row.NormalizedUserName, row.Email, row.NormalizedEmail, row.PhoneNumber, row.PasswordHash, row.SecurityStamp, row.DisplayName, row.CustomerNumber];
            Assert.All(identity, value => Assert.True(string.IsNullOrEmpty(value), $"'{value}' survived the erasure"));
        }

        PortalUserRow expected = policy.Erase(user).Value;
        Assert.Equal(expected.DisplayName, erased["u-1"].DisplayName);
        Assert.True(string.IsNullOrEmpty(expected.Email) && string.IsNullOrEmpty(expected.PasswordHash));
        Assert.Equal(["u-1", "u-2"], erased.Keys.Order(StringComparer.Ordinal)); // the key identifies the row
    }

    protected async Task TheReadmeQuickStartTypeIsDeletedAfterSevenYearsAsync(string? identityDefault = null)
    {
        // With or without a (short) default for identity data: the subject id is how access and erasure requests find
        // a row, so it is never erased on its own, only deleted with its row.
        // Nine years of calls of the README's type: its subject id and anchor follow the number's seven years.
        var random = new Random(20260314);
        Instant oldest = Now - Duration.FromDays(365 * 9);
        List<QuickStartCallRow> rows = Enumerable.Range(1, 900).Select(i => new QuickStartCallRow
        {
            Id = i,
            CustomerId = "C-" + random.Next(1000, 1200),
            CallStart = oldest + Duration.FromSeconds(random.NextInt64(0, 365L * 9 * 86400)),
            CalledNumber = "06" + random.Next(10_000_000, 99_999_999),
            TariffPlanId = random.Next(1, 5),
        }).ToList();
        rows.Add(new QuickStartCallRow { Id = 901, CustomerId = "C-1", CallStart = Now - Duration.FromDays((365 * 7) + 3), CalledNumber = "0612345678" });
        rows.Add(new QuickStartCallRow { Id = 902, CustomerId = "C-1", CallStart = Now - Duration.FromDays((365 * 7) - 3), CalledNumber = "0612345678" });
        await SeedAsync([]);
        await using (CallsContext context = Context())
        {
            context.QuickStartCalls.AddRange(rows);
            await context.SaveChangesAsync();
        }

        IPrivacyPolicy policy = Policy(Now, options =>
        {
            if (identityDefault is not null)
            {
                options.RetentionDefaults[Category.Identity] = identityDefault;
            }
        });
        RetentionSweepReport report;
        await using (CallsContext context = Context())
        {
            report = await context.SweepRetentionAsync<QuickStartCallRow>(policy, batchSize: 250);
        }

        Dictionary<long, QuickStartCallRow> after;
        await using (CallsContext context = Context())
        {
            after = await context.QuickStartCalls.AsNoTracking().ToDictionaryAsync(row => row.Id);
        }

        int deleted = 0;
        foreach (QuickStartCallRow row in rows)
        {
            RetentionDecision decision = policy.EvaluateRetention(row);
            Assert.NotEqual(RetentionAction.EraseMembers, decision.Action); // one member to run out: kept whole, or deleted
            if (decision.Action == RetentionAction.Delete)
            {
                deleted++;
                Assert.False(after.ContainsKey(row.Id), $"row {row.Id} should be deleted");
            }
            else
            {
                Assert.Equal((row.CustomerId, row.CallStart, row.CalledNumber), (after[row.Id].CustomerId, after[row.Id].CallStart, after[row.Id].CalledNumber));
            }
        }

        Assert.False(after.ContainsKey(901));
        Assert.True(after.ContainsKey(902));
        Assert.True(deleted > 150, $"{deleted} deleted: two of the nine years should have run out");
        Assert.Equal(deleted, report.RowsDeleted);
        Assert.All(report.MembersErased.Values, count => Assert.Equal(0, count));
    }

    protected async Task ReportsCountValuesErasedNotMembersAsync()
    {
        var issued = Instant.FromUtc(2024, 3, 10, 9, 0);
        await SeedAsync([]);
        await using (CallsContext context = Context())
        {
            context.Invoices.AddRange(Enumerable.Range(1, 5).Select(i => new InvoiceRow { Id = i, CustomerNumber = 100230 + (i % 2), IssuedAt = issued, CalledNumber = "0612345678", Iban = "NL91ABNA0417164300" }));
            await context.SaveChangesAsync();
        }

        // Two years on, the number ran out in all five rows; a second sweep erases nothing, though three members are swept.
        IPrivacyPolicy twoYearsOn = Policy(Instant.FromUtc(2026, 3, 11, 0, 0));
        RetentionSweepReport first;
        RetentionSweepReport second;
        SubjectErasureReport erasure;
        await using (CallsContext context = Context())
        {
            first = await context.SweepRetentionAsync<InvoiceRow>(twoYearsOn);
            second = await context.SweepRetentionAsync<InvoiceRow>(twoYearsOn);
            erasure = await context.EraseSubjectAsync<InvoiceRow>(twoYearsOn, "100231");
        }

        Assert.Contains(": 0 rows deleted, 5 member values erased in 1 batches", first.ToString(), StringComparison.Ordinal);
        Assert.Contains(": 0 rows deleted, 0 member values erased in 1 batches", second.ToString(), StringComparison.Ordinal);

        // The subject's three rows: their numbers are erased already, the IBAN, anchor and subject id a legal
        // obligation holds; so nothing is written, whatever the number of members looked at.
        long written = erasure.MembersErased.Values.Sum();
        Assert.Contains($": {written} member values erased, {erasure.HeldMembers.Count} members held by a legal obligation", erasure.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, written);
    }

    protected async Task AUniqueNullableColumnIsErasedToNullForEverySubjectAsync()
    {
        await SeedAsync([]);
        await using (CallsContext context = Context())
        {
            context.Contacts.AddRange(
                new ContactRow { Id = 1, CustomerId = "C-1", Email = "jan@example.nl" },
                new ContactRow { Id = 2, CustomerId = "C-2", Email = "piet@example.nl" },
                new ContactRow { Id = 3, CustomerId = "C-3", Email = "kees@example.nl" });
            await context.SaveChangesAsync();
        }

        // Two subjects one after the other: two empty texts would break the unique index on Email.
        SubjectErasureReport first;
        SubjectErasureReport second;
        await using (CallsContext context = Context())
        {
            first = await context.EraseSubjectAsync<ContactRow>(Policy(), "C-1");
            second = await context.EraseSubjectAsync<ContactRow>(Policy(), "C-2");
        }

        Dictionary<long, ContactRow> after;
        await using (CallsContext context = Context())
        {
            after = await context.Contacts.AsNoTracking().ToDictionaryAsync(row => row.Id);
        }

        Assert.Null(after[1].Email);
        Assert.Null(after[2].Email);
        Assert.Equal("kees@example.nl", after[3].Email);
        Assert.Equal(1, first.MembersErased["Email"]);
        Assert.Equal(1, second.MembersErased["Email"]);
    }

    protected async Task ASubjectIdThatIsThePrimaryKeyIsNeverRewrittenAsync()
    {
        await SeedAsync([]);
        await using (CallsContext context = Context())
        {
            context.Customers.AddRange(
                new CustomerRow { CustomerId = "C-100", LastInvoiceAt = Now - Duration.FromDays(365), Iban = "NL91ABNA0417164300", Name = "Jan de Vries", BillingAddress = new AddressPart { Street = "Dorpsstraat 1", City = "Utrecht" } },
                new CustomerRow { CustomerId = "C-200", LastInvoiceAt = Now - Duration.FromDays(365 * 8), Iban = "NL20INGB0001234567", Name = "Piet Jansen", BillingAddress = new AddressPart { Street = "Stationsweg 2", City = "Zwolle" } },
                new CustomerRow { CustomerId = "C-300", LastInvoiceAt = Now - Duration.FromDays(30), Iban = "NL02RABO0123456789", Name = "Kees Bakker" });
            await context.SaveChangesAsync();
        }

        SubjectErasureReport held;
        SubjectErasureReport released;
        await using (CallsContext context = Context())
        {
            held = await context.EraseSubjectAsync<CustomerRow>(Policy(), "C-100");
            released = await context.EraseSubjectAsync<CustomerRow>(Policy(), "C-200");
        }

        Dictionary<string, CustomerRow> after;
        await using (CallsContext context = Context())
        {
            after = await context.Customers.AsNoTracking().ToDictionaryAsync(row => row.CustomerId);
        }

        // The bookkeeping IBAN holds C-100's row: it stays under its own key, everything not held is erased, and the
        // report names the key that stays. Nothing holds C-200's row: it is deleted, not rekeyed.
        Assert.Equal(["C-100", "C-300"], after.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("NL91ABNA0417164300", ""), (after["C-100"].Iban, after["C-100"].Name));
        Assert.Equal(("Dorpsstraat 1", "Utrecht"), (after["C-100"].BillingAddress?.Street, after["C-100"].BillingAddress?.City)); // held whole
        Assert.Contains("BillingAddress", held.HeldMembers);
        Assert.Equal(0, held.MembersErased["BillingAddress.Street"]);
        Assert.Equal(("NL02RABO0123456789", "Kees Bakker"), (after["C-300"].Iban, after["C-300"].Name));
        Assert.Equal(0, held.RowsDeleted);
        Assert.Equal(1, held.MembersKept["CustomerId"]);
        Assert.False(held.MembersErased.ContainsKey("CustomerId"));
        Assert.Equal(1, held.MembersErased["Name"]);
        Assert.Contains("Iban", held.HeldMembers);
        Assert.Equal(1, released.RowsDeleted);
        Assert.Empty(released.MembersKept);
        Assert.Contains(", 1 rows deleted", released.ToString(), StringComparison.Ordinal);
    }

    protected async Task AUniqueRequiredColumnGetsADistinctMarkerPerRowAsync()
    {
        string[] names = ["jdevries", "pjansen", "jdevries-werk", "kbakker"];
        await SeedAsync([]);
        await using (CallsContext context = Context())
        {
            context.Logins.AddRange(
                new LoginRow { Id = 1, CustomerId = "C-1", LoginName = names[0] },
                new LoginRow { Id = 2, CustomerId = "C-2", LoginName = names[1] },
                new LoginRow { Id = 3, CustomerId = "C-1", LoginName = names[2] },
                new LoginRow { Id = 4, CustomerId = "C-3", LoginName = names[3] });
            await context.SaveChangesAsync();
        }

        SubjectErasureReport first;
        SubjectErasureReport again;
        await using (CallsContext context = Context())
        {
            first = await context.EraseSubjectAsync<LoginRow>(Policy(), "C-1");
            await context.EraseSubjectAsync<LoginRow>(Policy(), "C-2");
        }

        Dictionary<long, LoginRow> after;
        await using (CallsContext context = Context())
        {
            after = await context.Logins.AsNoTracking().ToDictionaryAsync(row => row.Id);
            again = await context.EraseSubjectAsync<LoginRow>(Policy(), "C-1");
        }

        string[] erased = [after[1].LoginName, after[2].LoginName, after[3].LoginName];
        Assert.Equal(3, erased.Distinct(StringComparer.Ordinal).Count());
        foreach (string value in erased)
        {
            Assert.True(value.Length is > 0 and <= 64, $"'{value}' does not fit the column");
            Assert.DoesNotContain(names.Take(3), name => value.Contains(name, StringComparison.Ordinal));
            Assert.DoesNotContain("C-", value, StringComparison.Ordinal);
        }

        Assert.Equal("kbakker", after[4].LoginName);
        Assert.Equal(2, first.MembersErased["LoginName"]);
        Assert.Equal(0, again.MembersErased["LoginName"]); // a marker is recognised, not erased again
    }

    protected async Task AnOwnedTypeIsErasedInTheDatabaseAndReportedAsync()
    {
        HouseholdRow household = await SeedHouseholdsAsync();
        IPrivacyPolicy policy = Policy();

        SubjectErasureReport report;
        await using (CallsContext context = Context())
        {
            report = await context.EraseSubjectAsync<HouseholdRow>(policy, "C-1");
        }

        Dictionary<long, HouseholdRow> after = await LoadHouseholdsAsync();
        Assert.True(string.IsNullOrEmpty(after[1].Address?.Street) && string.IsNullOrEmpty(after[1].Address?.City), "the address survived the erasure");
        Assert.True(string.IsNullOrEmpty(after[1].PhoneNumber) && after[1].CustomerId == "");
        Assert.Equal(("Stationsweg 2", "Zwolle"), (after[2].Address?.Street, after[2].Address?.City));

        // Every member the in-memory erasure erases in a column is reported by the same path, owned members included.
        ErasureResult<HouseholdRow> expected = policy.Erase(household);
        Assert.Contains("Address.Street", expected.Erased);
        foreach (string path in expected.Erased.Where(path => path != "Address"))
        {
            Assert.True(report.MembersErased.TryGetValue(path, out long count) && count == 1, $"{path} is not reported as erased");
        }
    }

    protected async Task ACancelledErasureLeavesEveryRowUntouchedAsync()
    {
        await SeedHouseholdsAsync();
        Dictionary<long, HouseholdRow> before = await LoadHouseholdsAsync();

        // Cut off once the owned address's street is written, before the rest: the erasure is all or nothing.
        using var cancel = new CancellationTokenSource();
        var cutOff = new CancelAfterStatements(cancel, statements: 1, containing: "Address_Street");
        await using (CallsContext context = Context(cutOff))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => context.EraseSubjectAsync<HouseholdRow>(Policy(), "C-1", cancel.Token));
        }

        Dictionary<long, HouseholdRow> after = await LoadHouseholdsAsync();
        Assert.Equal(before.Values.Select(Snapshot), after.Values.Select(Snapshot));

        await using (CallsContext context = Context())
        {
            SubjectErasureReport finished = await context.EraseSubjectAsync<HouseholdRow>(Policy(), "C-1");
            Assert.Equal(1, finished.MembersErased["Address.Street"]);
        }
    }

    protected async Task AnErasureJoinsTheCallersTransactionAsync()
    {
        await SeedHouseholdsAsync();
        await using (CallsContext context = Context())
        {
            context.Contacts.Add(new ContactRow { Id = 1, CustomerId = "C-1", Email = "jan@example.nl" });
            await context.SaveChangesAsync();
        }

        Dictionary<long, HouseholdRow> before = await LoadHouseholdsAsync();

        // Two tables in the caller's transaction, rolled back: neither erasure commits on its own.
        await using (CallsContext context = Context())
        {
            await using (var transaction = await context.Database.BeginTransactionAsync())
            {
                SubjectErasureReport households = await context.EraseSubjectAsync<HouseholdRow>(Policy(), "C-1");
                SubjectErasureReport contacts = await context.EraseSubjectAsync<ContactRow>(Policy(), "C-1");
                Assert.Equal(1, households.MembersErased["Address.City"]);
                Assert.Null((await context.Contacts.AsNoTracking().SingleAsync()).Email);
                await transaction.RollbackAsync();
            }
        }

        Assert.Equal(before.Values.Select(Snapshot), (await LoadHouseholdsAsync()).Values.Select(Snapshot));
        await using (CallsContext context = Context())
        {
            Assert.Equal("jan@example.nl", (await context.Contacts.AsNoTracking().SingleAsync()).Email);
        }
    }

    protected async Task ARowAnotherTableRefersToKeepsItsKeyAndSaysSoAsync()
    {
        await SeedAsync([]);
        await using (CallsContext context = Context())
        {
            context.Accounts.AddRange(new AccountRow { CustomerId = "C-1", DisplayName = "Jan de Vries" }, new AccountRow { CustomerId = "C-2", DisplayName = "Piet Jansen" });
            context.AccountSessions.Add(new AccountSessionRow { Id = 1, AccountId = "C-1" });
            await context.SaveChangesAsync();
        }

        // Nothing is held, but a deletion would cascade into (or be refused by) the other table: the row stays.
        SubjectErasureReport report;
        await using (CallsContext context = Context())
        {
            report = await context.EraseSubjectAsync<AccountRow>(Policy(), "C-1");
        }

        Dictionary<string, AccountRow> after;
        await using (CallsContext context = Context())
        {
            after = await context.Accounts.AsNoTracking().ToDictionaryAsync(row => row.CustomerId);
            Assert.Equal("C-1", (await context.AccountSessions.AsNoTracking().SingleAsync()).AccountId);
        }

        Assert.Equal(["C-1", "C-2"], after.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("", "Piet Jansen"), (after["C-1"].DisplayName, after["C-2"].DisplayName));
        Assert.Equal((0L, 1L), (report.RowsDeleted, report.MembersKept["CustomerId"]));
    }

    private async Task<HouseholdRow> SeedHouseholdsAsync()
    {
        var household = new HouseholdRow { Id = 1, CustomerId = "C-1", Address = new AddressPart { Street = "Dorpsstraat 1", City = "Utrecht" }, PhoneNumber = "0612345678" };
        await SeedAsync([]);
        await using CallsContext context = Context();
        context.Households.AddRange(
            household,
            new HouseholdRow { Id = 2, CustomerId = "C-2", Address = new AddressPart { Street = "Stationsweg 2", City = "Zwolle" }, PhoneNumber = "0687654321" });
        await context.SaveChangesAsync();
        return new HouseholdRow { Id = 1, CustomerId = "C-1", Address = new AddressPart { Street = "Dorpsstraat 1", City = "Utrecht" }, PhoneNumber = "0612345678" };
    }

    private async Task<Dictionary<long, HouseholdRow>> LoadHouseholdsAsync()
    {
        await using CallsContext context = Context();
        return await context.Households.AsNoTracking().OrderBy(row => row.Id).ToDictionaryAsync(row => row.Id);
    }

    protected async Task AMandateSweepComparesEachMemberWithItsOwnColumnAndSparesWhatIsInUseAsync()
    {
        IPrivacyPolicy policy = Policy(Now, options => options.BookYearEnd = "06-30");
        List<MandateRow> original = Mandates(900);
        await SeedMandatesAsync(original);

        RetentionSweepReport report;
        await using (CallsContext context = Context())
        {
            report = await context.SweepRetentionAsync<MandateRow>(policy, batchSize: 200);
        }

        Dictionary<long, MandateRow> after = await LoadMandatesAsync();
        AssertSweptAsTheEngineDecides(policy, original, after, out int deleted, out int inUseKept);
        Assert.Equal(deleted, report.RowsDeleted);
        Assert.True(deleted > 20 && inUseKept > 50, $"{deleted} deleted, {inUseKept} IBANs in use kept: the data should mix them");
        Assert.All(original.Where(row => row.LastCollectionAt is null), row => Assert.Equal(row.Iban, after[row.Id].Iban));
    }

    protected async Task AMandateSweepCutOffLeavesEachBatchUntouchedOrDoneAndTheNextFinishesAsync()
    {
        IPrivacyPolicy policy = Policy();
        List<MandateRow> original = Mandates(600);
        await SeedMandatesAsync(original);

        // Cut off after the sixth statement, inside the second batch of a hundred.
        using var cancel = new CancellationTokenSource();
        var cutOff = new CancelAfterStatements(cancel, statements: 6);
        await using (CallsContext context = Context(cutOff))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => context.SweepRetentionAsync<MandateRow>(policy, batchSize: 100, cancellationToken: cancel.Token));
        }

        // Each batch is one transaction: its rows are all as they were or all swept, never half.
        Dictionary<long, MandateRow> cut = await LoadMandatesAsync();
        foreach (IGrouping<long, MandateRow> batch in original.GroupBy(row => (row.Id - 1) / 100))
        {
            bool untouched = batch.All(row => cut.TryGetValue(row.Id, out MandateRow? now) && Snapshot(now) == Snapshot(row));
            bool done = batch.All(row => Swept(policy, row) is var expected && (expected is null ? !cut.ContainsKey(row.Id) : cut.TryGetValue(row.Id, out MandateRow? now) && Snapshot(now) == expected));
            Assert.True(untouched || done, $"batch {batch.Key} is half swept");
        }

        await using (CallsContext context = Context())
        {
            await context.SweepRetentionAsync<MandateRow>(policy, batchSize: 100);
        }

        AssertSweptAsTheEngineDecides(policy, original, await LoadMandatesAsync(), out _, out _);
    }

    protected async Task ErasingASubjectKeepsWhatAnOpenMandateNeedsAndSaysWhyAsync()
    {
        IPrivacyPolicy policy = Policy();
        List<MandateRow> original = Mandates(400);
        await SeedMandatesAsync(original);
        string subject = original.GroupBy(row => row.CustomerId).First(group => group.Any(row => row.LastCollectionAt is null) && group.Any(row => row.LastCollectionAt is not null)).Key;

        SubjectErasureReport report;
        await using (CallsContext context = Context())
        {
            report = await context.EraseSubjectAsync<MandateRow>(policy, subject);
        }

        Dictionary<long, MandateRow> after = await LoadMandatesAsync();
        foreach (MandateRow row in original)
        {
            MandateRow expected = row.CustomerId == subject ? policy.Erase(row).Value : row;
            Assert.Equal(Snapshot(expected), Snapshot(after[row.Id]));
        }

        List<MandateRow> open = original.Where(row => row.CustomerId == subject && row.LastCollectionAt is null).ToList();
        Assert.All(open, row => Assert.Equal(row.Iban, after[row.Id].Iban));
        Assert.All(open, row => Assert.True(string.IsNullOrEmpty(after[row.Id].Segment))); // consent-based: erased all the same
        Assert.Equal(open.Count, report.MembersInUse["Iban"]);
        Assert.Equal("AVG art. 17(1)(a)", report.InUseArticle);
        Assert.Contains("Reference", report.HeldMembers);
        Assert.DoesNotContain("Segment", report.MembersInUse.Keys);
    }

    protected async Task ErasingASubjectKeepsContractDataOfRecordsWhoseAnchorIsStillEmptyAsync()
    {
        IPrivacyPolicy policy = Policy();
        List<CallRow> original = Rows(60);
        foreach (CallRow row in original.Where(row => row.Id % 3 == 0))
        {
            row.CallStart = null; // the call is still going on: its contract data is in use
        }

        string subject = original.First(row => row.CallStart is null).CustomerId;
        foreach (CallRow row in original.Take(6))
        {
            row.CustomerId = subject;
        }

        await SeedAsync(original);
        SubjectErasureReport report;
        await using (CallsContext context = Context())
        {
            report = await context.EraseSubjectAsync<CallRow>(policy, subject);
        }

        Dictionary<long, CallRow> after = await LoadAsync();
        foreach (CallRow row in original)
        {
            CallRow expected = row.CustomerId == subject ? policy.Erase(row).Value : row;
            Assert.Equal(Snapshot(expected), Snapshot(after[row.Id]));
        }

        int open = original.Count(row => row.CustomerId == subject && row.CallStart is null);
        Assert.True(open >= 2, $"{open} open records");
        Assert.All(original.Where(row => row.CustomerId == subject && row.CallStart is null), row => Assert.Equal(subject, after[row.Id].CustomerId));
        Assert.Equal(open, report.MembersInUse["CustomerId"]);
        Assert.Equal(open, report.MembersInUse["CalledNumber"]);
    }

    protected async Task AMemberOthersCountFromIsSweptOnlyWithItsRowAsync()
    {
        var contract = new EndedContractRow { Id = 1, StartedAt = Instant.FromUtc(2020, 1, 1, 9, 0), EndedAt = Instant.FromUtc(2025, 1, 10, 9, 0), Address = "Dorpsstraat 1" };
        await SeedMandatesAsync([]);
        await using (CallsContext context = Context())
        {
            context.EndedContracts.Add(contract);
            await context.SaveChangesAsync();
        }

        IPrivacyPolicy monthsLater = Policy(Instant.FromUtc(2025, 6, 1, 0, 0));
        Assert.Equal(RetentionAction.Keep, monthsLater.EvaluateRetention(contract).Action);
        await using (CallsContext context = Context())
        {
            RetentionSweepReport report = await context.SweepRetentionAsync<EndedContractRow>(monthsLater);
            Assert.Equal(0, report.RowsDeleted);
            Assert.False(report.MembersErased.ContainsKey("EndedAt"));
        }

        await using (CallsContext context = Context())
        {
            EndedContractRow kept = await context.EndedContracts.AsNoTracking().SingleAsync();
            Assert.Equal(contract.EndedAt, kept.EndedAt);
            Assert.Equal("Dorpsstraat 1", kept.Address);
            RetentionSweepReport report = await context.SweepRetentionAsync<EndedContractRow>(Policy(Instant.FromUtc(2027, 1, 11, 0, 0)));
            Assert.Equal(1, report.RowsDeleted);
        }
    }

    private static void AssertSweptAsTheEngineDecides(IPrivacyPolicy policy, List<MandateRow> original, Dictionary<long, MandateRow> after, out int deleted, out int inUseKept)
    {
        deleted = 0;
        inUseKept = 0;
        foreach (MandateRow row in original)
        {
            string? expected = Swept(policy, row);
            if (expected is null)
            {
                deleted++;
                Assert.False(row.LastCollectionAt is null, $"mandate {row.Id} is in use and must not be deleted");
                Assert.False(after.ContainsKey(row.Id), $"mandate {row.Id} should be deleted");
                continue;
            }

            Assert.Equal(expected, Snapshot(after[row.Id]));
            inUseKept += row.LastCollectionAt is null && row.Iban is not null ? 1 : 0;
        }
    }

    /// <summary>The row as the engine says a sweep leaves it, or <see langword="null"/> when it deletes it.</summary>
    private static string? Swept(IPrivacyPolicy policy, MandateRow row)
    {
        RetentionDecision decision = policy.EvaluateRetention(row);
        if (decision.Action == RetentionAction.Delete)
        {
            return null;
        }

        bool Expired(string member) => decision.ExpiredMembers.Contains(member);
        return Snapshot(new MandateRow
        {
            Id = row.Id,
            CustomerId = row.CustomerId,
            SignedAt = row.SignedAt,
            LastCollectionAt = row.LastCollectionAt,
            Iban = Expired("Iban") ? Erased(row.Iban) : row.Iban,
            Reference = Expired("Reference") ? Erased(row.Reference) : row.Reference,
            Segment = Expired("Segment") ? Erased(row.Segment) : row.Segment,
            SignedBy = Expired("SignedBy") ? Erased(row.SignedBy) : row.SignedBy,
        });

        static string? Erased(string? value) => value is null ? null : string.Empty;
    }

    private static string Snapshot(MandateRow row) => string.Join("|", row.Id, row.CustomerId, row.SignedAt, row.LastCollectionAt, row.Iban, row.Reference, row.Segment, row.SignedBy);

    private static List<MandateRow> Mandates(int count)
    {
        var random = new Random(20261130);
        string[] customers = Enumerable.Range(0, 40).Select(i => "C-" + (2000 + i)).ToArray();
        return Enumerable.Range(1, count).Select(i =>
        {
            Instant signed = Now - Duration.FromSeconds(random.NextInt64(0, 365L * 12 * 86400));
            Instant? last = random.Next(3) == 0 ? null : signed + Duration.FromSeconds(random.NextInt64(0, Math.Max(1, (Now - signed).BclCompatibleTicks / TimeSpan.TicksPerSecond)));
            return new MandateRow
            {
                Id = i,
                CustomerId = customers[random.Next(customers.Length)],
                SignedAt = signed,
                LastCollectionAt = last,
                Iban = "NL91ABNA04171643" + random.Next(10, 99),
                Reference = "MND-" + i,
                Segment = random.Next(4) == 0 ? null : "segment-" + random.Next(5),
                SignedBy = "Signer " + i,
            };
        }).ToList();
    }

    private async Task SeedMandatesAsync(IEnumerable<MandateRow> rows)
    {
        await using CallsContext context = Context();
        await context.Database.EnsureCreatedAsync();
        context.Mandates.AddRange(rows);
        await context.SaveChangesAsync();
    }

    private async Task<Dictionary<long, MandateRow>> LoadMandatesAsync()
    {
        await using CallsContext context = Context();
        return await context.Mandates.AsNoTracking().ToDictionaryAsync(row => row.Id);
    }

    private static string Snapshot(HouseholdRow row) => string.Join("|", row.Id, row.CustomerId, row.Address?.Street, row.Address?.City, row.PhoneNumber);

    private async Task<InvoiceRow> LoadInvoiceAsync(long id)
    {
        await using CallsContext context = Context();
        return await context.Invoices.AsNoTracking().SingleAsync(row => row.Id == id);
    }

    private static string Snapshot(CallRow row) => string.Join("|", row.Id, row.CustomerId, row.CallStart, row.CalledNumber, row.CallingNumber, row.Imsi, row.DurationSeconds);

    private static object? Value(CallRow row, string member) => member switch
    {
        "CustomerId" => row.CustomerId,
        "CalledNumber" => row.CalledNumber,
        "CallingNumber" => row.CallingNumber,
        "Imsi" => row.Imsi,
        "DurationSeconds" => row.DurationSeconds,
        _ => row.CallStart,
    };

    private static bool IsErased(object? value) => value is null or "" or 0 || (value is Instant instant && instant == default);

    private static List<CallRow> Rows(int count)
    {
        var random = new Random(48151623);
        string[] customers = Enumerable.Range(0, 200).Select(i => "C-" + (1000 + i)).ToArray();
        Instant oldest = Now - Duration.FromDays(365 * 9);
        return Enumerable.Range(1, count).Select(i => new CallRow
        {
            Id = i,
            CustomerId = customers[random.Next(customers.Length)],
            CallStart = oldest + Duration.FromSeconds(random.NextInt64(0, 365L * 9 * 86400)),
            CalledNumber = "06" + random.Next(10_000_000, 99_999_999),
            CallingNumber = random.Next(10) == 0 ? null : "06" + random.Next(10_000_000, 99_999_999),
            Imsi = "20408" + random.NextInt64(1_000_000_000, 9_999_999_999),
            DurationSeconds = random.Next(0, 3600),
        }).ToList();
    }

    /// <summary>
    /// Every combination of the two consent records: the sweep erases what rests on a withheld consent alone, and
    /// deletes the row when both are withheld, as EvaluateRetention decides for each row (GDPR art. 6(1)(a), 7(3)).
    /// </summary>
    protected async Task AConsentThatSaysNoErasesWhatRestsOnItAloneAsync()
    {
        IPrivacyPolicy policy = Policy();
        var since = Instant.FromUtc(2026, 6, 1, 0, 0); // every period still runs: only consent decides
        bool?[] offers = [true, false, null];
        DateTimeOffset?[] help = [new DateTimeOffset(2026, 6, 2, 0, 0, 0, TimeSpan.Zero), null];
        var original = new List<OfferRow>();
        foreach (bool? offer in offers)
        {
            foreach (DateTimeOffset? given in help)
            {
                original.Add(new OfferRow { Id = original.Count + 1, CustomerId = "C-" + original.Count, Since = since, OffersOptIn = offer, RemoteHelpConsentGiven = given, Interests = "zeilen", ScreenNotes = "router reset" });
            }
        }

        await SeedAsync([]);
        await using (CallsContext context = Context())
        {
            context.Offers.AddRange(original);
            await context.SaveChangesAsync();
        }

        RetentionSweepReport report;
        await using (CallsContext context = Context())
        {
            report = await context.SweepRetentionAsync<OfferRow>(policy, batchSize: 4);
        }

        Dictionary<long, OfferRow> after;
        await using (CallsContext context = Context())
        {
            after = await context.Offers.AsNoTracking().ToDictionaryAsync(row => row.Id);
        }

        foreach (OfferRow row in original)
        {
            RetentionDecision decision = policy.EvaluateRetention(row);
            Assert.Equal(decision.Action == RetentionAction.Delete, !after.ContainsKey(row.Id));
            if (after.TryGetValue(row.Id, out OfferRow? swept))
            {
                Assert.Equal(decision.ExpiredMembers.Contains("Interests") ? null : "zeilen", swept.Interests); // a column that takes null is erased to null
                Assert.Equal(decision.ExpiredMembers.Contains("ScreenNotes") ? null : "router reset", swept.ScreenNotes);
                Assert.Equal(row.CustomerId, swept.CustomerId);
            }
        }

        // Offers withheld in 4 rows, help in 3, both in 2 (deleted): 2 + 1 erased, 2 rows deleted.
        Assert.Equal(2, report.RowsDeleted);
        Assert.Equal(2, report.MembersErased["Interests"]);
        Assert.Equal(1, report.MembersErased["ScreenNotes"]);
    }

    /// <summary>
    /// A member counted from the withdrawal (one day) is kept within the day after it and erased from then on, and an
    /// empty withdrawal instant fails closed, as EvaluateRetention decides for each row (GDPR art. 7(3), 17(1)(b)).
    /// </summary>
    protected async Task AMemberCountedFromTheWithdrawalIsKeptItsPeriodAfterItAsync()
    {
        var since = Instant.FromUtc(2026, 6, 1, 0, 0); // every other period still runs: consent and the withdrawal decide
        Instant?[] withdrawn = [Now - Duration.FromHours(23), Now - Duration.FromDays(1), Now - Duration.FromDays(3), null];
        var original = new List<OfferRow>();
        foreach (Instant? at in withdrawn)
        {
            foreach (DateTimeOffset? help in new DateTimeOffset?[] { new DateTimeOffset(2026, 6, 2, 0, 0, 0, TimeSpan.Zero), null })
            {
                original.Add(new OfferRow { Id = original.Count + 1, CustomerId = "C-" + original.Count, Since = since, OffersOptIn = false, OffersWithdrawn = at, RemoteHelpConsentGiven = help, Interests = "zeilen", ScreenNotes = "router reset", OfferNote = "belt liever niet" });
            }
        }

        await SeedAsync([]);
        await using (CallsContext context = Context())
        {
            context.Offers.AddRange(original);
            await context.SaveChangesAsync();
        }

        IPrivacyPolicy policy = Policy();
        await using (CallsContext context = Context())
        {
            await context.SweepRetentionAsync<OfferRow>(policy, batchSize: 3);
        }

        Dictionary<long, OfferRow> after;
        await using (CallsContext context = Context())
        {
            after = await context.Offers.AsNoTracking().ToDictionaryAsync(row => row.Id);
        }

        foreach (OfferRow row in original)
        {
            RetentionDecision decision = policy.EvaluateRetention(row);
            Assert.Equal(decision.Action == RetentionAction.Delete, !after.ContainsKey(row.Id));
            if (after.TryGetValue(row.Id, out OfferRow? swept))
            {
                Assert.Equal(decision.ExpiredMembers.Contains("OfferNote") ? null : "belt liever niet", swept.OfferNote);
                Assert.Equal(decision.ExpiredMembers.Contains("Interests") ? null : "zeilen", swept.Interests);
            }
        }

        // Not vacuous: only the two rows withdrawn 23 hours ago keep the note; rows without help consent and a note due go.
        Assert.Equal([1L, 2L], after.Values.Where(row => row.OfferNote is not null).Select(row => row.Id).Order());
        Assert.Equal([1L, 2L, 3L, 5L, 7L], after.Keys.Order());
    }

    private IPrivacyPolicy Policy() => Policy(Now);

    private IPrivacyPolicy Policy(Instant now, Action<PrivacyPolicyOptions>? configure = null)
        => new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(now))
            .AddPrivacyPolicy(configure)
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();

    private CallsContext Context(Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor? interceptor = null)
    {
        DbContextOptionsBuilder<CallsContext> options = Options();
        if (interceptor is not null)
        {
            options.AddInterceptors(interceptor);
        }

        return new CallsContext(options.Options);
    }

    /// <summary>Cancels the sweep once a number of update and delete statements have run, as a crash would stop it.</summary>
    private sealed class CancelAfterStatements(CancellationTokenSource cancel, int statements, string? containing = null) : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public int Executed { get; private set; }

        public override ValueTask<int> NonQueryExecutedAsync(System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if ((containing is null || command.CommandText.Contains(containing, StringComparison.Ordinal)) && ++Executed == statements)
            {
                cancel.Cancel();
            }

            return ValueTask.FromResult(result);
        }
    }

    private async Task SeedAsync(IEnumerable<CallRow> rows)
    {
        await using CallsContext context = Context();
        await context.Database.EnsureCreatedAsync();
        context.Calls.AddRange(rows);
        await context.SaveChangesAsync();
    }

    private async Task<Dictionary<long, CallRow>> LoadAsync()
    {
        await using CallsContext context = Context();
        return await context.Calls.AsNoTracking().ToDictionaryAsync(row => row.Id);
    }
}
