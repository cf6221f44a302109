using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>What <see cref="SubjectRequestModelBuilderExtensions.AddSubjectRequests"/> maps, and a store over a context without it.</summary>
public sealed class SubjectRequestModelTests
{
    [Fact]
    public void The_tables_are_mapped_as_documented()
    {
        using var context = new RenamedContext(new DbContextOptionsBuilder<RenamedContext>().UseNpgsql("Host=localhost").Options);
        IEntityType request = context.Model.FindEntityType(typeof(SubjectRequest))!;
        IEntityType audit = context.Model.FindEntityType(typeof(SubjectRequestAuditEntry))!;

        Assert.Equal(("Requests", "privacy"), (request.GetTableName(), request.GetSchema()));
        Assert.Equal(("RequestSteps", "privacy"), (audit.GetTableName(), audit.GetSchema()));
        Assert.True(request.FindProperty(nameof(SubjectRequest.Version))!.IsConcurrencyToken);
        Assert.Contains(request.GetIndexes(), index => index.Properties.Select(property => property.Name).SequenceEqual([nameof(SubjectRequest.State), nameof(SubjectRequest.Deadline)]));
        Assert.Equal(["RequestId", "Sequence"], audit.FindPrimaryKey()!.Properties.Select(property => property.Name));
        foreach (string instant in new[] { nameof(SubjectRequest.ReceivedAt), nameof(SubjectRequest.FirstDeadline), nameof(SubjectRequest.Deadline), nameof(SubjectRequest.ClosedAt) })
        {
            Assert.Equal("bigint", request.FindProperty(instant)!.GetColumnType());
        }

        Assert.Equal("bigint", audit.FindProperty(nameof(SubjectRequestAuditEntry.At))!.GetColumnType());
        Assert.Null(request.FindProperty(nameof(SubjectRequest.IsOpen)));
    }

    [Fact]
    public async Task A_store_over_a_context_without_the_tables_refuses_naming_the_call()
    {
        var store = new EntityFrameworkSubjectRequestStore<CallsContext>(new CallsFactory());
        InvalidOperationException refused = await Assert.ThrowsAsync<InvalidOperationException>(() => store.FindAsync(Guid.NewGuid()).AsTask());
        Assert.Contains("AddSubjectRequests()", refused.Message, StringComparison.Ordinal);
    }

    private sealed class RenamedContext(DbContextOptions<RenamedContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddSubjectRequests("Requests", "RequestSteps", "privacy");
    }

    private sealed class CallsFactory : IDbContextFactory<CallsContext>
    {
        public CallsContext CreateDbContext() => new(new DbContextOptionsBuilder<CallsContext>().UseSqlite("Data Source=:memory:").Options);
    }
}
