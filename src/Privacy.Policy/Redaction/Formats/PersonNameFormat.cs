using System;
using System.Globalization;
using System.Text;

namespace Privacy.Policy.Redaction.Formats;

/// <summary>
/// Personal names: words of letters, with hyphens, apostrophes and dots. Masked, a name becomes its initials, one per
/// word: <c>Jan de Vries</c> becomes <c>J. d. V.</c>.
/// </summary>
internal static class PersonNameFormat
{
    private const int MaxLength = 512;

    public static bool TryMask(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        input = input.Trim();
        if (input.IsEmpty || input.Length > MaxLength)
        {
            return false;
        }

        int position = 0;
        int index = 0;
        while (index < input.Length)
        {
            while (index < input.Length && char.IsWhiteSpace(input[index]))
            {
                index++;
            }

            int start = index;
            while (index < input.Length && !char.IsWhiteSpace(input[index]))
            {
                index++;
            }

            ReadOnlySpan<char> word = input.Slice(start, index - start);
            if (!IsNameWord(word) || Rune.DecodeFromUtf16(word, out Rune initial, out _) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            if ((position > 0 && !MaskText.TryAppend(destination, ref position, ' '))
                || !initial.TryEncodeToUtf16(destination.Slice(position), out int length))
            {
                return false;
            }

            position += length;
            if (!MaskText.TryAppend(destination, ref position, '.'))
            {
                return false;
            }
        }

        written = position;
        return position > 0;
    }

    /// <summary>The words in upper case, one space apart.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        input = input.Trim();
        if (input.IsEmpty || input.Length > MaxLength || destination.Length < input.Length)
        {
            return false;
        }

        int position = 0;
        bool space = false;
        int index = 0;
        while (index < input.Length)
        {
            if (Rune.DecodeFromUtf16(input.Slice(index), out Rune rune, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            index += consumed;
            if (Rune.IsWhiteSpace(rune))
            {
                space = true;
                continue;
            }

            if (space && !MaskText.TryAppend(destination, ref position, ' '))
            {
                return false;
            }

            space = false;

            // By rune, so letters outside the Basic Multilingual Plane are upper-cased too.
            if (!Rune.ToUpperInvariant(rune).TryEncodeToUtf16(destination.Slice(position), out int length))
            {
                return false;
            }

            position += length;
        }

        written = position;
        return true;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || Rune.DecodeFromUtf16(word, out Rune first, out _) != System.Buffers.OperationStatus.Done || !Rune.IsLetter(first))
        {
            return false;
        }

        int index = 0;
        while (index < word.Length)
        {
            if (Rune.DecodeFromUtf16(word.Slice(index), out Rune rune, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            UnicodeCategory category = Rune.GetUnicodeCategory(rune);
            bool allowed = Rune.IsLetter(rune)
                           || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                           || rune.Value is '-' or '\'' or '.' or '\u2019';
            if (!allowed)
            {
                return false;
            }

            index += consumed;
        }

        return true;
    }
}
