using Microsoft.EntityFrameworkCore;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Limits;

/// <summary>A context with the restrictions and objections tables.</summary>
public sealed class LimitsContext(DbContextOptions<LimitsContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddSubjectProcessingLimits();
}
