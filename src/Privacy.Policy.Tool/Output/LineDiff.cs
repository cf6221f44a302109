using System;
using System.Collections.Generic;
using System.Text;

namespace Privacy.Policy.Tool.Output;

/// <summary>
/// A line diff of two texts from their longest common subsequence, printed as unified-diff hunks (<c>-</c> removed,
/// <c>+</c> added, a space for context): what a reviewer reads to see what a change to the code changes in the
/// statement. The common start and end are cut off first, so a small change to a long file costs little.
/// </summary>
internal static class LineDiff
{
    /// <summary>Lines of unchanged context around each change.</summary>
    public const int Context = 2;

    private enum Kind
    {
        Same,
        Removed,
        Added,
    }

    /// <summary>The hunks turning <paramref name="before"/> into <paramref name="after"/>; empty when the texts have the same lines.</summary>
    public static string Hunks(string before, string after, out int removed, out int added)
    {
        List<(Kind Kind, string Line, int Old, int New)> edits = Edits(Lines(before), Lines(after));
        removed = 0;
        added = 0;
        foreach ((Kind kind, _, _, _) in edits)
        {
            removed += kind == Kind.Removed ? 1 : 0;
            added += kind == Kind.Added ? 1 : 0;
        }

        var text = new StringBuilder();
        int i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == Kind.Same)
            {
                i++;
                continue;
            }

            // A hunk runs from Context lines before the change to Context lines after its last change, joining changes
            // that are closer than twice the context.
            int start = Math.Max(0, i - Context);
            int end = i;
            while (true)
            {
                int next = end + 1;
                while (next < edits.Count && edits[next].Kind == Kind.Same)
                {
                    next++;
                }

                if (next < edits.Count && next - end - 1 <= 2 * Context)
                {
                    end = next;
                }
                else
                {
                    break;
                }
            }

            int stop = Math.Min(edits.Count, end + 1 + Context);
            int oldStart = 0, oldCount = 0, newStart = 0, newCount = 0;
            for (int k = start; k < stop; k++)
            {
                (Kind kind, _, int old, int @new) = edits[k];
                if (kind != Kind.Added)
                {
                    oldStart = oldCount++ == 0 ? old : oldStart;
                }

                if (kind != Kind.Removed)
                {
                    newStart = newCount++ == 0 ? @new : newStart;
                }
            }

            text.Append("@@ -").Append(Range(oldStart, oldCount, edits[start].Old)).Append(" +").Append(Range(newStart, newCount, edits[start].New)).Append(" @@\n");
            for (int k = start; k < stop; k++)
            {
                text.Append(edits[k].Kind switch { Kind.Removed => '-', Kind.Added => '+', _ => ' ' }).Append(edits[k].Line).Append('\n');
            }

            i = stop;
        }

        return text.ToString();
    }

    /// <summary>The text's lines, line endings normalised; a final line break ends the last line rather than starting an empty one.</summary>
    public static string[] Lines(string text)
    {
        string normalized = text.ReplaceLineEndings("\n");
        if (normalized.Length == 0)
        {
            return [];
        }

        if (normalized.EndsWith('\n'))
        {
            normalized = normalized[..^1];
        }

        return normalized.Split('\n');
    }

    /// <summary>
    /// A hunk's range as unified diff writes it: first line (1-based) and count. An empty side names the line the other
    /// side's lines follow, which is the number of lines before the hunk's first edit on that side.
    /// </summary>
    private static string Range(int first, int count, int before) => count > 0 ? $"{first + 1},{count}" : $"{before},0";

    /// <summary>The edit script: every line of both texts, each with its index in the old and the new text.</summary>
    private static List<(Kind Kind, string Line, int Old, int New)> Edits(string[] a, string[] b)
    {
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        int n = a.Length - prefix - suffix;
        int m = b.Length - prefix - suffix;

        // lengths[i, j]: the longest common subsequence of a's middle from i and b's middle from j.
        int[,] lengths = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
        {
            for (int j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = a[prefix + i] == b[prefix + j]
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var edits = new List<(Kind, string, int, int)>(a.Length + b.Length);
        for (int k = 0; k < prefix; k++)
        {
            edits.Add((Kind.Same, a[k], k, k));
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y])
            {
                edits.Add((Kind.Same, a[prefix + x], prefix + x, prefix + y));
                x++;
                y++;
            }
            else if (y < m && (x == n || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                // Removed lines are listed before the added ones that replace them, as diff does: prefer removing
                // when both keep the subsequence equally long.
                if (x < n && lengths[x + 1, y] == lengths[x, y + 1])
                {
                    edits.Add((Kind.Removed, a[prefix + x], prefix + x, prefix + y));
                    x++;
                }
                else
                {
                    edits.Add((Kind.Added, b[prefix + y], prefix + x, prefix + y));
                    y++;
                }
            }
            else
            {
                edits.Add((Kind.Removed, a[prefix + x], prefix + x, prefix + y));
                x++;
            }
        }

        for (int k = 0; k < suffix; k++)
        {
            edits.Add((Kind.Same, a[a.Length - suffix + k], a.Length - suffix + k, b.Length - suffix + k));
        }

        return edits;
    }
}
