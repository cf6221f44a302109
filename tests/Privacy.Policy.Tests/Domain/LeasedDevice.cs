namespace Privacy.Policy.Tests.Domain;

/// <summary>
/// A device type deriving from the sample's generated <see cref="MisterVoip.Domain.Device"/>, which this project sees
/// only as a compiled assembly: its members reach the generator as metadata.
/// </summary>
public partial class LeasedDevice : MisterVoip.Domain.Device
{
    [PersonalData(Category.Payment, Retention = "P7Y", Purposes = Purpose.Billing, Format = DataFormat.Iban)]
    public string LeaseIban { get; set; } = string.Empty;

    [NotPersonalData("The lease contract's number.")]
    public int LeaseNumber { get; set; }
}
