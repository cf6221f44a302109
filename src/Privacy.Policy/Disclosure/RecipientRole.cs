namespace Privacy.Policy;

/// <summary>What a recipient of personal data is to the controller, in the GDPR's terms.</summary>
public enum RecipientRole
{
    /// <summary>
    /// Processes the data on the controller's behalf and instructions (GDPR art. 28), such as an external repair
    /// service or a parcel carrier. Only under a processing agreement ("verwerkersovereenkomst") in force.
    /// </summary>
    Processor = 1,

    /// <summary>Decides for itself why and how it processes what it receives, such as a partner the customer chose.</summary>
    IndependentController = 2,

    /// <summary>A public authority that receives data because a law requires it, such as the tax authority.</summary>
    Authority = 3,
}
