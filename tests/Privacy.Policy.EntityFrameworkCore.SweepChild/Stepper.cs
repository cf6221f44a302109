using System;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Privacy.Policy.EntityFrameworkCore.SweepChild;

/// <summary>
/// Writes <c>step N</c> to standard output before and after every statement and around every commit; when stepping,
/// waits for a line on standard input before going on, so the test can kill the process exactly there.
/// </summary>
public sealed class Stepper(bool stepping)
{
    private int _steps;

    public int Steps => _steps;

    public void Step()
    {
        int step = Interlocked.Increment(ref _steps);
        if (!stepping)
        {
            return;
        }

        Console.Out.WriteLine($"step {step}");
        Console.Out.Flush();
        _ = Console.In.ReadLine();
    }
}

/// <summary>A step before and after each statement.</summary>
public sealed class StepCommands(Stepper stepper) : DbCommandInterceptor
{
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        stepper.Step();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        stepper.Step();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        stepper.Step();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        stepper.Step();
        return ValueTask.FromResult(result);
    }
}

/// <summary>A step just before and just after each commit.</summary>
public sealed class StepCommits(Stepper stepper) : DbTransactionInterceptor
{
    public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        stepper.Step();
        return ValueTask.FromResult(result);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        stepper.Step();
        return Task.CompletedTask;
    }
}
