using System;
using Privacy.Policy.Redaction.Formats;

namespace Privacy.Policy.Text;

/// <summary>
/// Dutch passport and identity-card numbers: nine characters, two letters, six letters or digits and a digit, the
/// letter O never used (it would read as a zero). The number has no check digit of its own (the MRZ adds one), and the
/// shape alone also fits order and parcel codes (<c>AB1234567</c>), so a document number is found only after a word
/// naming the document (<see cref="TextContext.Document"/>).
/// </summary>
internal static class DocumentNumberMatcher
{
    public const int Length = 9;

    /// <summary>The length of the document number at <paramref name="start"/>, or 0.</summary>
    public static int Match(ReadOnlySpan<char> text, int start)
    {
        if (start + Length > text.Length)
        {
            return 0;
        }

        ReadOnlySpan<char> value = text.Slice(start, Length);
        for (int i = 0; i < Length; i++)
        {
            char c = value[i];
            bool letter = c is >= 'A' and <= 'Z' && c != 'O';
            bool ok = i switch
            {
                < 2 => letter,
                Length - 1 => MaskText.IsAsciiDigit(c),
                _ => letter || MaskText.IsAsciiDigit(c),
            };
            if (!ok)
            {
                return 0;
            }
        }

        return TextScanner.EndsToken(text, start + Length) && TextContext.Before(text, start, TextContext.Document) ? Length : 0;
    }
}
