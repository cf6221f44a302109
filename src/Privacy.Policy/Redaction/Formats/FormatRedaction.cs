using System;
using Privacy.Policy.Vocabulary;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>Masks and normalises a value with the rule its <see cref="DataFormat"/>'s row names (<see cref="FormatRows"/>).</summary>
internal static class FormatRedaction
{
    /// <summary>Masks with the format's rule; false when it has none or the value cannot be read (the caller erases it).</summary>
    public static bool TryMask(DataFormat format, ReadOnlySpan<char> input, Span<char> destination, ReadOnlySpan<char> countryCode, out int written)
    {
        if (FormatRows.Of(format)?.Mask is { } mask)
        {
            return mask(input, destination, countryCode, out written);
        }

        written = 0;
        return false;
    }

    /// <summary>
    /// Writes the canonical form of a value, so that every way of writing the same phone number, IBAN or address
    /// gives one pseudonym; false when the format is never pseudonymised or the value cannot be read.
    /// </summary>
    public static bool TryNormalize(DataFormat format, ReadOnlySpan<char> input, Span<char> destination, ReadOnlySpan<char> countryCode, out int written)
    {
        if (FormatRows.Of(format) is { Pseudonymizes: true, Normalize: { } normalize })
        {
            return normalize(input, destination, countryCode, out written);
        }

        written = 0;
        return false;
    }

    /// <summary>The normalisation of formats without a rule (<c>Unspecified</c>, <c>FreeText</c>): as written, without surrounding white space.</summary>
    public static bool TryTrim(ReadOnlySpan<char> input, Span<char> destination, ReadOnlySpan<char> countryCode, out int written)
    {
        ReadOnlySpan<char> trimmed = input.Trim();
        written = trimmed.Length;
        return trimmed.TryCopyTo(destination);
    }
}
