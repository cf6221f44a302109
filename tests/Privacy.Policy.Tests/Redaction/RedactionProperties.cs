using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Tests.Redaction;

/// <summary>The invariants every redactor keeps, checked over generated values and arbitrary text.</summary>
public sealed class RedactionProperties
{
    private static PersonalDataRedactor Redactor => TestRedactors.Keyed;

    [Property(MaxTest = 2000)]
    public Property Masking_keeps_exactly_what_the_rule_keeps()
        => Prop.ForAll(FormatValues.All.ToArbitrary(), value =>
        {
            string? masked = Redactor.Redact(value.Input, value.Format, RedactionKind.Mask);
            return (masked == value.ExpectedMask).Label($"{value}: got \"{masked}\"");
        });

    [Property(MaxTest = 2000)]
    public Property Masking_never_returns_a_real_value()
        => Prop.ForAll(FormatValues.All.ToArbitrary(), value =>
            (Redactor.Redact(value.Input, value.Format, RedactionKind.Mask) != value.Input).Label(value.ToString()));

    [Property(MaxTest = 3000)]
    public Property Masking_is_idempotent()
        => Prop.ForAll(FormatValues.AnyText.ToArbitrary(), FormatValues.Formats.ToArbitrary(), (text, format) =>
        {
            string masked = Redactor.Redact(text, format, RedactionKind.Mask)!;
            string twice = Redactor.Redact(masked, format, RedactionKind.Mask)!;
            return (twice == masked).Label($"{format}: \"{Shorten(text)}\" -> \"{Shorten(masked)}\" -> \"{Shorten(twice)}\"");
        });

    [Property(MaxTest = 3000)]
    public Property Any_text_never_throws_and_never_comes_back_unredacted()
        => Prop.ForAll(FormatValues.AnyText.ToArbitrary(), FormatValues.Formats.ToArbitrary(), FormatValues.Kinds.ToArbitrary(), (text, format, kind) =>
        {
            string result = Redactor.Redact(text, format, kind)!;
            bool unchanged = text.Length > 0 && result == text;

            // A masked value (one that contains the hidden character or is a CIDR network) masks to itself; any
            // other non-empty input must change.
            bool alreadyMasked = kind is RedactionKind.Mask or RedactionKind.Default && Redactor.Redact(result, format, RedactionKind.Mask) == result && (text.Contains('*') || text.Contains('/') || IsFixedPointFormat(format));
            // Scrubbed free text keeps what holds no identifier: such a text comes back as it is.
            bool nothingToScrub = format == DataFormat.FreeText && kind == RedactionKind.Scrub && Privacy.Policy.Text.TextScanner.Find(text).Count == 0;
            return (!unchanged || alreadyMasked || nothingToScrub).Label($"{format}/{kind}: \"{Shorten(text)}\" came back unchanged");
        });

    [Property(MaxTest = 3000)]
    public Property Masks_that_keep_short_parts_never_show_six_characters_of_any_input()
        => Prop.ForAll(FormatValues.AnyText.ToArbitrary(), Gen.Elements(ShortKeepFormats).ToArbitrary(), (text, format) =>
        {
            string masked = Redactor.Redact(text, format, RedactionKind.Mask)!;
            if (masked == text)
            {
                // Already a masked value (initials, "1012 **"): it shows what its own mask shows, and no more.
                return (Redactor.Redact(masked, format, RedactionKind.Mask) == masked).Label($"{format}: \"{Shorten(text)}\" is not stable");
            }

            string? leaked = Enumerable.Range(0, Math.Max(0, text.Length - 5))
                .Select(start => text.Substring(start, 6))
                .FirstOrDefault(run => !run.Contains('*') && masked.Contains(run, StringComparison.Ordinal));
            return (leaked is null).Label($"{format}: \"{Shorten(text)}\" -> \"{Shorten(masked)}\" shows \"{leaked}\"");
        });

    [Property(MaxTest = 3000)]
    public Property Erasing_and_pseudonymising_never_return_their_input()
        => Prop.ForAll(FormatValues.AnyText.ToArbitrary(), FormatValues.Formats.ToArbitrary(), Gen.Elements(RedactionKind.Erase, RedactionKind.Pseudonymize).ToArbitrary(), (text, format, kind) =>
        {
            string result = Redactor.Redact(text, format, kind)!;
            bool wellFormed = result.Length == 0 || (kind == RedactionKind.Pseudonymize && result.StartsWith("ps:2026-11:", StringComparison.Ordinal));
            return (wellFormed && (text.Length == 0 || result != text)).Label($"{format}/{kind}: \"{Shorten(text)}\" -> \"{Shorten(result)}\"");
        });

    [Property(MaxTest = 1000)]
    public Property No_redaction_of_an_iccid_shows_the_card_number()
        => Prop.ForAll(FormatValues.Iccids.ToArbitrary(), FormatValues.Kinds.ToArbitrary(), (value, kind) =>
        {
            string digits = value.Input.Replace(" ", string.Empty, StringComparison.Ordinal);
            string result = Redactor.Redact(value.Input, DataFormat.Iccid, kind)!;
            return (result != value.Input && !result.Contains(digits[6..^1], StringComparison.Ordinal))
                .Label($"{kind}: \"{value.Input}\" -> \"{result}\"");
        });

    [Property(MaxTest = 2000)]
    public Property Pseudonyms_are_stable_per_key_and_differ_across_keys()
        => Prop.ForAll(FormatValues.All.ToArbitrary(), value =>
        {
            string first = Redactor.Redact(value.Input, value.Format, RedactionKind.Pseudonymize)!;
            string again = Redactor.Redact(value.Input, value.Format, RedactionKind.Pseudonymize)!;
            string other = TestRedactors.OtherKeyed.Redact(value.Input, value.Format, RedactionKind.Pseudonymize)!;
            return (first.Length > 0 && first == again && other.Length > 0 && other[11..] != first[11..]).Label($"{value}: {first} / {again} / {other}");
        });

    [Property(MaxTest = 3000)]
    public Property Composed_and_decomposed_text_give_one_pseudonym()
        => Prop.ForAll(AccentedText.ToArbitrary(), Gen.Elements(TextFormats).ToArbitrary(), (text, format) =>
        {
            if (!IsWellFormed(text))
            {
                return true.Label("a lone surrogate has no normal form; such text is erased");
            }

            string composed = text.Normalize(System.Text.NormalizationForm.FormC);
            string decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
            string? first = Redactor.Redact(composed, format, RedactionKind.Pseudonymize);
            string? second = Redactor.Redact(decomposed, format, RedactionKind.Pseudonymize);
            return (first == second).Label($"{format}: \"{Shorten(composed)}\" -> {first}, decomposed -> {second}");
        });

    private static readonly DataFormat[] TextFormats = [DataFormat.PersonName, DataFormat.EmailAddress, DataFormat.PostalAddress, DataFormat.FreeText, DataFormat.Unspecified];

    /// <summary>Names, addresses and e-mail addresses with accents (composed or not), and any text.</summary>
    private static Gen<string> AccentedText { get; } = Gen.Frequency(
        (3, Gen.Elements("José", "Müller", "Ångström", "Çelik", "Niño", "e\u0301", "Zoë", "ǰ", "ΐ", "Dvořák", "Straße", " ", " ", "-", "van", "@", ".", "nl", "1012 AB", "Ünïcödé", "a\u0308\u0301", "\u1E9B\u0323")
            .ListOf().Select(parts => string.Concat(parts))),
        (1, Gen.Elements("josé.müller@example.nl", "jose\u0301.mu\u0308ller@münchen.de", "Jose\u0301 Mu\u0308ller", "Kerkstraat 1, 1012 AB Ámsterdam")),
        (1, FormatValues.AnyText));

    private static bool IsWellFormed(string text)
    {
        try
        {
            text.Normalize();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [Property(MaxTest = 1000)]
    public Property Every_way_of_writing_a_phone_number_gives_one_pseudonym()
        => Prop.ForAll(FormatValues.Digits(8).ToArbitrary(), digits =>
        {
            string[] forms = ["06" + digits, "06 " + digits, $"+31 6 {digits[..4]} {digits[4..]}", "00316" + digits, $"(06) {digits}"];
            string expected = Redactor.Redact(forms[0], DataFormat.PhoneNumber, RedactionKind.Pseudonymize)!;
            return Array.TrueForAll(forms, form => Redactor.Redact(form, DataFormat.PhoneNumber, RedactionKind.Pseudonymize) == expected).Label(digits);
        });

    [Property(MaxTest = 1000)]
    public Property The_compliance_redactor_agrees_with_the_engine()
        => Prop.ForAll(FormatValues.AnyText.ToArbitrary(), FormatValues.Formats.ToArbitrary(), Gen.Elements(RedactionKind.Mask, RedactionKind.Pseudonymize, RedactionKind.Erase).ToArbitrary(), (text, format, kind) =>
        {
            var redactor = new PrivacyPolicyRedactor(Redactor, format, kind);
            string viaCompliance = redactor.Redact(text);
            string viaEngine = Redactor.Redact(text, format, kind)!;
            return (viaCompliance == viaEngine).Label($"{format}/{kind}: \"{Shorten(text)}\": \"{Shorten(viaCompliance)}\" vs \"{Shorten(viaEngine)}\"");
        });

    [Property(MaxTest = 2000)]
    public Property The_redacted_length_is_exact_for_every_kind()
        => Prop.ForAll(FormatValues.AnyText.ToArbitrary(), FormatValues.Formats.ToArbitrary(), FormatValues.Kinds.ToArbitrary(), (text, format, kind) =>
        {
            // GetRedactedLength sizes the span form, the one the logging redactors call. The string form writes the
            // same, except that a scrubbed log value whose findings the pipeline's ":<tag>" suffix could change is
            // erased whole there (PersonalDataRedactor.ScrubbedForLog), and only there.
            int length = Redactor.GetRedactedLength(text, format, kind);
            char[] destination = new char[length];
            int written = Redactor.Redact(text, destination, format, kind);
            string redacted = Redactor.Redact(text, format, kind)!;
            bool sameAsString = kind == RedactionKind.Scrub || redacted == new string(destination, 0, Math.Max(written, 0));
            return (length == written && sameAsString).Label($"{format}/{kind}: \"{Shorten(text)}\": {length} vs {written} written, \"{Shorten(redacted)}\"");
        });

    // Formats whose mask keeps less than six characters in a row (a country code and two digits, four characters of
    // an IBAN or a card, initials, a postcode area) or nothing at all.
    private static readonly DataFormat[] ShortKeepFormats =
    [
        DataFormat.PhoneNumber, DataFormat.Iban, DataFormat.PaymentCard, DataFormat.PersonName, DataFormat.PostalAddress,
        DataFormat.Bsn, DataFormat.Secret, DataFormat.FreeText, DataFormat.Unspecified,
    ];

    // Masks of these formats are valid inputs of the same format (a rounded coordinate, initials, a midnight time).
    private static bool IsFixedPointFormat(DataFormat format) => format is DataFormat.GeoCoordinate or DataFormat.PersonName or DataFormat.Timestamp;

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + $"…({text.Length})" : text;
}
