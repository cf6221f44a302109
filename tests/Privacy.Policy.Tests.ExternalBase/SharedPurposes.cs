using Privacy.Policy;
using Privacy.Policy.Tests.ExternalBase;

// The company's shared assembly declares its own purpose once; every service that references it may use it.
[assembly: ProcessingPurpose(SharedPurposes.NetworkPlanning, LegalBasis.LegitimateInterest,
    Name = "NetworkPlanning",
    Interest = "Het netwerk uitbreiden waar het verkeer dat vraagt",
    Dutch = "Netwerkplanning",
    English = "Network planning",
    Requirement = ProvisionRequirement.None)]

namespace Privacy.Policy.Tests.ExternalBase;

/// <summary>The company purposes of the shared assembly.</summary>
public static class SharedPurposes
{
    /// <summary>Planning the network from where traffic is: a company purpose, not a built-in one.</summary>
    public const Purpose NetworkPlanning = (Purpose)(1 << 16);
}
