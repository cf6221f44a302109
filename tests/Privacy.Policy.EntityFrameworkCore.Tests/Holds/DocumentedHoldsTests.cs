using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Holds;

/// <summary>docs/holds.md shows the code of <see cref="DocumentedHolds"/> word for word, and that code does what the page says.</summary>
public sealed class DocumentedHoldsTests : IAsyncLifetime
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"privacy-holds-docs-{Guid.NewGuid():N}.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteTestFiles.Delete(_path);
        return Task.CompletedTask;
    }

    [Fact]
    public void The_page_shows_each_example_as_it_compiles()
    {
        Dictionary<string, string> code = DocumentedBlocks.Read(File.ReadAllLines(RepositoryPaths.Combine("tests", "Privacy.Policy.EntityFrameworkCore.Tests", "Holds", "DocumentedHolds.cs")), @"^\s*// holds: (?<name>\S+)\s*$", @"^\s*// end holds\s*$");
        Dictionary<string, string> page = DocumentedBlocks.Read(File.ReadAllLines(RepositoryPaths.Combine("docs", "holds.md")), @"^<!-- holds: (?<name>\S+) -->$", "^```$", skipFence: true);
        Assert.Equal(["place", "service"], code.Keys.Order());
        foreach ((string name, string text) in code)
        {
            Assert.True(page.TryGetValue(name, out string? shown), $"docs/holds.md has no block marked holds: {name}");
            Assert.Equal(text, shown);
        }
    }

    [Fact]
    public async Task The_examples_keep_what_they_hold_and_the_service_finds_the_holds()
    {
        var clock = new FakeClock(Now);
        IPrivacyPolicy policy = new ServiceCollection().AddSingleton<IClock>(clock).AddPrivacyPolicy().BuildServiceProvider().GetRequiredService<IPrivacyPolicy>();
        var old = Now - Duration.FromDays(365 * 8);
        CallRow Call(long id, string customer) => new() { Id = id, CustomerId = customer, CallStart = old, CalledNumber = "0612345678", CallingNumber = "0201234567", Imsi = "204081234567890", DurationSeconds = 60 };
        await using (var context = new HoldsContext(new DbContextOptionsBuilder<HoldsContext>().UseSqlite($"Data Source={_path}").Options))
        {
            await context.Database.EnsureCreatedAsync();
            context.AddRange(Call(1, "C-1"), Call(2, "C-2"), Call(3, "C-3"));
            await context.SaveChangesAsync();

            var (sweep, erasure, lifted) = await DocumentedHolds.PlaceSweepEraseAndLiftAsync(context, policy, clock, new ListLogger(), callId: 1, customerId: "C-2");

            Assert.Equal(1, sweep.RowsDeleted);      // call 3: nothing holds it
            Assert.Equal(2, sweep.RowsHeld);         // call 1 by its record, call 2 by its subject
            Assert.Equal(1, erasure.RowsHeld);
            Assert.True(lifted);

            var holds = new ActiveHolds();
            await holds.RefreshAsync(context);
            IPrivacyPolicy withHolds = new ServiceCollection().AddSingleton<IClock>(clock).AddSingleton<IPrivacyHolds>(holds).AddPrivacyPolicy().BuildServiceProvider().GetRequiredService<IPrivacyPolicy>();
            Assert.Equal(RetentionAction.Keep, withHolds.EvaluateRetention(Call(1, "C-1")).Action);
            Assert.Equal(RetentionAction.Delete, withHolds.EvaluateRetention(Call(2, "C-2")).Action); // its hold was lifted
        }
    }
}
