// ASP.NET Core Identity has its own PersonalDataAttribute; with both namespaces imported the alias picks ours.
using Microsoft.AspNetCore.Identity;
using Privacy.Policy;
using PersonalDataAttribute = Privacy.Policy.PersonalDataAttribute;

namespace Telecom.Crm
{
    public partial class PortalUser : IdentityUser
    {
        [PersonalData(Category.Identity, Format = DataFormat.PersonName)]
        public string DisplayName { get; set; } = "";

        [NotPersonalData]
        public bool PrefersDarkMode { get; set; }
    }
}
