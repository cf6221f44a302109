using System;
using System.Globalization;
using System.Text;

namespace Privacy.Policy.Holds;

/// <summary>
/// The canonical text of a record's key in a hold (<see cref="PrivacyHold.RecordKey"/>): what the database sweep
/// builds from the row's key columns in SQL, so the two must agree: text as it is, integers in invariant digits, a
/// <see cref="Guid"/> in lower case with hyphens, composite keys joined by <c>|</c> with <c>\</c> and <c>|</c> escaped.
/// </summary>
internal static class HoldKeys
{
    public const char Separator = '|';

    public const char Escape = '\\';

    public static string Canonical(object key)
    {
        if (key is not object[] parts)
        {
            return Part(key);
        }

        if (parts.Length == 0)
        {
            throw new ArgumentException("A composite key needs at least one part.", nameof(key));
        }

        if (parts.Length == 1)
        {
            return Part(parts[0]);
        }

        var text = new StringBuilder();
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                text.Append(Separator);
            }

            foreach (char c in Part(parts[i]))
            {
                if (c is Separator or Escape)
                {
                    text.Append(Escape);
                }

                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static string Part(object? part) => part switch
    {
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        short number => number.ToString(CultureInfo.InvariantCulture),
        byte number => number.ToString(CultureInfo.InvariantCulture),
        Guid guid => guid.ToString("D"),
        null => throw new ArgumentException("A key part is null.", "key"),

        // The type's name only: the value may be personal data.
        _ => throw new ArgumentException($"A key part of type {part.GetType().Name} cannot be held; keys of string, int, long, short, byte and Guid parts can.", "key"),
    };
}
