using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Privacy.Policy;
using Privacy.Policy.Processing;

namespace Telecom.Repairs;

[ServiceArea("Bellen", "Calls")]
public sealed partial record Device
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.ServiceDelivery)]
    public string CustomerId { get; init; } = "";

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery | Purpose.Support, Format = DataFormat.Imei)]
    public string Imei { get; init; } = "";

    [PersonalData(Category.Contact, Purposes = Purpose.Shipping, Format = DataFormat.PostalAddress)]
    public string Address { get; init; } = "";

    [NotPersonalData]
    public string Model { get; init; } = "";
}

public sealed class AuditLog : IDisclosureAuditSink
{
    public List<DisclosureAuditRecord> Records { get; } = new();

    public void Record(DisclosureAuditRecord record) => Records.Add(record);
}

public static class Program
{
    public static int Main()
    {
        var audit = new AuditLog();
        IPrivacyPolicy policy = new ServiceCollection()
            .AddSingleton<IDisclosureAuditSink>(audit)
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = "2026-11";
                options.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
                options.Controller.Name = "Telecom BV";
                options.Recipients.Add(new RecipientDeclaration("Reparatiedienst BV", RecipientRole.Processor, Purpose.Support)
                {
                    ProcessingAgreementUntil = new LocalDate(2099, 12, 31),
                });
            })
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();

        var device = new Device { CustomerId = "C-42", Imei = "352099001761481", Address = "Kerkstraat 1, Amsterdam", Model = "Fairphone 5" };
        Device disclosed = policy.Disclose(device, "Reparatiedienst BV", Purpose.Support);
        Console.WriteLine($"disclosed.Imei={disclosed.Imei}");
        Console.WriteLine($"disclosed.Address=[{disclosed.Address}]");
        Console.WriteLine($"disclosed.CustomerId=[{disclosed.CustomerId}]");
        Console.WriteLine($"disclosed.Model={disclosed.Model}");

        try
        {
            policy.Disclose(device, "Reparatiedienst BV", Purpose.Marketing);
            Console.WriteLine("refused=no");
        }
        catch (DisclosureRefusedException refused)
        {
            Console.WriteLine($"refused={refused.Reason}: {refused.Message}");
        }

        foreach (DisclosureAuditRecord record in audit.Records)
        {
            Console.WriteLine($"audit={record.Allowed}|{record.Recipient}|{record.Purpose}|{string.Join(",", record.Members)}|{record.Subject}");
        }

        var options = new PrivacyPolicyOptions();
        options.Recipients.Add(new RecipientDeclaration("Reparatiedienst BV", RecipientRole.Processor, Purpose.Support) { ProcessingAgreementUntil = new LocalDate(2099, 12, 31) });
        string statement = PrivacyStatement.Create(PersonalDataCatalog.Loaded, options).ToMarkdown(StatementLanguage.English);
        Console.WriteLine(statement.Split('\n').First(line => line.Contains("device number (IMEI)", StringComparison.Ordinal)));
        return 0;
    }
}
