using System;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>
/// Lets the first statement that erases call records (changes rows of the calls table) run, then fails: the process dying in the middle of an erasure,
/// after the database changed rows and before the erasure's transaction was committed.
/// </summary>
public sealed class FailingAfterErasureWriteInterceptor : DbCommandInterceptor
{
    public int Failures { get; private set; }

    public int RowsWrittenBeforeTheCrash { get; private set; }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Failures == 0 && result > 0 && Erases(command))
        {
            Failures++;
            RowsWrittenBeforeTheCrash = result;
            throw new InvalidOperationException("The process died in the middle of the erasure, as the test asks.");
        }

        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }

    private static bool Erases(DbCommand command)
    {
        string sql = command.CommandText.TrimStart();
        return (sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase))
            && sql.Contains("\"Calls\"", StringComparison.Ordinal);
    }
}
