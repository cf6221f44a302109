using System;
using System.Linq;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
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

    [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.PhoneNumber)]
    public string CalledNumber { get; init; } = "";

    [NotPersonalData]
    public int TariffPlanId { get; init; }
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
            logging.AddFakeLogging();
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        var call = new CallRecord { CustomerId = "C-42", CallStart = Instant.FromUtc(2026, 11, 29, 13, 37), CalledNumber = "06 12345678", TariffPlanId = 7 };
        CallRecord redacted = provider.GetRequiredService<IPrivacyPolicy>().Redact(call);

        Console.WriteLine("redacted.CalledNumber=" + redacted.CalledNumber);
        Console.WriteLine("redacted.CustomerId=" + redacted.CustomerId);
        Console.WriteLine("redacted.CallStart=" + redacted.CallStart);
        Console.WriteLine("ToString=" + call);
        Console.WriteLine("Descriptor=" + string.Join(",", CallRecord.Descriptor.Members.Select(member => $"{member.Name}:{member.Redaction}")));

        CallEnded(provider.GetRequiredService<ILoggerFactory>().CreateLogger("Calls"), call);
        foreach (var pair in provider.GetFakeLogCollector().LatestRecord.StructuredState!)
        {
            Console.WriteLine($"log.{pair.Key}={pair.Value}");
        }

        return 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Call ended")]
    private static partial void CallEnded(ILogger logger, [TagProvider(typeof(PersonalDataTagProvider<CallRecord>), nameof(PersonalDataTagProvider<CallRecord>.RecordTags))] CallRecord call);
}
