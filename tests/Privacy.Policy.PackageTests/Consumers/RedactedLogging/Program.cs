using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using Privacy.Policy;
using Privacy.Policy.Logging;
using Privacy.Policy.Redaction;

namespace Telecom.Usage;

public sealed partial record CallRecord
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing, Redaction = RedactionKind.Pseudonymize)]
    public string CustomerId { get; init; } = "";

    [RetentionAnchor]
    [PersonalData(Category.Usage, Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public Instant CallStart { get; init; }

    [PersonalData(Category.Usage, Retention = "P2Y", Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public string CalledNumber { get; init; } = "";

    [NotPersonalData]
    public int TariffPlanId { get; init; }
}

/// <summary>Prints each log record's structured state (after redaction), as a real provider would ship it.</summary>
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
        var services = new ServiceCollection();
        services.AddPrivacyPolicy(options =>
        {
            options.Pseudonymization.KeyId = "2026-11";
            options.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        });
        services.AddRedaction(redaction => redaction.SetPrivacyPolicyRedactors());
        services.AddLogging(logging =>
        {
            logging.EnableRedaction(options => options.ApplyDiscriminator = false);
            logging.AddProvider(new ConsoleStateProvider());
        });
        using ServiceProvider provider = services.BuildServiceProvider();
        ILogger logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Calls");

        ServiceStarted(logger, 3);
        var call = new CallRecord { CustomerId = "C-42", CallStart = Instant.FromUtc(2026, 11, 29, 13, 37), CalledNumber = "06 12345678", TariffPlanId = 7 };
        CallEnded(logger, call);
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Service started with {Workers} workers")]
    private static partial void ServiceStarted(ILogger logger, int workers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Call ended")]
    private static partial void CallEnded(ILogger logger, [TagProvider(typeof(PersonalDataTagProvider<CallRecord>), nameof(PersonalDataTagProvider<CallRecord>.RecordTags))] CallRecord call);
}
