using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Npgsql;
using Privacy.Policy.EntityFrameworkCore.Tests.Requests;
using Privacy.Policy.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>docs/consent.md shows the database store's code word for word, and that code keeps the ledger across restarts.</summary>
public sealed class DocumentedConsentLedgerStoreTests
{
    [Fact]
    public void The_page_shows_the_database_store_examples_as_they_compile()
    {
        Dictionary<string, string> code = [];
        foreach (string file in new[] { Path.Combine("Consent", "DocumentedConsentLedgerStore.cs"), Path.Combine("Requests", "ServiceContext.cs") })
        {
            foreach ((string name, string text) in DocumentedBlocks.Read(File.ReadAllLines(RepositoryPaths.Combine("tests", "Privacy.Policy.EntityFrameworkCore.Tests", file)), @"^\s*// consent: (?<name>\S+)\s*$", @"^\s*// end consent\s*$"))
            {
                code[name] = text;
            }
        }

        Dictionary<string, string> page = DocumentedBlocks.Read(File.ReadAllLines(RepositoryPaths.Combine("docs", "consent.md")), @"^<!-- consent: (?<name>\S+) -->$", "^```$", skipFence: true);
        Assert.Equal(["ef-model", "ef-register"], code.Keys.Order());
        foreach ((string name, string text) in code)
        {
            Assert.True(page.TryGetValue(name, out string? shown), $"docs/consent.md has no block marked consent: {name}");
            Assert.Equal(text, shown);
        }
    }

    [PostgresFact]
    public async Task The_registered_store_keeps_the_ledger_across_restarts()
    {
        string server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL.");
        string connection = new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_documented_consent_{Guid.NewGuid():N}" }.ConnectionString;
        var clock = new FakeClock(Instant.FromUtc(2027, 3, 1, 9, 0));
        try
        {
            ConsentEntry given;
            await using (ServiceProvider first = DocumentedConsentLedgerStore.Register(new ServiceCollection().AddSingleton<IClock>(clock), connection).BuildServiceProvider())
            {
                await using (ServiceContext context = await first.GetRequiredService<IDbContextFactory<ServiceContext>>().CreateDbContextAsync())
                {
                    await context.Database.EnsureCreatedAsync();
                }

                Assert.IsType<EntityFrameworkConsentLedgerStore<ServiceContext>>(first.GetRequiredService<IConsentLedgerStore>());
                given = await first.GetRequiredService<ConsentLedger>().GiveAsync("C-100234", Purpose.Marketing, ConsentChannel.Portal, "marketing-2027-03");
            }

            clock.AdvanceHours(1);
            await using ServiceProvider second = DocumentedConsentLedgerStore.Register(new ServiceCollection().AddSingleton<IClock>(clock), connection).BuildServiceProvider();
            ConsentEntry evidence = await second.GetRequiredService<ConsentLedger>().RequireConsentAsync("C-100234", Purpose.Marketing);
            Assert.Equal((given.Id, "marketing-2027-03"), (evidence.Id, evidence.TextVersion));
            Assert.Single(await second.GetRequiredService<ConsentLedger>().HistoryAsync("C-100234", Purpose.Marketing));
        }
        finally
        {
            await using var context = new ServiceContext(new DbContextOptionsBuilder<ServiceContext>().UseNpgsql(connection).Options);
            await context.Database.EnsureDeletedAsync();
        }
    }
}
