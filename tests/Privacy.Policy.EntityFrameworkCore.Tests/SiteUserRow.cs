using NodaTime;

namespace Privacy.Policy.EntityFrameworkCore.Tests;

#pragma warning disable PRIV009 // Sweeping the inherited members nobody classified is what the tests check.

/// <summary>
/// A web-shop account on <see cref="SiteUserBase"/> (string key), kept two years after the last login; its display
/// name and nickname a year. The nickname is unique and required, the base's e-mail address unique and nullable.
/// </summary>
public partial class SiteUserRow : SiteUserBase
{
    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P2Y", Purposes = Purpose.CustomerPortal)]
    public string CustomerNumber { get; set; } = string.Empty;

    [RetentionAnchor]
    [PersonalData(Category.Usage, Retention = "P2Y", Purposes = Purpose.CustomerPortal, Format = DataFormat.Timestamp)]
    public Instant LastLoginAt { get; set; }

    [PersonalData(Category.Identity, Retention = "P1Y", Purposes = Purpose.CustomerPortal, Format = DataFormat.PersonName)]
    public string? DisplayName { get; set; }

    [PersonalData(Category.Identity, Retention = "P1Y", Purposes = Purpose.CustomerPortal)]
    public string Nickname { get; set; } = string.Empty;
}

#pragma warning restore PRIV009
