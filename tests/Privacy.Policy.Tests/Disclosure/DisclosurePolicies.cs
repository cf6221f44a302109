using System;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Tests.Redaction;

namespace Privacy.Policy.Tests.Disclosure;

/// <summary>The seed's recipients, and a policy that discloses to them at a fixed instant with a recording audit sink.</summary>
internal static class DisclosurePolicies
{
    public const string RepairService = "Reparatiedienst BV";
    public const string Carrier = "Pakketdienst BV";
    public const string FormerCarrier = "Oude Koerier BV";
    public const string TaxAuthority = "Belastingdienst";
    public const string Partner = "Alles Partner BV";

    /// <summary>29 November 2026, noon in Amsterdam.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 11, 0);

    public static void DeclareRecipients(PrivacyPolicyOptions options)
    {
        options.Recipients.Add(new RecipientDeclaration(RepairService, RecipientRole.Processor, Purpose.Support) { ProcessingAgreementUntil = new LocalDate(2027, 12, 31) });
        options.Recipients.Add(new RecipientDeclaration(Carrier, RecipientRole.Processor, Purpose.Shipping) { ProcessingAgreementUntil = new LocalDate(2027, 6, 30) });
        options.Recipients.Add(new RecipientDeclaration(FormerCarrier, RecipientRole.Processor, Purpose.Shipping) { ProcessingAgreementUntil = new LocalDate(2026, 6, 30) });
        options.Recipients.Add(new RecipientDeclaration(TaxAuthority, RecipientRole.Authority, Purpose.Bookkeeping));
        options.Recipients.Add(new RecipientDeclaration(Partner, RecipientRole.IndependentController, (Purpose)((1 << 9) - 1)));
    }

    public static (IPrivacyPolicy Policy, RecordingAuditSink Audit) Create(Instant? now = null)
    {
        var audit = new RecordingAuditSink();
        var services = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(now ?? Now))
            .AddSingleton<IDisclosureAuditSink>(audit)
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = TestRedactors.KeyId;
                options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
                DeclareRecipients(options);
            })
            .BuildServiceProvider();
        return (services.GetRequiredService<IPrivacyPolicy>(), audit);
    }
}
