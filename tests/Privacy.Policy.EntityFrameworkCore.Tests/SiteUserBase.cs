namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>
/// A user base type as ASP.NET Core Identity's <c>IdentityUser</c> is one, without referencing it: a string key and
/// members nobody classified (no attributes, no generated code), which a derived entity inherits.
/// </summary>
public class SiteUserBase
{
    public string Id { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string? PhoneNumber { get; set; }
}
