using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Classification;

/// <summary>
/// Which member types each <c>DataFormat</c> fits, and which redaction kinds are possible for a member: the
/// vocabulary's rows and its one redaction rule (<see cref="RedactionRule"/>), with what the member's type allows.
/// The table is written out in <c>docs/diagnostics/PRIV005.md</c>.
/// </summary>
internal static class FormatRules
{
    /// <summary>Whether values of <paramref name="element"/> can have <paramref name="format"/>.</summary>
    public static bool Fits(DataFormat format, ITypeSymbol element)
    {
        if (format == DataFormat.Unspecified || element.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        return FormatRows.Of(format) is { } row && IsAny(element, row.Fits);
    }

    /// <summary>
    /// Why <paramref name="kind"/> cannot redact a member of <paramref name="category"/> and <paramref name="format"/>
    /// whose values are <paramref name="element"/>, or <see langword="null"/> when it can.
    /// </summary>
    public static string? WhyImpossible(RedactionKind kind, Category category, DataFormat format, ITypeSymbol element)
    {
        if (kind is not (RedactionKind.Mask or RedactionKind.Pseudonymize or RedactionKind.Scrub))
        {
            return null;
        }

        if (RedactionRule.WhyNever(kind, category, format) is { } never)
        {
            return never;
        }

        bool isString = element.SpecialType == SpecialType.System_String;
        if (kind == RedactionKind.Scrub)
        {
            if (format != DataFormat.FreeText)
            {
                return $"only FreeText is scrubbed (scanned for the identifiers in it); a {format} value is one identifier, redacted by its own rule: use Mask, Pseudonymize or Erase";
            }

            return isString ? null : $"scrubbing keeps the text around what it finds and needs a string member, not '{MemberTypes.FullName(element)}'";
        }

        if (kind == RedactionKind.Pseudonymize)
        {
            return isString ? null : $"a pseudonym is text and needs a string member, not '{MemberTypes.FullName(element)}'";
        }

        FormatRow? row = FormatRows.Of(format);
        if (row is not { Masks: true })
        {
            return $"format {format} has no masking rule; set Format to one that has, or use Erase";
        }

        if (format == DataFormat.Timestamp && MemberTypes.FullName(element) is "System.DateOnly" or "NodaTime.LocalDate")
        {
            return "a date has no time of day to drop, so masking would return it unchanged; use Erase";
        }

        // Dates, coordinates and IP addresses are masked in their own type; every other masked value is text.
        return isString || row.MasksInOwnType
            ? null
            : $"a masked {format} keeps part of the value as text and needs a string member, not '{MemberTypes.FullName(element)}'";
    }

    /// <summary>
    /// The redaction generated code applies: the one asked for when it is possible, else erasure (fail closed);
    /// for <c>Default</c>, masking where the format has a rule for the member's type, else erasure. <c>Scrub</c> is
    /// possible only on a <c>FreeText</c> string (PRIV005 warns otherwise); <c>Default</c> never scrubs, free text
    /// is erased unless the member asks.
    /// </summary>
    public static RedactionKind Effective(RedactionKind kind, Category category, DataFormat format, ITypeSymbol element)
    {
        if (kind == RedactionKind.Default)
        {
            kind = RedactionKind.Mask;
        }

        return kind is RedactionKind.Erase || WhyImpossible(kind, category, format, element) is not null
            ? RedactionKind.Erase
            : kind;
    }

    private static bool IsAny(ITypeSymbol element, string[] names)
    {
        string name = MemberTypes.FullName(element);
        foreach (string candidate in names)
        {
            if (candidate == name || (candidate == FormatRows.PairOfDoubles && MemberTypes.IsPairOfDoubles(element)))
            {
                return true;
            }
        }

        return false;
    }
}
