using System;
using System.Linq;
using NodaTime;
using Privacy.Policy;
using Privacy.Policy.Processing;

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
        settings.DataSubjectCategories.Add("Customers (consumers and business contacts)");
        settings.SecurityMeasures = "Onze website is versleuteld met TLS, zodat gegevens die via de website worden verstuurd niet zomaar onderschept kunnen worden. Dossiers slaan we beveiligd op, en leveranciers kiezen we zorgvuldig en binden we aan afspraken over beveiliging en geheimhouding.";

        // How long a bill can be disputed is not settled in Dutch law (ePrivacy art. 6): usage data follows this default.
        settings.RetentionDefaults[Category.Usage] = "P6M";
        settings.RetentionDefaults[Category.Identity] = "P6M";
        settings.RetentionDefaults[Category.TechnicalIdentifier] = "P6M";

        // The seed's third parties: an external repair service, a parcel carrier, the tax authority.
        settings.Recipients.Add(new RecipientDeclaration("Reparatiedienst Randstad BV", RecipientRole.Processor, Purpose.Support) { ProcessingAgreementUntil = new LocalDate(2027, 12, 31) });
        settings.Recipients.Add(new RecipientDeclaration("PakketPost BV", RecipientRole.Processor, Purpose.Shipping) { ProcessingAgreementUntil = new LocalDate(2027, 6, 30) });
        settings.Recipients.Add(new RecipientDeclaration("Belastingdienst", RecipientRole.Authority, Purpose.Bookkeeping));
    }

    /// <summary>The privacy statement for this service's personal-data types.</summary>
    public static PrivacyStatement Statement() => PrivacyStatement.Create([Privacy.Policy.Generated.AssemblyPersonalDataCatalog.Catalog], Options());

    /// <summary>The record of processing activities for this service's personal-data types.</summary>
    public static RecordOfProcessingActivities Record() => RecordOfProcessingActivities.Create([Privacy.Policy.Generated.AssemblyPersonalDataCatalog.Catalog], Options());

    private static PrivacyPolicyOptions Options()
    {
        var options = new PrivacyPolicyOptions();
        Configure(options);
        return options;
    }
}
