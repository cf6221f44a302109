using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>The sweep suite on PostgreSQL, in a database of its own per test.</summary>
public sealed class PostgresSweepTests : SweepSuite
{
    private readonly string _connection;

    public PostgresSweepTests()
    {
        string server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.ConnectionVariable} is not set, and this run requires PostgreSQL.");
        _connection = new NpgsqlConnectionStringBuilder(server) { Database = $"privacy_sweep_{Guid.NewGuid():N}" }.ConnectionString;
    }

    [PostgresFact]
    public Task Erasing_a_subject_keeps_contract_data_of_records_whose_anchor_is_still_empty() => ErasingASubjectKeepsContractDataOfRecordsWhoseAnchorIsStillEmptyAsync();

    [PostgresFact]
    public Task A_member_others_count_from_is_swept_only_with_its_row() => AMemberOthersCountFromIsSweptOnlyWithItsRowAsync();

    [PostgresFact]
    public Task A_mandate_sweep_compares_each_member_with_its_own_column_and_spares_what_is_in_use() => AMandateSweepComparesEachMemberWithItsOwnColumnAndSparesWhatIsInUseAsync();

    [PostgresFact]
    public Task A_mandate_sweep_cut_off_leaves_each_batch_untouched_or_done_and_the_next_finishes() => AMandateSweepCutOffLeavesEachBatchUntouchedOrDoneAndTheNextFinishesAsync();

    [PostgresFact]
    public Task Erasing_a_subject_keeps_what_an_open_mandate_needs_and_says_why() => ErasingASubjectKeepsWhatAnOpenMandateNeedsAndSaysWhyAsync();

    [PostgresFact]
    public Task A_sweep_matches_the_in_memory_engine_row_for_row() => SweepMatchesTheInMemoryEngineRowForRowAsync();

    [PostgresFact]
    public Task A_sweep_of_the_context_sweeps_every_type_as_each_alone() => ASweepOfTheContextSweepsEveryTypeAsEachAloneAsync();

    [PostgresFact]
    public Task A_sweep_of_a_context_with_a_type_it_cannot_reach_changes_nothing() => ASweepOfAContextWithATypeItCannotReachChangesNothingAsync();

    [PostgresFact]
    public Task A_consent_that_says_no_erases_what_rests_on_it_alone() => AConsentThatSaysNoErasesWhatRestsOnItAloneAsync();

    [PostgresFact]
    public Task A_member_counted_from_the_withdrawal_is_kept_its_period_after_it() => AMemberCountedFromTheWithdrawalIsKeptItsPeriodAfterItAsync();

    [PostgresFact]
    public Task A_second_sweep_changes_nothing_and_a_sweep_cut_off_is_finished_by_the_next() => SecondSweepChangesNothingAndCutOffSweepIsFinishedAsync();

    [PostgresFact]
    public Task Rows_without_an_anchor_are_kept() => RowsWithoutAnAnchorAreKeptAsync();

    [PostgresFact]
    public Task Erasing_a_subject_matches_the_in_memory_erasure() => SubjectErasureMatchesTheInMemoryErasureAsync();

    [PostgresFact]
    public Task An_anchor_is_kept_while_anything_is_counted_from_it() => AnAnchorIsKeptWhileAnythingIsCountedFromItAsync();

    [PostgresFact]
    public Task A_subject_id_a_legal_obligation_holds_is_kept() => ASubjectIdALegalObligationHoldsIsKeptAsync();

    [PostgresFact]
    public Task A_subject_id_of_the_wrong_type_is_refused_without_showing_it() => ASubjectIdOfTheWrongTypeIsRefusedWithoutShowingItAsync();

    [PostgresFact]
    public Task A_sweep_never_erases_before_the_engine_across_the_autumn_hour() => ASweepNeverErasesBeforeTheEngineAcrossTheAutumnHourAsync();

    [PostgresFact]
    public Task Erasing_a_subject_erases_what_identity_user_holds() => ErasingASubjectErasesWhatIdentityUserHoldsAsync();

    [PostgresFact]
    public Task The_readme_quick_start_type_is_deleted_after_seven_years() => TheReadmeQuickStartTypeIsDeletedAfterSevenYearsAsync();

    [PostgresFact]
    public Task The_subject_id_is_never_erased_on_its_own_even_with_a_short_identity_default() => TheReadmeQuickStartTypeIsDeletedAfterSevenYearsAsync(identityDefault: "P1Y");

    [PostgresFact]
    public Task Reports_count_values_erased_not_members() => ReportsCountValuesErasedNotMembersAsync();

    [PostgresFact]
    public Task A_unique_nullable_column_is_erased_to_null_for_every_subject() => AUniqueNullableColumnIsErasedToNullForEverySubjectAsync();

    [PostgresFact]
    public Task A_subject_id_that_is_the_primary_key_is_never_rewritten() => ASubjectIdThatIsThePrimaryKeyIsNeverRewrittenAsync();

    [PostgresFact]
    public Task A_unique_required_column_gets_a_distinct_marker_per_row() => AUniqueRequiredColumnGetsADistinctMarkerPerRowAsync();

    [PostgresFact]
    public Task An_owned_type_is_erased_in_the_database_and_reported() => AnOwnedTypeIsErasedInTheDatabaseAndReportedAsync();

    [PostgresFact]
    public Task A_cancelled_erasure_leaves_every_row_untouched() => ACancelledErasureLeavesEveryRowUntouchedAsync();

    [PostgresFact]
    public Task An_erasure_joins_the_callers_transaction() => AnErasureJoinsTheCallersTransactionAsync();

    [PostgresFact]
    public Task A_row_another_table_refers_to_keeps_its_key_and_says_so() => ARowAnotherTableRefersToKeepsItsKeyAndSaysSoAsync();

    [PostgresFact]
    public Task Sparse_and_extreme_keys_are_swept_in_as_few_batches_as_rows_need() => SparseAndExtremeKeysAreSweptInFewBatchesAsync();

    [PostgresFact]
    public Task Each_batch_erases_its_expired_members_with_one_update() => EachBatchErasesWithOneUpdateAsync();

    [PostgresFact]
    public Task An_identity_like_user_is_swept_by_its_text_key_with_its_inherited_columns() => AnIdentityLikeUserIsSweptByItsTextKeyWithItsInheritedColumnsAsync();

    public override async Task DisposeAsync()
    {
        await using var context = new CallsContext(Options().Options);
        await context.Database.EnsureDeletedAsync();
    }

    protected override DbContextOptionsBuilder<CallsContext> Options()
        => new DbContextOptionsBuilder<CallsContext>().UseNpgsql(_connection);

    protected override async Task ResetAsync()
    {
        await using var context = new CallsContext(Options().Options);
        await context.Database.EnsureDeletedAsync();
    }
}
