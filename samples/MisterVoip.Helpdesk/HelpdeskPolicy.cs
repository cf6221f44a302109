using Privacy.Policy;

namespace MisterVoip.Helpdesk;

/// <summary>The helpdesk's catalog; its settings are in appsettings.json, section "PrivacyPolicy".</summary>
public static class HelpdeskPolicy
{
    /// <summary>This service's personal-data types, as the source generator described them.</summary>
    public static PersonalDataCatalog Catalog => Privacy.Policy.Generated.AssemblyPersonalDataCatalog.Catalog;
}
