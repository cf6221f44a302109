using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Privacy.Policy.EntityFrameworkCore;

// Two sweeps of one table at once: one batch at a time.
public static partial class PrivacyPolicyDbContextExtensions
{
    /// <summary>
    /// The first key of the sweep's PostgreSQL advisory lock (<c>pg_advisory_xact_lock(int, int)</c>): "PPSW"; the
    /// second is the swept table's oid.
    /// </summary>
    internal const int SweepLockSpace = 0x50505357;

    /// <summary>
    /// Serialises the batches of sweeps of the same table, in the batch's transaction, before it reads or writes a row:
    /// on PostgreSQL, <c>pg_advisory_xact_lock</c> keyed on the table, released at commit or rollback (or when a killed
    /// process's connection goes), so a second sweep's batch waits for the first's to commit and then counts only what
    /// is still left to do (each statement of a batch sees what committed before it, in READ COMMITTED). Taken first in
    /// every batch, it is the only lock two sweeps wait on for each other, so they cannot deadlock. SQLite needs none:
    /// the batch's transaction begins with <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default), which takes the
    /// database's write lock at once, and a second writer waits for it (the busy timeout: the command timeout).
    /// </summary>
    private static Task EnterSweepLockAsync(DbContext context, IEntityType entity, CancellationToken cancellationToken)
    {
        if (context.Database.ProviderName != PostgresProvider || entity.GetTableName() is not { } table)
        {
            return Task.CompletedTask;
        }

        string qualified = context.GetService<ISqlGenerationHelper>().DelimitIdentifier(table, entity.GetSchema());

        // oid to int keeps all 32 bits (those past int.MaxValue as negative numbers): one key per table.
        return context.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0}, to_regclass({1})::oid::int)", [SweepLockSpace, qualified], cancellationToken);
    }
}
