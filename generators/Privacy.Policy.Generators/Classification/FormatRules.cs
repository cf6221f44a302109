using Microsoft.CodeAnalysis;

namespace Privacy.Policy.Generators.Classification;

/// <summary>
/// Which member types each <c>DataFormat</c> fits, and which redaction kinds are possible for a member. The table is
/// written out in <c>docs/diagnostics/PRIV005.md</c>.
/// </summary>
internal static class FormatRules
{
    /// <summary>Whether values of <paramref name="element"/> can have <paramref name="format"/>.</summary>
    public static bool Fits(DataFormatValue format, ITypeSymbol element)
    {
        if (format == DataFormatValue.Unspecified || element.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        string name = MemberTypes.FullName(element);
        return format switch
        {
            DataFormatValue.PhoneNumber or DataFormatValue.Imsi or DataFormatValue.Imei
                => element.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64,
            DataFormatValue.Bsn
                => element.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64,
            DataFormatValue.MacAddress
                => element.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64 || name == "System.Net.NetworkInformation.PhysicalAddress",
            DataFormatValue.IpAddress => name == "System.Net.IPAddress",
            DataFormatValue.EmailAddress => name == "System.Net.Mail.MailAddress",
            DataFormatValue.GeoCoordinate
                => element.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal
                   || MemberTypes.IsPairOfDoubles(element),
            DataFormatValue.Timestamp
                => element.SpecialType == SpecialType.System_DateTime || name is
                    "System.DateTimeOffset" or "System.DateOnly" or
                    "NodaTime.Instant" or "NodaTime.LocalDate" or "NodaTime.LocalDateTime" or
                    "NodaTime.ZonedDateTime" or "NodaTime.OffsetDateTime",
            DataFormatValue.Secret => element.SpecialType is SpecialType.System_Byte or SpecialType.System_Char,
            _ => false,
        };
    }

    /// <summary>
    /// Why <paramref name="kind"/> cannot redact a member of <paramref name="category"/> and <paramref name="format"/>
    /// whose values are <paramref name="element"/>, or <see langword="null"/> when it can.
    /// </summary>
    public static string? WhyImpossible(RedactionKindValue kind, CategoryValue category, DataFormatValue format, ITypeSymbol element)
    {
        if (kind is not (RedactionKindValue.Mask or RedactionKindValue.Pseudonymize))
        {
            return null;
        }

        if (category == CategoryValue.Credentials || format == DataFormatValue.Secret)
        {
            return kind == RedactionKindValue.Mask
                ? "credentials and secrets are always erased, never masked"
                : "credentials and secrets are always erased: a keyed hash of a secret still lets the key holder test guesses";
        }

        if (format == DataFormatValue.Bsn)
        {
            return "a BSN may not be processed by a telecom provider (UAVG art. 46) and is always erased";
        }

        bool isString = element.SpecialType == SpecialType.System_String;
        if (kind == RedactionKindValue.Pseudonymize)
        {
            return isString ? null : $"a pseudonym is text and needs a string member, not '{MemberTypes.FullName(element)}'";
        }

        if (format is DataFormatValue.Unspecified or DataFormatValue.FreeText)
        {
            return $"format {format} has no masking rule; set Format to one that has, or use Erase";
        }

        if (format == DataFormatValue.Timestamp && MemberTypes.FullName(element) is "System.DateOnly" or "NodaTime.LocalDate")
        {
            return "a date has no time of day to drop, so masking would return it unchanged; use Erase";
        }

        // Dates, coordinates and IP addresses are masked in their own type; every other masked value is text.
        return isString || format is DataFormatValue.Timestamp or DataFormatValue.GeoCoordinate or DataFormatValue.IpAddress
            ? null
            : $"a masked {format} keeps part of the value as text and needs a string member, not '{MemberTypes.FullName(element)}'";
    }

    /// <summary>
    /// The redaction generated code applies: the one asked for when it is possible, else erasure (fail closed);
    /// for <c>Default</c>, masking where the format has a rule for the member's type, else erasure.
    /// </summary>
    public static RedactionKindValue Effective(RedactionKindValue kind, CategoryValue category, DataFormatValue format, ITypeSymbol element)
    {
        if (kind == RedactionKindValue.Default)
        {
            kind = RedactionKindValue.Mask;
        }

        return kind == RedactionKindValue.Erase || WhyImpossible(kind, category, format, element) is not null
            ? RedactionKindValue.Erase
            : kind;
    }
}
