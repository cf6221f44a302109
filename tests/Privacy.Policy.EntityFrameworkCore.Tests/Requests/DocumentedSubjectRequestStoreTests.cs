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
using Privacy.Policy.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>docs/requests.md shows the database store's code word for word, and that code keeps requests across restarts.</summary>
public sealed class DocumentedSubjectRequestStoreTests
{
    [Fact]
    public void The_page_shows_the_database_store_examples_as_they_compile()
    {
        Dictionary<string, string> code = [];
        foreach (string file in new[] { "DocumentedSubjectRequestStore.cs", "DocumentedSubjectProcessingLimits.cs", "ServiceContext.cs" })
        {
            foreach ((string name, string text) in DocumentedBlocks.Read(File.ReadAllLines(RepositoryPaths.Combine("tests", "Privacy.Policy.EntityFrameworkCore.Tests", "Requests", file)), @"^\s*// requests: (?<name>\S+)\s*$", @"^\s*// end requests\s*$"))
            {
                code[name] = text;
            }
        }

        Dictionary<string, string> page = DocumentedBlocks.Read(File.ReadAllLines(RepositoryPaths.Combine("docs", "requests.md")), @"^<!-- requests: (?<name>\S+) -->$", "^```$", skipFence: true);
        Assert.Equal(["ef-limits-load", "ef-limits-model", "ef-limits-refresh", "ef-limits-register", "ef-model", "ef-register"], code.Keys.Order());
        foreach ((string name, string text) in code)
        {
            Assert.True(page.TryGetValue(name, out string? shown), $"docs/requests.md has no block marked requests: {name}");
            Assert.Equal(text, shown);
        }
    }

    [PostgresFact]
    public async Task The_registered_store_keeps_requests_across_restarts()
    {
        string server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL.");
        string connection = new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_documented_requests_{Guid.NewGuid():N}" }.ConnectionString;
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 30, 10, 0));
        Guid id;
        await using (ServiceProvider first = DocumentedSubjectRequestStore.Register(new ServiceCollection().AddSingleton<IClock>(clock), connection).BuildServiceProvider())
        {
            await using (ServiceContext context = await first.GetRequiredService<IDbContextFactory<ServiceContext>>().CreateDbContextAsync())
            {
                await context.Database.EnsureCreatedAsync();
            }

            Assert.IsType<EntityFrameworkSubjectRequestStore<ServiceContext>>(first.GetRequiredService<ISubjectRequestStore>());
            SubjectRequests requests = first.GetRequiredService<SubjectRequests>();
            SubjectRequest request = await requests.ReceiveAsync("C-100234", SubjectRequestKind.Access);
            await requests.VerifyIdentityAsync(request.Id, IdentityVerificationMethod.PortalSession);
            id = request.Id;
        }

        try
        {
            await using ServiceProvider second = DocumentedSubjectRequestStore.Register(new ServiceCollection().AddSingleton<IClock>(clock), connection).BuildServiceProvider();
            SubjectRequest restarted = (await second.GetRequiredService<SubjectRequests>().FindAsync(id))!;
            Assert.Equal(SubjectRequestState.IdentityVerified, restarted.State);
            Assert.Equal(2, restarted.Audit.Count);
        }
        finally
        {
            await using var context = new ServiceContext(new DbContextOptionsBuilder<ServiceContext>().UseNpgsql(connection).Options);
            await context.Database.EnsureDeletedAsync();
        }
    }

    [PostgresFact]
    public async Task The_registered_register_keeps_limits_across_restarts_and_answers_only_once_loaded()
    {
        string server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL.");
        string connection = new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_documented_limits_{Guid.NewGuid():N}" }.ConnectionString;
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 30, 10, 0));
        try
        {
            await using (ServiceProvider first = DocumentedSubjectProcessingLimits.Register(new ServiceCollection().AddSingleton<IClock>(clock), connection).BuildServiceProvider())
            {
                await using (ServiceContext context = await first.GetRequiredService<IDbContextFactory<ServiceContext>>().CreateDbContextAsync())
                {
                    await context.Database.EnsureCreatedAsync();
                }

                EntityFrameworkSubjectProcessingLimits<ServiceContext> limits = await DocumentedSubjectProcessingLimits.StartAsync(first, "C-100234", default);
                Assert.Same(limits, first.GetRequiredService<ISubjectProcessingLimits>());
                Assert.True(limits.IsRestricted("C-100234"));

                // The refresh loop reloads until it is stopped.
                using var stop = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(200));
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DocumentedSubjectProcessingLimits.RefreshAsync(limits, stop.Token));
            }

            await using ServiceProvider second = DocumentedSubjectProcessingLimits.Register(new ServiceCollection().AddSingleton<IClock>(clock), connection).BuildServiceProvider();
            ISubjectProcessingLimits restarted = second.GetRequiredService<ISubjectProcessingLimits>();
            Assert.Throws<InvalidOperationException>(() => restarted.IsRestricted("C-100234"));
            await second.GetRequiredService<EntityFrameworkSubjectProcessingLimits<ServiceContext>>().ReloadAsync();
            Assert.True(restarted.IsRestricted("C-100234"));
            Assert.True(restarted.HasObjected("C-100234", Purpose.Marketing));
        }
        finally
        {
            await using var context = new ServiceContext(new DbContextOptionsBuilder<ServiceContext>().UseNpgsql(connection).Options);
            await context.Database.EnsureDeletedAsync();
        }
    }
}
