// ASP.NET Core Identity has its own PersonalDataAttribute; with both namespaces imported the alias picks ours.
using Microsoft.AspNetCore.Identity;
using Privacy.Policy;
using PersonalDataAttribute = Privacy.Policy.PersonalDataAttribute;

namespace Telecom.Crm
{
    // IdentityUser's own members (Email, PhoneNumber, PasswordHash, ...) are not classified by Privacy.Policy:
    // redacted copies erase them and ToString hides them, which is what this service wants (PRIV009 says so).
#pragma warning disable PRIV009
    public partial class PortalUser : IdentityUser
    {
        [PersonalData(Category.Identity, Purposes = Purpose.CustomerPortal, Format = DataFormat.PersonName)]
        public string DisplayName { get; set; } = "";

        [NotPersonalData]
        public bool PrefersDarkMode { get; set; }
    }
#pragma warning restore PRIV009
}
