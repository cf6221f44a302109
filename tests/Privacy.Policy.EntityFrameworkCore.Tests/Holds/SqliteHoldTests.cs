using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Holds;

/// <summary>The holds suite on SQLite, in a file of its own per test.</summary>
public sealed class SqliteHoldTests : HoldSuite
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"privacy-holds-{Guid.NewGuid():N}.db");

    [Fact]
    public Task A_sweep_leaves_held_rows_with_an_int_key() => ASweepLeavesHeldRowsAsync(IntKey);

    [Fact]
    public Task A_sweep_leaves_held_rows_with_a_long_key_and_an_int_subject() => ASweepLeavesHeldRowsAsync(LongKey);

    [Fact]
    public Task An_erasure_leaves_held_rows_with_an_int_key() => AnErasureLeavesHeldRowsAsync(IntKey);

    [Fact]
    public Task An_erasure_leaves_held_rows_with_a_long_key_and_an_int_subject() => AnErasureLeavesHeldRowsAsync(LongKey);

    [Fact]
    public Task An_erasure_leaves_held_rows_with_a_guid_key_and_a_guid_subject() => AnErasureLeavesHeldRowsAsync(GuidKey);

    [Fact]
    public Task An_erasure_leaves_held_rows_with_a_string_key() => AnErasureLeavesHeldRowsAsync(StringKey);

    [Fact]
    public Task An_erasure_leaves_held_rows_with_a_composite_key() => AnErasureLeavesHeldRowsAsync(CompositeKey);

    [Fact]
    public Task A_composite_key_hold_names_one_row_however_its_parts_read() => ACompositeKeyHoldNamesOneRowAsync();

    [Fact]
    public Task Placing_and_lifting_are_audited_without_personal_data() => PlacingAndLiftingAreAuditedAsync();

    [Fact]
    public Task Every_writing_statement_checks_the_holds_itself() => EveryWritingStatementChecksTheHoldsAsync();

    [Fact]
    public Task A_hold_on_a_hierarchys_row_names_it_by_any_of_its_types() => AHoldOnAHierarchysRowNamesItByAnyOfItsTypesAsync();

    [Fact]
    public Task A_sweep_leaves_held_rows_with_a_guid_key_and_a_guid_subject() => ASweepLeavesHeldRowsAsync(GuidKey);

    [Fact]
    public Task A_sweep_leaves_held_rows_with_a_string_key() => ASweepLeavesHeldRowsAsync(StringKey);

    [Fact]
    public Task A_sweep_leaves_held_rows_with_a_composite_key() => ASweepLeavesHeldRowsAsync(CompositeKey);

    public override Task DisposeAsync()
    {
        SqliteTestFiles.Delete(_path);
        return Task.CompletedTask;
    }

    protected override DbContextOptionsBuilder<HoldsContext> Options()
        => new DbContextOptionsBuilder<HoldsContext>().UseSqlite($"Data Source={_path}");
}
