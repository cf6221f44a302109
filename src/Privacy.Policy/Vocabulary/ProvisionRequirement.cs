#if PRIVACY_POLICY_GENERATOR
// The generator compiles this file too (linked in its project), as an internal copy in its own namespace.
namespace Privacy.Policy.Generators.Vocabulary;
#else
namespace Privacy.Policy;
#endif

/// <summary>
/// Whether a person must provide the data a purpose needs, which the privacy statement says with the consequences of
/// not providing it (GDPR art. 13(2)(e)).
/// </summary>
#if PRIVACY_POLICY_GENERATOR
internal
#else
public
#endif
enum ProvisionRequirement
{
    /// <summary>Providing the data is up to the person.</summary>
    None = 0,

    /// <summary>The law requires the data (fiscal records, lawful interception).</summary>
    Statutory = 1,

    /// <summary>The contract requires the data: without it the service cannot be delivered.</summary>
    Contractual = 2,

    /// <summary>The data is needed to enter into the contract.</summary>
    ContractPrerequisite = 3,
}
