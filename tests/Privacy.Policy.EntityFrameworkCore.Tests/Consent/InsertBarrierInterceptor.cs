using System;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>
/// Holds every insert into the consent ledger until <paramref name="writers"/> inserts are waiting: every writer has
/// passed the store's own sequence check, so only the table's key can refuse one.
/// </summary>
public sealed class InsertBarrierInterceptor(Barrier writers) : DbCommandInterceptor
{
    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(command, cancellationToken);
        return result;
    }

    private Task WaitAsync(DbCommand command, CancellationToken cancellationToken)
        => command.CommandText.Contains("INSERT INTO \"ConsentLedger\"", StringComparison.Ordinal)
            ? Task.Run(() => writers.SignalAndWait(TimeSpan.FromSeconds(30)), cancellationToken)
            : Task.CompletedTask;
}
