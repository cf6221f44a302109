using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>Dispatches masking and normalising to the rule of each <see cref="DataFormat"/>.</summary>
internal static class FormatRedaction
{
    /// <summary>Whether <paramref name="format"/> has a masking rule for text.</summary>
    public static bool CanMask(DataFormat format) => format is
        DataFormat.PhoneNumber or DataFormat.EmailAddress or DataFormat.IpAddress or DataFormat.MacAddress or
        DataFormat.Imsi or DataFormat.Imei or DataFormat.Iban or DataFormat.PaymentCard or DataFormat.PersonName or
        DataFormat.PostalAddress or DataFormat.GeoCoordinate or DataFormat.Timestamp;

    /// <summary>Whether values of <paramref name="format"/> may be pseudonymised at all.</summary>
    public static bool CanPseudonymize(DataFormat format) => format is not (DataFormat.Bsn or DataFormat.Secret);

    public static bool TryMask(DataFormat format, ReadOnlySpan<char> input, Span<char> destination, ReadOnlySpan<char> countryCode, out int written)
    {
        switch (format)
        {
            case DataFormat.PhoneNumber: return PhoneNumberFormat.TryMask(input, destination, countryCode, out written);
            case DataFormat.EmailAddress: return EmailAddressFormat.TryMask(input, destination, out written);
            case DataFormat.IpAddress: return IpAddressFormat.TryMask(input, destination, out written);
            case DataFormat.MacAddress: return MacAddressFormat.TryMask(input, destination, out written);
            case DataFormat.Imsi: return ImsiFormat.TryMask(input, destination, out written);
            case DataFormat.Imei: return ImeiFormat.TryMask(input, destination, out written);
            case DataFormat.Iban: return IbanFormat.TryMask(input, destination, out written);
            case DataFormat.PaymentCard: return PaymentCardFormat.TryMask(input, destination, out written);
            case DataFormat.PersonName: return PersonNameFormat.TryMask(input, destination, out written);
            case DataFormat.PostalAddress: return PostalAddressFormat.TryMask(input, destination, out written);
            case DataFormat.GeoCoordinate: return GeoCoordinateFormat.TryMask(input, destination, out written);
            case DataFormat.Timestamp: return TimestampFormat.TryMask(input, destination, out written);
            default:
                written = 0;
                return false;
        }
    }

    /// <summary>
    /// Writes the canonical form of a value, so that every way of writing the same phone number, IBAN or address
    /// gives one pseudonym. Formats without a rule are pseudonymised as written, without surrounding white space.
    /// </summary>
    public static bool TryNormalize(DataFormat format, ReadOnlySpan<char> input, Span<char> destination, ReadOnlySpan<char> countryCode, out int written)
    {
        switch (format)
        {
            case DataFormat.PhoneNumber: return PhoneNumberFormat.TryNormalize(input, destination, countryCode, out written);
            case DataFormat.EmailAddress: return EmailAddressFormat.TryNormalize(input, destination, out written);
            case DataFormat.IpAddress: return IpAddressFormat.TryNormalize(input, destination, out written);
            case DataFormat.MacAddress: return MacAddressFormat.TryNormalize(input, destination, out written);
            case DataFormat.Imsi: return ImsiFormat.TryNormalize(input, destination, out written);
            case DataFormat.Imei: return ImeiFormat.TryNormalize(input, destination, out written);
            case DataFormat.Iban: return IbanFormat.TryNormalize(input, destination, out written);
            case DataFormat.PaymentCard: return PaymentCardFormat.TryNormalize(input, destination, out written);
            case DataFormat.PersonName: return PersonNameFormat.TryNormalize(input, destination, out written);
            case DataFormat.PostalAddress: return PostalAddressFormat.TryNormalize(input, destination, out written);
            case DataFormat.GeoCoordinate: return GeoCoordinateFormat.TryNormalize(input, destination, out written);
            case DataFormat.Timestamp: return TimestampFormat.TryNormalize(input, destination, out written);
            case DataFormat.Unspecified or DataFormat.FreeText:
                ReadOnlySpan<char> trimmed = input.Trim();
                written = trimmed.Length;
                return trimmed.TryCopyTo(destination);
            default:
                written = 0;
                return false;
        }
    }
}
