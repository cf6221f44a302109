using System.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>What <c>AddConsentLedger</c> and <c>AddSubjectProcessingLimits</c> map, with the names and schema given.</summary>
public sealed class StoreModelTests
{
    [Fact]
    public void The_consent_and_limits_tables_are_mapped_as_documented()
    {
        using var context = new RenamedContext(new DbContextOptionsBuilder<RenamedContext>().UseNpgsql("Host=localhost").Options);
        IEntityType ledger = context.Model.FindEntityType(typeof(ConsentEntry))!;
        IEntityType restrictions = context.Model.FindEntityType(typeof(SubjectRestrictionRow))!;
        IEntityType objections = context.Model.FindEntityType(typeof(SubjectObjectionRow))!;

        Assert.Equal(("Consents", "privacy"), (ledger.GetTableName(), ledger.GetSchema()));
        Assert.Equal(("Restrictions", "privacy"), (restrictions.GetTableName(), restrictions.GetSchema()));
        Assert.Equal(("Objections", "privacy"), (objections.GetTableName(), objections.GetSchema()));
        Assert.Equal([nameof(ConsentEntry.SubjectId), nameof(ConsentEntry.Purpose), nameof(ConsentEntry.Sequence)], ledger.FindPrimaryKey()!.Properties.Select(property => property.Name));
        Assert.Contains(ledger.GetIndexes(), index => index.IsUnique && index.Properties.Single().Name == nameof(ConsentEntry.Id));
        Assert.Equal("bigint", ledger.FindProperty(nameof(ConsentEntry.At))!.GetColumnType());
        Assert.Equal("integer", ledger.FindProperty(nameof(ConsentEntry.Purpose))!.GetColumnType());
        Assert.Equal([nameof(SubjectObjectionRow.SubjectId), nameof(SubjectObjectionRow.Purpose)], objections.FindPrimaryKey()!.Properties.Select(property => property.Name));
        Assert.Equal([nameof(SubjectRestrictionRow.SubjectId)], restrictions.FindPrimaryKey()!.Properties.Select(property => property.Name));
    }

    private sealed class RenamedContext(DbContextOptions<RenamedContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
            => modelBuilder.AddConsentLedger("Consents", "privacy").AddSubjectProcessingLimits("Restrictions", "Objections", "privacy");
    }
}
