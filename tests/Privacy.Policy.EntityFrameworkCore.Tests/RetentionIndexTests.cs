using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using NodaTime;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>The check a CI run makes of a model, with no database: every retention anchor a sweep reaches has an index it leads.</summary>
public sealed class RetentionIndexTests
{
    [Fact]
    public void An_anchor_no_index_leads_is_reported_by_type_and_member()
    {
        Assert.Equal(
            [typeof(CallRow).FullName + ".CallStart", typeof(MandateRow).FullName + ".SignedAt"],
            Model(callIndex: null, mandateIndex: null).FindUnindexedRetentionAnchors());

        // An index that holds the anchor behind another column does not let the database seek it.
        Assert.Equal(
            [typeof(CallRow).FullName + ".CallStart"],
            Model(callIndex: [nameof(CallRow.CustomerId), nameof(CallRow.CallStart)], mandateIndex: [nameof(MandateRow.SignedAt)]).FindUnindexedRetentionAnchors());
    }

    [Fact]
    public void An_anchor_an_index_leads_is_not_reported()
    {
        Assert.Empty(Model(callIndex: [nameof(CallRow.CallStart)], mandateIndex: [nameof(MandateRow.SignedAt), nameof(MandateRow.Id)]).FindUnindexedRetentionAnchors());
    }

    [Fact]
    public void A_context_s_own_model_is_checked_as_it_is()
    {
        using var context = new CallsAndMandatesContext(new DbContextOptionsBuilder<CallsAndMandatesContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.Equal([typeof(CallRow).FullName + ".CallStart", typeof(MandateRow).FullName + ".SignedAt"], context.Model.FindUnindexedRetentionAnchors());
    }

    private static IModel Model(string[]? callIndex, string[]? mandateIndex)
    {
        // The provider's conventions, to build a model with no context or database.
        ModelBuilder builder = SqliteConventionSetBuilder.CreateModelBuilder();
        builder.Entity<CallRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.Property(row => row.CallStart).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
            if (callIndex is not null)
            {
                entity.HasIndex(callIndex);
            }
        });
        builder.Entity<MandateRow>(entity =>
        {
            entity.HasKey(row => row.Id);
            entity.Property(row => row.SignedAt).HasConversion(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));
            entity.Property(row => row.LastCollectionAt).HasConversion(
                instant => instant.HasValue ? instant.Value.ToUnixTimeTicks() : (long?)null,
                ticks => ticks.HasValue ? Instant.FromUnixTimeTicks(ticks.Value) : null);
            if (mandateIndex is not null)
            {
                entity.HasIndex(mandateIndex);
            }
        });
        return (IModel)builder.FinalizeModel();
    }
}
