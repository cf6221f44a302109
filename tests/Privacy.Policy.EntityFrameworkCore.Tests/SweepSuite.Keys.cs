using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

// Keyset batches over any key, one UPDATE per batch, and what erased columns become.
public abstract partial class SweepSuite
{
    /// <summary>
    /// Snowflake-sparse keys (1 and 5·10¹²) and keys at <see cref="long.MaxValue"/> are swept in as many batches as
    /// there are rows to a batch: batches walk the keys that exist, not the numeric range (which took hours of empty
    /// batches, or overflowed and never reached the last keys). Bounded by a timeout, so the old walk fails, not hangs.
    /// </summary>
    protected async Task SparseAndExtremeKeysAreSweptInFewBatchesAsync()
    {
        Instant old = Now - Duration.FromDays(365 * 8);
        long[] keys = [1, 5_000_000_000_000, long.MaxValue - 1, long.MaxValue];
        await SeedAsync(keys.Select(id => new CallRow { Id = id, CustomerId = "C-1", CallStart = old, CalledNumber = "0201234567", Imsi = "204081234567890", DurationSeconds = 60 }));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        RetentionSweepReport whole, pairs;
        await using (CallsContext context = Context())
        {
            whole = await context.SweepRetentionAsync<CallRow>(Policy(), cancellationToken: timeout.Token);
        }

        Assert.Equal(1, whole.Batches);
        Assert.Equal(4, whole.RowsDeleted);
        Assert.Empty(await LoadAsync());

        await SeedAsync(keys.Select(id => new CallRow { Id = id, CustomerId = "C-1", CallStart = old, CalledNumber = "0201234567" }));
        await using (CallsContext context = Context())
        {
            pairs = await context.SweepRetentionAsync<CallRow>(Policy(), batchSize: 2, cancellationToken: timeout.Token);
        }

        Assert.Equal(2, pairs.Batches);
        Assert.Equal(4, pairs.RowsDeleted);
        Assert.Empty(await LoadAsync());
    }

    /// <summary>
    /// Every member that expires in a batch is erased by one UPDATE per batch, a CASE per column, so a row whose
    /// members expire together is written once; the sweep still matches the in-memory engine (that test runs the same
    /// data), and the counts per member are those of the values erased.
    /// </summary>
    protected async Task EachBatchErasesWithOneUpdateAsync()
    {
        IPrivacyPolicy policy = Policy();
        List<CallRow> original = Rows(3000);
        await SeedAsync(original);

        var statements = new StatementLog();
        RetentionSweepReport report;
        await using (CallsContext context = Context(statements))
        {
            report = await context.SweepRetentionAsync<CallRow>(policy, batchSize: 700);
        }

        List<string> updates = statements.Texts.Where(text => text.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(5, report.Batches);
        Assert.InRange(updates.Count, 1, report.Batches);
        Assert.All(updates, text => Assert.Contains("CASE", text, StringComparison.OrdinalIgnoreCase));

        Dictionary<long, CallRow> after = await LoadAsync();
        var erased = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (CallRow row in original.Where(row => after.ContainsKey(row.Id)))
        {
            foreach (string member in policy.EvaluateRetention(row).ExpiredMembers)
            {
                if (!IsErased(Value(row, member)))
                {
                    Assert.True(IsErased(Value(after[row.Id], member)), $"row {row.Id}: {member} expired but was not erased");
                    erased[member] = erased.GetValueOrDefault(member) + 1;
                }
            }
        }

        Assert.Equal(erased.OrderBy(pair => pair.Key, StringComparer.Ordinal), report.MembersErased.Where(pair => pair.Value > 0).OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    /// <summary>
    /// An IdentityUser-like entity (string key, members nobody classified inherited from its base) is swept in
    /// keyset batches over its text keys: expired members are erased as the engine decides, the inherited columns go
    /// with them (fail closed: nothing proves a period that keeps them), a unique nullable column becomes NULL in every
    /// erased row and a unique required one a distinct marker per row (two empty texts would break the index), and the
    /// row whose every period ran out is deleted. A subject erasure of the same entity erases the rest.
    /// </summary>
    protected async Task AnIdentityLikeUserIsSweptByItsTextKeyWithItsInheritedColumnsAsync()
    {
        IPrivacyPolicy policy = Policy();
        SiteUserRow User(string id, int n, Instant lastLogin) => new()
        {
            Id = id,
            CustomerNumber = $"K-{n}",
            LastLoginAt = lastLogin,
            DisplayName = $"Klant {n}",
            Nickname = $"nick-{n}",
            Email = $"klant{n}@example.nl",
            UserName = $"klant{n}",
            PhoneNumber = "0612345678",
        };
        List<SiteUserRow> original =
        [
            User("b7", 1, Now - Duration.FromDays(540)),
            User("a3", 2, Now - Duration.FromDays(540)),
            User("zz-9", 3, Now - Duration.FromDays(100)),
            User("m", 4, Now - Duration.FromDays(3 * 365)),
            User("a30", 5, Now - Duration.FromDays(600)),
        ];
        await using (CallsContext context = Context())
        {
            await context.Database.EnsureCreatedAsync();
            context.SiteUsers.AddRange(original);
            await context.SaveChangesAsync();
        }

        RetentionSweepReport report, again;
        await using (CallsContext context = Context())
        {
            report = await context.SweepRetentionAsync<SiteUserRow>(policy, batchSize: 2);
            again = await context.SweepRetentionAsync<SiteUserRow>(policy, batchSize: 2);
        }

        Dictionary<string, SiteUserRow> after = await LoadSiteUsersAsync();
        Assert.Equal(3, report.Batches);
        Assert.Equal(["a3", "a30", "b7", "zz-9"], after.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, report.RowsDeleted);
        foreach (SiteUserRow row in original.Where(row => after.ContainsKey(row.Id)))
        {
            SiteUserRow swept = after[row.Id];
            bool expired = policy.EvaluateRetention(row).ExpiredMembers.Contains(nameof(SiteUserRow.DisplayName));
            Assert.Equal(expired, policy.EvaluateRetention(row).ExpiredMembers.Contains(nameof(SiteUserRow.Nickname)));
            Assert.Equal(row.CustomerNumber, swept.CustomerNumber);
            Assert.Equal(row.LastLoginAt, swept.LastLoginAt);
            if (!expired)
            {
                Assert.Equal(Snapshot(row), Snapshot(swept));
                continue;
            }

            Assert.Null(swept.DisplayName);
            Assert.Null(swept.Email); // inherited, unclassified, unique and nullable: NULL in each erased row
            Assert.Null(swept.PhoneNumber);
            Assert.Matches("^erased-[0-9a-f]{32}$", swept.Nickname); // unique and required: a random marker per row
            Assert.Matches("^erased-[0-9a-f]{32}$", swept.UserName);
        }

        List<SiteUserRow> erasedRows = after.Values.Where(row => row.DisplayName is null).ToList();
        Assert.Equal(3, erasedRows.Count);
        Assert.Equal(3, erasedRows.Select(row => row.Nickname).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(3, report.MembersErased["DisplayName"]);
        Assert.Equal(3, report.MembersErased["Nickname"]);
        Assert.Equal(3, report.MembersErased["Email"]);
        Assert.Equal(3, report.MembersErased["UserName"]);
        Assert.All(again.MembersErased.Values, count => Assert.Equal(0, count));
        Assert.Equal(0, again.RowsDeleted);

        SubjectErasureReport erasure;
        await using (CallsContext context = Context())
        {
            erasure = await context.EraseSubjectAsync<SiteUserRow>(policy, "K-3");
        }

        SiteUserRow subject = (await LoadSiteUsersAsync())["zz-9"];
        Assert.Null(subject.DisplayName);
        Assert.Null(subject.Email);
        Assert.NotEqual("nick-3", subject.Nickname);
        Assert.NotEqual("klant3", subject.UserName);
        Assert.Equal(1, erasure.MembersErased["Email"]);
    }

    private static string Snapshot(SiteUserRow row) => string.Join("|", row.Id, row.CustomerNumber, row.LastLoginAt, row.DisplayName, row.Nickname, row.Email, row.UserName, row.PhoneNumber);

    private async Task<Dictionary<string, SiteUserRow>> LoadSiteUsersAsync()
    {
        await using CallsContext context = Context();
        return await context.SiteUsers.AsNoTracking().ToDictionaryAsync(row => row.Id, StringComparer.Ordinal);
    }

    /// <summary>Records the text of every writing statement.</summary>
    private sealed class StatementLog : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
