using System;
using NodaTime;

// A fixture for holds: its IMSI only needs a retention that runs out under the test clock, not to model
// Telecommunicatiewet art. 11.5(1) (PRIV024).
#pragma warning disable PRIV024

namespace Privacy.Policy.EntityFrameworkCore.Tests.Holds;

/// <summary>A held row keyed by Guid, its data subject a Guid.</summary>
public partial class HeldGuidRow
{
    [NotPersonalData("A row key.")]
    public Guid Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P1Y", Purposes = Purpose.Billing)]
    public Guid CustomerGuid { get; set; }

    [RetentionAnchor]
    [PersonalData(Category.Usage, Retention = "P1Y", Purposes = Purpose.Billing, Format = DataFormat.Timestamp)]
    public Instant At { get; set; }

    [PersonalData(Category.Usage, Retention = "P1Y", Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public string? CalledNumber { get; set; }

    [PersonalData(Category.TechnicalIdentifier, Retention = "P3M", Purposes = Purpose.ServiceDelivery, Format = DataFormat.Imsi)]
    public string? Imsi { get; set; }
}
