using System.Collections.Generic;
using System.Net;
using NodaTime;

namespace Privacy.Policy.Tests.Domain;

// A redaction fixture: how long its members are kept is not what it tests (nor, so, Telecommunicatiewet art. 11.5).
#pragma warning disable PRIV015, PRIV024, PRIV025

/// <summary>An internet session: a mutable class, copied with MemberwiseClone and redacted member by member.</summary>
public partial class InternetSession
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing, Redaction = RedactionKind.Pseudonymize)]
    public string CustomerId { get; set; } = string.Empty;

    [RetentionAnchor(Start = RetentionStart.EndOfDay)]
    [PersonalData(Category.Usage, Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public Instant Started { get; set; }

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery)]
    public string UserName { get; set; } = string.Empty;

    [PersonalData(Category.Credentials, Purposes = Purpose.CustomerPortal)]
    public string? Password { get; set; }

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery | Purpose.Security, Format = DataFormat.IpAddress)]
    public string? IpAddress { get; set; }

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.Security, Format = DataFormat.IpAddress)]
    public IPAddress? GatewayAddress { get; set; }

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery, Format = DataFormat.MacAddress)]
    public string? MacAddress { get; set; }

    [PersonalData(Category.Usage, Purposes = Purpose.Billing | Purpose.CustomerPortal)]
    public long BytesTransferred { get; set; }

    [PersonalData(Category.Location, Purposes = Purpose.ServiceDelivery, Format = DataFormat.GeoCoordinate)]
    public string? Location { get; set; }

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.Security, Format = DataFormat.IpAddress, Redaction = RedactionKind.Pseudonymize)]
    public List<string> PreviousAddresses { get; set; } = [];

    [NotPersonalData]
    public string AccessTechnology { get; set; } = "FTTH";

    [PersonalData(Category.Usage, Purposes = Purpose.CustomerPortal)]
    private int _qualityScore;

    public int QualityScore => _qualityScore;

    public void RecordQuality(int score) => _qualityScore = score;
}

/// <summary>A session with extra members, so the base type's redaction must reach them through a virtual call.</summary>
public partial class RoamingSession : InternetSession
{
    [PersonalData(Category.Location, Purposes = Purpose.Billing)]
    public string? VisitedNetwork { get; set; }

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.Billing, Format = DataFormat.Imsi)]
    public string? Imsi { get; set; }
}
