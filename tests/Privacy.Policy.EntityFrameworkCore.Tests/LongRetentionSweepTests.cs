using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

#pragma warning disable PRIV015 // The fixture: Note takes its period from RetentionDefaults, which the test sets.
#pragma warning disable PRIV025 // The same: a category default counted from the anchor is what this test sweeps, not billing traffic data.

/// <summary>A contract whose anchor is a UTC <see cref="DateTime"/>, with a member whose period is a category default.</summary>
public partial class ContractRow
{
    [NotPersonalData("A row number.")]
    public long Id { get; set; }

    [RetentionAnchor]
    [NotPersonalData("When the contract ended; 9999-12-31 while it is open.")]
    public DateTime EndedAt { get; set; }

    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public string? Note { get; set; }
}

#pragma warning restore PRIV015
#pragma warning restore PRIV025

/// <summary>A context with contracts only.</summary>
public sealed class ContractsContext(DbContextOptions<ContractsContext> options) : DbContext(options)
{
    public DbSet<ContractRow> Contracts => Set<ContractRow>();
}

/// <summary>
/// Periods longer than the calendar reaches back, and open contracts' sentinel anchors: the sweep must answer, and
/// erase nothing that has not expired.
/// </summary>
public sealed class LongRetentionSweepTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"privacy-long-{Guid.NewGuid():N}.db");

    [Theory]
    [InlineData("P3000Y")] // the threshold is in year -974: no DateTime is that early
    [InlineData("P20000Y")] // longer than the calendar: no threshold at all
    [InlineData("P2147483647M")]
    public async Task A_period_longer_than_a_DateTime_column_reaches_back_sweeps_nothing(string period)
    {
        await using var context = new ContractsContext(new DbContextOptionsBuilder<ContractsContext>().UseSqlite($"Data Source={_path}").Options);
        await context.Database.EnsureCreatedAsync();
        context.Contracts.AddRange(
            new ContractRow { Id = 1, EndedAt = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc), Note = "first" },
            new ContractRow { Id = 2, EndedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), Note = "closed" },
            new ContractRow { Id = 3, EndedAt = DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc), Note = "open" });
        await context.SaveChangesAsync();
        IPrivacyPolicy policy = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 29, 12, 0)))
            .AddPrivacyPolicy(options => options.RetentionDefaults[Category.Usage] = period)
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();

        RetentionSweepReport report = await context.SweepRetentionAsync<ContractRow>(policy);

        Assert.Equal(0, report.RowsDeleted);
        Assert.All(report.MembersErased.Values, count => Assert.Equal(0, count));
        context.ChangeTracker.Clear();
        Assert.Equal(["first", "closed", "open"], context.Contracts.OrderBy(row => row.Id).Select(row => row.Note).ToList());
        Assert.All(context.Contracts.ToList(), row => Assert.Equal(RetentionAction.Keep, policy.EvaluateRetention(row).Action));
    }

    public void Dispose() => SqliteTestFiles.Delete(_path);
}
