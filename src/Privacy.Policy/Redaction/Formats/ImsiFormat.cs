using System;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// IMSIs: up to 15 digits, the mobile country code (3 digits), the mobile network code (2 or 3 digits, depending on
/// the country) and the subscriber number. Masked, an IMSI keeps MCC and MNC: <c>204081234567890</c> becomes
/// <c>20408**********</c>.
/// </summary>
internal static class ImsiFormat
{
    // Countries whose network codes have three digits (North America, parts of Latin America and India); every
    // other country, the Netherlands (204) among them, uses two. Keeping two digits where there are three hides more.
    private static ReadOnlySpan<short> ThreeDigitNetworkCountries =>
    [
        302, 310, 311, 312, 313, 314, 315, 316, 334, 338, 342, 344, 346, 348, 354, 356, 358, 360, 365, 376, 405, 708, 722, 732,
    ];

    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        input = input.Trim();
        if (!TryParse(input, out int kept) || destination.Length < input.Length)
        {
            return false;
        }

        input.Slice(0, kept).CopyTo(destination);
        destination.Slice(kept, input.Length - kept).Fill(MaskText.Hidden);
        written = input.Length;
        return true;
    }

    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        input = input.Trim();
        if (!TryParse(input, out _) || input.IndexOf(MaskText.Hidden) >= 0 || !input.TryCopyTo(destination))
        {
            return false;
        }

        written = input.Length;
        return true;
    }

    private static bool TryParse(ReadOnlySpan<char> input, out int kept)
    {
        kept = 0;
        if (input.Length is < 6 or > 15)
        {
            return false;
        }

        for (int i = 0; i < 3; i++)
        {
            if (!MaskText.IsAsciiDigit(input[i]))
            {
                return false;
            }
        }

        short countryCode = (short)(((input[0] - '0') * 100) + ((input[1] - '0') * 10) + (input[2] - '0'));
        kept = ThreeDigitNetworkCountries.IndexOf(countryCode) >= 0 ? 6 : 5;
        for (int i = 0; i < input.Length; i++)
        {
            if (i < kept ? !MaskText.IsAsciiDigit(input[i]) : !MaskText.IsDigitOrHidden(input[i]))
            {
                return false;
            }
        }

        return input.Length > kept;
    }
}
