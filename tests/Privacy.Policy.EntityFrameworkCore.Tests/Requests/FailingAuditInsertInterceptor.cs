using System;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>
/// Fails every statement that inserts into the audit table: the process dying after the request row was updated and
/// before its audit row was written.
/// </summary>
public sealed class FailingAuditInsertInterceptor : DbCommandInterceptor
{
    public int Failures { get; private set; }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        => Fails(command) ? throw Crash() : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        => Fails(command) ? throw Crash() : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);

    private static bool Fails(DbCommand command) => command.CommandText.Contains("INSERT INTO \"SubjectRequestAudit\"", StringComparison.Ordinal);

    private InvalidOperationException Crash()
    {
        Failures++;
        return new InvalidOperationException("The process died while answering, as the test asks.");
    }
}
