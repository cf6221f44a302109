using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using Privacy.Policy;

namespace Telecom.Usage;

public sealed partial record CallRecord
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing)]
    public string CustomerId { get; init; } = "";

    [RetentionAnchor]
    [PersonalData(Category.Usage, Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public Instant CallStart { get; init; }

    [PersonalData(Category.Usage, Retention = "P2Y", Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public string CalledNumber { get; init; } = "";

    [NotPersonalData]
    public int TariffPlanId { get; init; }
}

/// <summary>Prints each log record's structured state, as a real provider would ship it.</summary>
public sealed class ConsoleStateProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new StateLogger();

    public void Dispose()
    {
    }

    private sealed class StateLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Console.WriteLine($"message={formatter(state, exception)}");
            if (state is IReadOnlyList<KeyValuePair<string, object?>> pairs)
            {
                foreach (KeyValuePair<string, object?> pair in pairs)
                {
                    Console.WriteLine($"log.{pair.Key}={pair.Value}");
                }
            }
        }
    }
}

public static partial class Program
{
    public static int Main()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(new ConsoleStateProvider()))
            .BuildServiceProvider();
        ILogger logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Calls");

        ServiceStarted(logger, 3);
        var call = new CallRecord { CustomerId = "C-42", CallStart = Instant.FromUtc(2026, 11, 29, 13, 37), CalledNumber = "06 12345678", TariffPlanId = 7 };
        CallEnded(logger, call);
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Service started with {Workers} workers")]
    private static partial void ServiceStarted(ILogger logger, int workers);

    // Logged as a plain parameter, the record is formatted with its generated ToString, which hides personal data.
    [LoggerMessage(Level = LogLevel.Information, Message = "Call ended: {Call}")]
    private static partial void CallEnded(ILogger logger, CallRecord call);
}
