using System.Collections.Generic;
using NodaTime;

namespace Privacy.Policy.Tests.Domain;

// A fixture for redaction, and for retention with category defaults: the tests set RetentionDefaults for its members.
#pragma warning disable PRIV015
// The pre-issue-14 shape the redaction, erasure, export and disclosure tests assert on (a called number kept seven
// years for bookkeeping, identifiers kept by the category defaults): the telecom rules flag exactly that, and the
// README and docs now teach the invoice as the fiscal record (PRIV025) and carrying-only data kept a day (PRIV024).
#pragma warning disable PRIV024, PRIV025

/// <summary>A call detail record as the seed describes it: who called whom, when, how long, from which SIM and device.</summary>
public sealed partial record CallRecord
{
    [DataSubject]
    [PersonalData(Category.Identity, Purposes = Purpose.Billing | Purpose.CustomerPortal, Redaction = RedactionKind.Pseudonymize)]
    public required string CustomerId { get; init; }

    [PersonalData(Category.Usage, Purposes = Purpose.Billing | Purpose.CustomerPortal, Format = DataFormat.PhoneNumber)]
    public required string CallingNumber { get; init; }

    [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
    public required string CalledNumber { get; init; }

    [RetentionAnchor]
    [PersonalData(Category.Usage, Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public Instant CallStart { get; init; }

    [PersonalData(Category.Usage, Purposes = Purpose.Billing)]
    public Duration Duration { get; init; }

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi)]
    public string? Imsi { get; init; }

    [PersonalData(Category.TechnicalIdentifier, Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imei)]
    public string? Imei { get; init; }

    [PersonalData(Category.Location, Purposes = Purpose.ServiceDelivery, Format = DataFormat.GeoCoordinate)]
    public double? CellLatitude { get; init; }

    [PersonalData(Category.Location, Purposes = Purpose.ServiceDelivery, Format = DataFormat.GeoCoordinate)]
    public double? CellLongitude { get; init; }

    [NotPersonalData("The tariff plan is a product, not a person.")]
    public int TariffPlanId { get; init; }

    [PersonalData(Category.Usage, Purposes = Purpose.Support, Format = DataFormat.PhoneNumber)]
    public IReadOnlyList<string> ForwardedTo { get; init; } = [];
}
