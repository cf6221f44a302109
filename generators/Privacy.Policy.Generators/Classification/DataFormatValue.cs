namespace Privacy.Policy.Generators.Classification;

/// <summary>Mirror of <c>Privacy.Policy.DataFormat</c>; values must match the runtime enum.</summary>
internal enum DataFormatValue
{
    Unspecified = 0,
    PhoneNumber = 1,
    EmailAddress = 2,
    IpAddress = 3,
    MacAddress = 4,
    Imsi = 5,
    Imei = 6,
    Iban = 7,
    PaymentCard = 8,
    Bsn = 9,
    PersonName = 10,
    PostalAddress = 11,
    GeoCoordinate = 12,
    Timestamp = 13,
    FreeText = 14,
    Secret = 15,
}
