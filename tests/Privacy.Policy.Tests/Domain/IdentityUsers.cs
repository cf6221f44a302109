// ASP.NET Core Identity has its own PersonalDataAttribute; with both namespaces imported the alias picks ours.
using Microsoft.AspNetCore.Identity;
using PersonalDataAttribute = Privacy.Policy.PersonalDataAttribute;

namespace Privacy.Policy.Tests.Domain;

#pragma warning disable PRIV009 // Erasing IdentityUser's unclassified members is what these tests check.

/// <summary>
/// A portal user on ASP.NET Core Identity's <see cref="IdentityUser"/>, a base type from another assembly whose
/// members (Email, PhoneNumber, PasswordHash, ...) nobody classified.
/// </summary>
public partial class IdentityPortalUser : IdentityUser
{
    [PersonalData(Category.Identity, Purposes = Purpose.CustomerPortal, Format = DataFormat.PersonName)]
    public string DisplayName { get; set; } = string.Empty;

    [NotPersonalData]
    public bool PrefersDarkMode { get; set; }
}

/// <summary>A portal user that classifies IdentityUser's e-mail address by overriding it.</summary>
public partial class ClassifiedIdentityUser : IdentityUser
{
    [PersonalData(Category.Contact, Purposes = Purpose.CustomerPortal, Format = DataFormat.EmailAddress, Redaction = RedactionKind.Mask)]
    public override string? Email { get; set; }

    /// <summary>An override that keeps the value in the base type: the base member still counts, and is erased.</summary>
    public override string? PhoneNumber { get => base.PhoneNumber; set => base.PhoneNumber = value; }
}

#pragma warning restore PRIV009
