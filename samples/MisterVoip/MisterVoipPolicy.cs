using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Privacy.Policy;
using Privacy.Policy.Processing;
using Privacy.Policy.Redaction;

namespace MisterVoip;

/// <summary>The provider's privacy policy settings, and the statement and record written from its domain.</summary>
public static class MisterVoipPolicy
{
    /// <summary>Sets the options as the provider runs them.</summary>
    public static void Configure(PrivacyPolicyOptions settings)
    {
        settings.TimeZone = "Europe/Amsterdam";
        settings.Pseudonymization.KeyId = "2026-11";
        settings.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray()); // a demo key: real keys live in a secret store
        settings.Controller.Name = "Mister Voip Abonnementen BV";
        settings.Controller.Contact = "info@mister-voip.nl";

        // The seed's statement speaks for three names: the legal entity and the brands it trades under (art. 13(1)(a)).
        settings.Controller.Brands.Add("HostedPBX");
        settings.Controller.Brands.Add("Mister Voip");

        // The seed names no postal address and no data protection officer: these are the sample's placeholders, marked
        // as such. A provider that monitors its network regularly and systematically must appoint a DPO (art. 37(1)(b)).
        settings.Controller.PostalAddress = "Postbus 0000, 0000 AA Voorbeeldstad (example address)";
        settings.Controller.DataProtectionOfficer = "privacy@mister-voip.nl (example address)";

        // The seed names no other controller deciding with it (art. 26), and the company is established in the
        // Netherlands, so it needs no representative in the Union (art. 27).
        settings.Controller.Representative = ControllerOptions.None;

        // The seed: "nemen niet op basis van geautomatiseerde verwerkingen besluiten over zaken die (aanzienlijke)
        // gevolgen kunnen hebben voor personen" (art. 13(2)(f), 22).
        settings.Controller.AutomatedDecisionMaking = ControllerOptions.None;

        // The seed's third parties (below) are all in the Netherlands: no data leaves the EEA (art. 13(1)(f)).
        settings.Controller.TransferSafeguards = ControllerOptions.None;

        // The seed: "het telefoonnummer van degene met wie er gebeld wordt": a number of someone who is not the customer
        // (art. 14(2)(f)).
        settings.Controller.DataSource = "Van wie u belt of wie u belt, krijgen we het telefoonnummer niet van die persoon zelf, maar uit ons netwerk: het gebelde of bellende nummer van uw gesprek. We gebruiken het voor het doorgeven van het gesprek, uw factuur en uw verbruiksoverzicht.";
        settings.Controller.EnglishDataSource = "The phone number of the person you call or who calls you does not come from that person, but from our network: the called or calling number of your call. We use it to carry the call, for your bill and for your usage overview.";
        settings.Controller.StatementVersion = "2026.11";
        settings.Controller.StatementDate = new LocalDate(2026, 11, 30);
        settings.DataSubjectCategories.Add("Customers (consumers and business contacts)");

        // The seed: the statement holds "als u contact met ons opneemt en/of klant wordt, bent of was", and calls carry
        // "het telefoonnummer van degene met wie er gebeld wordt" (art. 30(1)(c): per activity, not one global list).
        settings.DataSubjectsByPurpose[Purpose.ServiceDelivery] = "Customers and users of their lines; called and calling parties (their numbers)";
        settings.DataSubjectsByPurpose[Purpose.Billing] = "Customers (consumers and business contacts); called and calling parties (their numbers on itemised bills)";
        settings.DataSubjectsByPurpose[Purpose.CustomerPortal] = "Customers (consumers and business contacts); called and calling parties (their numbers in the usage overview)";
        // Processing no code of the sample performs (art. 30(1)): the seed's contact address info@mister-voip.nl and its
        // TLS-encrypted website. The seed gives no retention for either: the periods are the sample's, marked as such.
        settings.DeclaredActivities.Add(new ProcessingActivityDeclaration("Customer-service mailbox: answering questions and complaints")
        {
            LegalBasis = LegalBasis.Contract,
            DataSubjects = "Customers and people who contact us",
            PersonalData = "Name, e-mail address, the message and what it says",
            Recipients = "none",
            Transfers = "none",
            Retention = "1 year after the question was answered (example period)",
        });
        settings.DeclaredActivities.Add(new ProcessingActivityDeclaration("The website: serving pages over TLS")
        {
            LegalBasis = LegalBasis.LegitimateInterest,
            DataSubjects = "Visitors of the website",
            PersonalData = "IP address and the pages requested (server logs)",
            Recipients = "none",
            Transfers = "none",
            Retention = "3 months after the visit (example period)",
        });
        settings.DataSubjectsByPurpose[Purpose.Support] = "Customers and people who contact us (prospective and former customers)";
        settings.SecurityMeasures = "Onze website is versleuteld met TLS, zodat gegevens die via de website worden verstuurd niet zomaar onderschept kunnen worden. Dossiers slaan we beveiligd op, en leveranciers kiezen we zorgvuldig en binden we aan afspraken over beveiliging en geheimhouding.";
        settings.EnglishSecurityMeasures = "Our website is encrypted with TLS, so that data sent through it cannot simply be intercepted. We store files securely, and we choose suppliers carefully and bind them to agreements on security and confidentiality.";

        // Billing traffic data (calls, sessions) is kept until the bill can no longer be contested, counted from the
        // invoice (Tw art. 11.5(3)). How long that is is not settled in Dutch law; the provider's terms give six months.
        // A disputed bill is kept longer by a hold while the dispute is open.
        settings.BillDisputeWindow = "P6M";

        // The book year is the calendar year: fiscal retention of invoices counts from its end (AWR art. 52(4)).
        settings.BookYearEnd = "12-31";

        // The seed's third parties: an external repair service, a parcel carrier, the tax authority.
        settings.Recipients.Add(new RecipientDeclaration("Reparatiedienst Randstad BV", RecipientRole.Processor, Purpose.Support) { ProcessingAgreementUntil = new LocalDate(2027, 12, 31) });
        settings.Recipients.Add(new RecipientDeclaration("PakketPost BV", RecipientRole.Processor, Purpose.Shipping) { ProcessingAgreementUntil = new LocalDate(2027, 6, 30) });
        settings.Recipients.Add(new RecipientDeclaration("Belastingdienst", RecipientRole.Authority, Purpose.Bookkeeping));
    }

    /// <summary>The policy as the sample runs it, on <paramref name="clock"/>: what its sweeps and erasures apply.</summary>
    public static IPrivacyPolicy Create(IClock clock)
        => new ServiceCollection()
            .AddSingleton(clock)
            .AddPrivacyPolicy(Configure)
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();

    /// <summary>
    /// The policy as the sample runs it, on <paramref name="clock"/>, reading restrictions and objections (GDPR art. 18,
    /// 21) from <paramref name="limits"/>: <c>Disclose</c> refuses a restricted subject's data, and the access export
    /// says whether the subject is restricted (<c>"restricted": false</c> when not).
    /// </summary>
    public static IPrivacyPolicy Create(IClock clock, ISubjectProcessingLimits limits)
        => new ServiceCollection()
            .AddSingleton(clock)
            .AddSingleton(limits)
            .AddPrivacyPolicy(Configure)
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();

    /// <summary>The redactor of the sample's options, with its pseudonymisation key: names a customer without their number.</summary>
    public static PersonalDataRedactor Redactor() => PersonalDataRedactor.Create(Options());

    /// <summary>This service's personal-data types, as the source generator described them.</summary>
    public static PersonalDataCatalog Catalog => Privacy.Policy.Generated.AssemblyPersonalDataCatalog.Catalog;

    /// <summary>The privacy statement for this service's personal-data types.</summary>
    public static PrivacyStatement Statement() => PrivacyStatement.Create([Catalog], Options());

    /// <summary>The record of processing activities for this service's personal-data types.</summary>
    public static RecordOfProcessingActivities Record() => RecordOfProcessingActivities.Create([Catalog], Options());

    private static PrivacyPolicyOptions Options()
    {
        var options = new PrivacyPolicyOptions();
        Configure(options);
        return options;
    }
}
