using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Limits;

/// <summary>The register of restrictions and objections on SQLite, in a file of its own per test.</summary>
public sealed class SqliteSubjectProcessingLimitsTests : SubjectProcessingLimitsSuite
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"privacy-limits-{Guid.NewGuid():N}.db");

    [Fact]
    public Task A_restriction_outlives_the_instance_and_is_lifted() => ARestrictionOutlivesTheInstanceAndIsLiftedAsync();

    [Fact]
    public Task An_objection_and_its_grounds_outlive_the_instance() => AnObjectionAndItsGroundsOutliveTheInstanceAsync();

    [Fact]
    public Task An_objection_to_direct_marketing_takes_no_grounds() => AnObjectionToDirectMarketingTakesNoGroundsAsync();

    [Fact]
    public Task A_guid_is_one_subject_in_every_form() => AGuidIsOneSubjectInEveryFormAsync();

    [Fact]
    public Task Before_it_is_loaded_the_register_refuses_to_answer() => BeforeItIsLoadedTheRegisterRefusesToAnswerAsync();

    [Fact]
    public Task Disclose_honours_the_registered_database_register() => DiscloseHonoursTheRegisteredDatabaseRegisterAsync();

    public override Task DisposeAsync()
    {
        SqliteTestFiles.Delete(_path);
        return Task.CompletedTask;
    }

    protected override DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) => options.UseSqlite($"Data Source={_path}");
}
