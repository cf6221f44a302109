using Microsoft.AspNetCore.Identity;
using PersonalDataAttribute = Privacy.Policy.PersonalDataAttribute;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

#pragma warning disable PRIV009 // Erasing IdentityUser's unclassified members is what the tests check.

/// <summary>A portal account stored through ASP.NET Core Identity's user, whose members nobody classified.</summary>
public partial class PortalUserRow : IdentityUser
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.CustomerPortal)]
    public string CustomerNumber { get; set; } = string.Empty;

    [PersonalData(Category.Identity, Purposes = Purpose.CustomerPortal, Format = DataFormat.PersonName)]
    public string DisplayName { get; set; } = string.Empty;
}

#pragma warning restore PRIV009
