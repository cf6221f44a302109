using System;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Policy.Redaction;

/// <summary>Registers this package's redactors with Microsoft.Extensions.Compliance's redaction.</summary>
public static class PrivacyPolicyRedactionBuilderExtensions
{
    /// <summary>
    /// Registers a <see cref="PrivacyPolicyRedactor"/> for every classification set a generated tag provider passes
    /// (each category with each format and kind), so that <c>[LoggerMessage]</c> parameters with our tag providers
    /// are masked, pseudonymised or erased exactly as <see cref="IPrivacyPolicy.Redact{T}(T)"/> would. Call it inside
    /// <c>services.AddRedaction(builder =&gt; builder.SetPrivacyPolicyRedactors())</c>, with
    /// <c>services.AddPrivacyPolicy(...)</c> registered too.
    /// </summary>
    /// <param name="builder">The redaction builder.</param>
    /// <returns>The builder.</returns>
    public static IRedactionBuilder SetPrivacyPolicyRedactors(this IRedactionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        Set<UnspecifiedFormat, EraseKind>(builder);
        Set<PhoneNumberFormat, MaskKind>(builder);
        Set<EmailAddressFormat, MaskKind>(builder);
        Set<IpAddressFormat, MaskKind>(builder);
        Set<MacAddressFormat, MaskKind>(builder);
        Set<ImsiFormat, MaskKind>(builder);
        Set<ImeiFormat, MaskKind>(builder);
        Set<IbanFormat, MaskKind>(builder);
        Set<PaymentCardFormat, MaskKind>(builder);
        Set<PersonNameFormat, MaskKind>(builder);
        Set<PostalAddressFormat, MaskKind>(builder);
        Set<GeoCoordinateFormat, MaskKind>(builder);
        Set<TimestampFormat, MaskKind>(builder);
        Set<UnspecifiedFormat, PseudonymizeKind>(builder);
        Set<PhoneNumberFormat, PseudonymizeKind>(builder);
        Set<EmailAddressFormat, PseudonymizeKind>(builder);
        Set<IpAddressFormat, PseudonymizeKind>(builder);
        Set<MacAddressFormat, PseudonymizeKind>(builder);
        Set<ImsiFormat, PseudonymizeKind>(builder);
        Set<ImeiFormat, PseudonymizeKind>(builder);
        Set<IbanFormat, PseudonymizeKind>(builder);
        Set<PaymentCardFormat, PseudonymizeKind>(builder);
        Set<PersonNameFormat, PseudonymizeKind>(builder);
        Set<PostalAddressFormat, PseudonymizeKind>(builder);
        Set<GeoCoordinateFormat, PseudonymizeKind>(builder);
        Set<TimestampFormat, PseudonymizeKind>(builder);
        Set<FreeTextFormat, PseudonymizeKind>(builder);
        return builder;
    }

    private static void Set<TFormat, TKind>(IRedactionBuilder builder)
        where TFormat : struct, IFormatMarker
        where TKind : struct, IKindMarker
    {
        // One set per category, all served by one redactor instance. Erased values share one set per category
        // whatever their format ("Erase"), so a single erasing redactor serves them all.
        var sets = new DataClassificationSet[(int)Category.Correspondence];
        for (int category = 1; category <= sets.Length; category++)
        {
            sets[category - 1] = RedactionClassifications.GetSet((Category)category, TFormat.Format, TKind.Kind);
        }

        builder.SetRedactor<ClassifiedRedactor<TFormat, TKind>>(sets);
    }

    /// <summary>A distinct redactor type per format and kind: the redaction builder maps classifications to types.</summary>
    internal sealed class ClassifiedRedactor<TFormat, TKind> : PrivacyPolicyRedactor
        where TFormat : struct, IFormatMarker
        where TKind : struct, IKindMarker
    {
        public ClassifiedRedactor(PersonalDataRedactor redactor)
            : base(redactor, TFormat.Format, TKind.Kind)
        {
        }
    }

    internal interface IFormatMarker
    {
        static abstract DataFormat Format { get; }
    }

    internal interface IKindMarker
    {
        static abstract RedactionKind Kind { get; }
    }

    internal struct UnspecifiedFormat : IFormatMarker { public static DataFormat Format => DataFormat.Unspecified; }

    internal struct PhoneNumberFormat : IFormatMarker { public static DataFormat Format => DataFormat.PhoneNumber; }

    internal struct EmailAddressFormat : IFormatMarker { public static DataFormat Format => DataFormat.EmailAddress; }

    internal struct IpAddressFormat : IFormatMarker { public static DataFormat Format => DataFormat.IpAddress; }

    internal struct MacAddressFormat : IFormatMarker { public static DataFormat Format => DataFormat.MacAddress; }

    internal struct ImsiFormat : IFormatMarker { public static DataFormat Format => DataFormat.Imsi; }

    internal struct ImeiFormat : IFormatMarker { public static DataFormat Format => DataFormat.Imei; }

    internal struct IbanFormat : IFormatMarker { public static DataFormat Format => DataFormat.Iban; }

    internal struct PaymentCardFormat : IFormatMarker { public static DataFormat Format => DataFormat.PaymentCard; }

    internal struct PersonNameFormat : IFormatMarker { public static DataFormat Format => DataFormat.PersonName; }

    internal struct PostalAddressFormat : IFormatMarker { public static DataFormat Format => DataFormat.PostalAddress; }

    internal struct GeoCoordinateFormat : IFormatMarker { public static DataFormat Format => DataFormat.GeoCoordinate; }

    internal struct TimestampFormat : IFormatMarker { public static DataFormat Format => DataFormat.Timestamp; }

    internal struct FreeTextFormat : IFormatMarker { public static DataFormat Format => DataFormat.FreeText; }

    internal struct MaskKind : IKindMarker { public static RedactionKind Kind => RedactionKind.Mask; }

    internal struct PseudonymizeKind : IKindMarker { public static RedactionKind Kind => RedactionKind.Pseudonymize; }

    internal struct EraseKind : IKindMarker { public static RedactionKind Kind => RedactionKind.Erase; }
}
