namespace Privacy.Policy.Redaction.Formats;

/// <summary>The names of <see cref="DataFormat"/> values, without the allocation of <c>Enum.ToString</c>.</summary>
internal static class FormatNames
{
    public static string Of(DataFormat format) => format switch
    {
        DataFormat.PhoneNumber => nameof(DataFormat.PhoneNumber),
        DataFormat.EmailAddress => nameof(DataFormat.EmailAddress),
        DataFormat.IpAddress => nameof(DataFormat.IpAddress),
        DataFormat.MacAddress => nameof(DataFormat.MacAddress),
        DataFormat.Imsi => nameof(DataFormat.Imsi),
        DataFormat.Imei => nameof(DataFormat.Imei),
        DataFormat.Iban => nameof(DataFormat.Iban),
        DataFormat.PaymentCard => nameof(DataFormat.PaymentCard),
        DataFormat.Bsn => nameof(DataFormat.Bsn),
        DataFormat.PersonName => nameof(DataFormat.PersonName),
        DataFormat.PostalAddress => nameof(DataFormat.PostalAddress),
        DataFormat.GeoCoordinate => nameof(DataFormat.GeoCoordinate),
        DataFormat.Timestamp => nameof(DataFormat.Timestamp),
        DataFormat.FreeText => nameof(DataFormat.FreeText),
        DataFormat.Secret => nameof(DataFormat.Secret),
        _ => nameof(DataFormat.Unspecified),
    };
}
