namespace Privacy.Policy.Generators.Classification;

/// <summary>Mirror of <c>Privacy.Policy.Purpose</c> (flags); values must match the runtime enum.</summary>
[System.Flags]
internal enum PurposeValue
{
    None = 0,
    ServiceDelivery = 1 << 0,
    Billing = 1 << 1,
    CustomerPortal = 1 << 2,
    Bookkeeping = 1 << 3,
    Marketing = 1 << 4,
    ServiceNotifications = 1 << 5,
    Support = 1 << 6,
    Shipping = 1 << 7,
    Security = 1 << 8,
}
