using System;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Matrix;

/// <summary>Fails every statement whose SQL names <paramref name="column"/>: a failure part-way through an erasure.</summary>
public sealed class FailingStatementInterceptor(string column) : DbCommandInterceptor
{
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        => command.CommandText.Contains(column, StringComparison.Ordinal)
            ? throw new InvalidOperationException($"A statement on {column} failed, as the test asks.")
            : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
}
